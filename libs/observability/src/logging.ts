import type { AppConfig } from '@hp/config';
import type { LoggerOptions } from 'pino';

/**
 * Anything that can carry a credential, wherever it appears in a log line. Bodies are not logged
 * by default; these paths also cover the objects that handlers log themselves.
 */
export const redactedLogPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.secret',
  '*.authorization',
];

export function loggerOptions(config: Pick<AppConfig, 'LOG_LEVEL'>, service: 'api' | 'worker'): LoggerOptions {
  return {
    level: config.LOG_LEVEL,
    base: { service },
    redact: { paths: redactedLogPaths, censor: '[redacted]' },
    timestamp: () => `,"time":"${new Date().toISOString()}"`,
    formatters: { level: (label) => ({ level: label }) },
  };
}
