import { defineConfig } from 'vitest/config';

const allTests = ['apps/api/**/*.spec.ts', 'apps/worker/**/*.spec.ts', 'libs/**/*.spec.ts', 'test/**/*.e2e-spec.ts', 'test/**/*.spec.ts'];
/**
 * Files that need a fresh module graph: nestjs-pino builds its pino-http instance once per
 * process, so a test that reads the log lines of its own API must not share a process.
 */
const needIsolation = ['test/e2e/logging.e2e-spec.ts'];

// Vite's Oxc transform does not read decorator settings from the root tsconfig ("files" covers
// everything here, but the flags must be explicit): without emitDecoratorMetadata Nest's DI
// silently injects undefined.
export default defineConfig({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: { tsconfigPaths: true },
  test: {
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    projects: [
      // Every test file builds its own API or worker on its own database and queue prefix, so
      // files can share a process and its already-imported modules: a third of the run's time.
      { extends: true, test: { name: 'shared', include: allTests, exclude: needIsolation, isolate: false } },
      { extends: true, test: { name: 'isolated', include: needIsolation, isolate: true } },
      // The web app in a real browser (Chromium) against the production build: one file at a time,
      // each with its own API and worker processes.
      {
        extends: true,
        test: { name: 'browser', include: ['test/browser/**/*.browser-spec.ts'], fileParallelism: false, testTimeout: 60_000 },
      },
      // The web app's components, in a DOM, without the servers' global setup.
      {
        oxc: { jsx: { runtime: 'automatic' } },
        test: { name: 'web', include: ['apps/web/**/*.spec.{ts,tsx}'], environment: 'jsdom', setupFiles: ['apps/web/src/test-setup.ts'] },
      },
    ],
  },
});
