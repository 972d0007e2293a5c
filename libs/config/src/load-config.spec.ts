import { describe, expect, it } from 'vitest';
import { configDocumentation, configVariableNames } from './config.schema.js';
import { ConfigValidationError, describeConfig, loadConfig } from './load-config.js';

describe('loadConfig', () => {
  it('works with no environment at all on a development machine', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/hiring_pipeline');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.SMTP_URL).toBeUndefined();
  });

  it('names every bad variable and what it expects', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', MIGRATIONS_RUN: 'maybe' });
    expect(attempt).toThrow(ConfigValidationError);
    try {
      attempt();
    } catch (error) {
      const variables = (error as ConfigValidationError).problems.map((problem) => problem.variable);
      expect(variables.sort()).toEqual(['DATABASE_URL', 'MIGRATIONS_RUN', 'PORT']);
      expect((error as Error).message).toMatch(/PORT: .*number/i);
    }
  });

  it('refuses to start in production without real secrets', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_ACCESS_SECRET: is required in production/);
    const secret = 'x'.repeat(40);
    expect(loadConfig({ NODE_ENV: 'production', JWT_ACCESS_SECRET: secret, JWT_REFRESH_SECRET: secret }).JWT_ACCESS_SECRET).toBe(secret);
  });

  it('rejects a short secret', () => {
    expect(() => loadConfig({ JWT_ACCESS_SECRET: 'short' })).toThrow(/JWT_ACCESS_SECRET: must be at least 32 characters/);
  });

  it('never shows secrets when describing the configuration', () => {
    const described = describeConfig(loadConfig({ SMTP_URL: 'smtp://user:hunter2@mail.example.com:587' }));
    expect(JSON.stringify(described)).not.toContain('hunter2');
    expect(described.SMTP_URL).toBe('[redacted]');
    expect(described.JWT_ACCESS_SECRET).toBe('[redacted]');
    expect(described.PORT).toBe(3000);
  });

  it('documents every variable it reads', () => {
    expect(Object.keys(configDocumentation).sort()).toEqual([...configVariableNames].sort());
  });
});
