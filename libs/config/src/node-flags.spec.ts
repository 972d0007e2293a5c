import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { API_NODE_FLAGS } from './node-flags.js';

const read = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
const apiCommand = ['node', ...API_NODE_FLAGS, 'dist/apps/api/src/main.js'];

describe('API_NODE_FLAGS', () => {
  it('is how the Dockerfile starts the API', () => {
    expect(read('Dockerfile')).toContain(`CMD ${JSON.stringify(apiCommand).replaceAll(',', ', ')}`);
  });

  it('is how npm run start:api starts the API', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['start:api']).toBe(apiCommand.join(' '));
  });
});
