/**
 * "He said the first controller would be available in June, and that a 64-qubit version would not ship before
 * 2029", « a précisé que la gamme serait en rayon en mars, et que la version bio suivrait en 2029 »: a second reported
 * clause, coordinated with the first, tells a launch of its own, with its own date.
 */
const ANOTHER_CLAUSE =
  /(?:,\s*|\s)(?:and (?:said |added )?that|et (?:a (?:precise|indique|ajoute) )?qu(?:e |')|while|whereas|tandis qu(?:e |'))/u;

/**
 * Whether the launch words at `at` open a second launch after the one read so far, which ends at `told`: a
 * coordinated reported clause lies between them, and the new date (`dateAt`, offset of its first character) is the
 * second clause's own, not the first one's.
 */
export function secondLaunchTold(folded: string, told: number, at: number, dateAt: number): boolean {
  if (told < 0 || at < told || dateAt < told) return false;
  return ANOTHER_CLAUSE.test(folded.slice(told, at));
}
