import { defineConfig } from 'vitest/config';

// Its own database prefix unless told otherwise, so that a chaos run and `npm test` never drop
// each other's databases (the global setup drops the leftovers of its prefix).
process.env.TEST_DB_PREFIX ??= 'hp_chaos';

/**
 * `npm run test:chaos`: the reminders pipeline under failure, with worker processes from the build
 * (`dist/`), a Redis of its own and an SMTP sink. The same global setup as `npm test` (one migrated
 * template database) and the same transform settings as vitest.config.ts.
 */
export default defineConfig({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: { tsconfigPaths: true },
  test: {
    globalSetup: ['test/global-setup.ts'],
    include: ['test/chaos/**/*.chaos-spec.ts'],
    env: { TEST_DB_PREFIX: process.env.TEST_DB_PREFIX },
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
