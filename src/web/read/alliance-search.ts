import { normaliseName } from '../../events/normalise-name.ts';

/**
 * Whether an alliance answers a search: every word of `q` is in its name or one of its parties, accents
 * and case folded ("thales s3ns" finds S3ns; "nuvola" finds "Telvia + Nuvola Systems").
 * The client script applies the same rule to the rendered rows (data-search holds the folded text).
 */
export function matchesSearch(
  alliance: { name: string; parties: readonly string[] },
  q: string | undefined,
): boolean {
  const words = normaliseName(q ?? '')
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchText(alliance);
  return words.every((w) => haystack.includes(w));
}

export function searchText(alliance: { name: string; parties: readonly string[] }): string {
  return normaliseName([alliance.name, ...alliance.parties].join(' '));
}
