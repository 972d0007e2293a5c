import { defineConfig } from 'vitest/config';

// Vite's Oxc transform does not read decorator settings from the root tsconfig ("files" covers
// everything here, but the flags must be explicit): without emitDecoratorMetadata Nest's DI
// silently injects undefined.
export default defineConfig({
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: { tsconfigPaths: true },
  test: {
    include: ['apps/**/*.spec.ts', 'libs/**/*.spec.ts', 'test/**/*.e2e-spec.ts', 'test/**/*.spec.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
