import { describe, expect, it } from 'vitest';
import { normalizeTag, normalizeTags } from './tags.js';

describe('normalizeTags', () => {
  it('trims, lower-cases and keeps each tag once, in the order first given', () => {
    expect(normalizeTags(['  Python', 'python ', 'TypeScript', 'PYTHON', 'typescript'])).toEqual(['python', 'typescript']);
  });

  it('makes inner runs of whitespace one space, so "Machine   Learning" and "machine learning" are the same tag', () => {
    expect(normalizeTags(['Machine   Learning', 'machine\tlearning'])).toEqual(['machine learning']);
  });

  it('drops tags that are only whitespace', () => {
    expect(normalizeTags(['  ', '\n', 'go'])).toEqual(['go']);
    expect(normalizeTags([])).toEqual([]);
  });

  it('normalises a single tag the same way (the list filter uses it)', () => {
    expect(normalizeTag('  Remote  OK ')).toBe('remote ok');
  });
});
