import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The web app builds into dist/web, which the API serves at `/` (apps/api/src/web-app). In
 * development `vite --config apps/web/vite.config.ts` serves it with hot reload and forwards the
 * API's paths to a running API on :3000.
 */
export default defineConfig({
  root: here('.'),
  plugins: [react()],
  build: {
    outDir: here('../../dist/web'),
    emptyOutDir: true,
    // Budget: initial JavaScript under 300 KB gzipped (issue #9); charts and the board load lazily.
    chunkSizeWarningLimit: 600,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000', '/admin': 'http://localhost:3000', '/docs': 'http://localhost:3000' },
  },
});
