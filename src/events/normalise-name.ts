/**
 * The comparison form of a name: accents folded, case folded, punctuation as spaces.
 * "Thalès" and "THALES" compare equal; display keeps the name as first written.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Unique comparison forms, sorted: the canonical party set of a fact key. */
export function canonicalPartySet(parties: readonly string[]): string[] {
  return [...new Set(parties.map(normaliseName).filter((p) => p.length > 0))].sort();
}

/** Display names without repeats (first spelling wins), in the order first seen. */
export function unionDisplayNames(...lists: ReadonlyArray<readonly string[]>): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) {
    for (const name of list) {
      const key = normaliseName(name);
      if (key && !seen.has(key)) seen.set(key, name.trim());
    }
  }
  return [...seen.values()];
}
