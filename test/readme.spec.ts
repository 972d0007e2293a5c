import { readFileSync } from 'node:fs';
import { configVariableNames } from '@hp/config';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('gives the two commands for a fresh machine', () => {
    expect(readme).toMatch(/```sh\nnpm install && npm start\n```/);
    expect(readme).toMatch(/```sh\nnpm install && npm test\n```/);
  });

  it('documents every configuration variable in its table', () => {
    const documented = new Set([...readme.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((match) => match[1]));
    const missing = configVariableNames.filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });
});
