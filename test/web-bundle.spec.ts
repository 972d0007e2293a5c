import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

const WEB = 'dist/web';
/** Issue #9's budget for what a first visit downloads before it can render. */
const INITIAL_JS_BUDGET_BYTES = 300 * 1024;

/**
 * The initial JavaScript is the entry script and every chunk index.html preloads, plus what they
 * import statically (Vite hoists those into modulepreload links); lazy routes stay out of it.
 */
function initialScripts(html: string): string[] {
  const sources = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ];
  return [...new Set(sources.map((match) => match[1]!))];
}

it('keeps the initial JavaScript of the web app under 300 KB gzipped', () => {
  expect(existsSync(join(WEB, 'index.html')), 'run `npm run build` first (npm test does)').toBe(true);
  const scripts = initialScripts(readFileSync(join(WEB, 'index.html'), 'utf8'));
  expect(scripts.length).toBeGreaterThan(0);
  const gzipped = scripts.reduce((total, src) => total + gzipSync(readFileSync(join(WEB, src))).length, 0);
  expect(gzipped, `initial JS is ${(gzipped / 1024).toFixed(1)} KB gzipped: ${scripts.join(', ')}`).toBeLessThan(INITIAL_JS_BUDGET_BYTES);
});
