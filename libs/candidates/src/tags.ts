/**
 * Tags are free text, compared as written here: trimmed, inner runs of spaces made one, lower-cased,
 * each once, in the order first given. `["  Python", "python ", "Machine   Learning"]` →
 * `["python", "machine learning"]`.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const normalized = normalizeTag(tag);
    if (normalized) seen.add(normalized);
  }
  return [...seen];
}

export const normalizeTag = (tag: string) => tag.trim().replace(/\s+/g, ' ').toLowerCase();
