import { randomBytes } from 'node:crypto';
import { type AppConfig, loadConfig } from '@hp/config';

/** The configuration a test runs with: its own database and queue prefix, quiet logs, fast retries. */
export function testConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    QUEUE_PREFIX: `test-${randomBytes(5).toString('hex')}`,
    OUTBOX_POLL_MS: '100',
    MAIL_RETRY_BASE_MS: '200',
    MAIL_SWEEP_INTERVAL_MS: '500',
    SHUTDOWN_TIMEOUT_MS: '2000',
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: process.env.REDIS_URL,
    ...overrides,
  });
}
