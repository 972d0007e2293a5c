import { type AppConfig, configSchema, configVariableNames, sensitiveConfigKeys } from './config.schema.js';

export class ConfigValidationError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem.variable}: ${problem.message}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

/** Parses the environment once; throws a message naming every bad or missing variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const relevant = Object.fromEntries(configVariableNames.map((key) => [key, env[key] === '' ? undefined : env[key]]));
  const result = configSchema.safeParse(relevant, { reportInput: true });
  if (!result.success) {
    throw new ConfigValidationError(
      result.error.issues.map((issue) => ({
        variable: issue.path.join('.'),
        message: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
      })),
    );
  }
  return Object.freeze(result.data);
}

/** The configuration as it may be shown (logs, diagnostics): secrets replaced. */
export function describeConfig(config: AppConfig): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(config).map(([key, value]) => [
      key,
      sensitiveConfigKeys.has(key as keyof AppConfig) && value !== undefined ? '[redacted]' : value,
    ]),
  );
}
