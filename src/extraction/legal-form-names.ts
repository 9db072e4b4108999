/**
 * A company's legal form written after its name ("Trellmark Logistics Inc.", "Brugevia Therapeutics NV"):
 * a press release gives it in its formal lines, and its story then writes the name alone. Then the
 * name alone is the party, as the analyst logs it. A name the article only ever writes with its form
 * ("Rookwell Ltd", "Wexbury Holdings Ltd" beside its defined short form "Wexbury") keeps it. Forms that
 * belong to the firm's name as people say it ("Banque Ruedin & Cie", "Reprise & Co", "Canadian Tire
 * Corp.", "Terminal Investment Limited") are not in this list, nor the French "SA", which an earlier
 * round keeps ("les Celliers de Loire SA" stays whole, tests/extraction/round-27-blind-21.test.ts).
 */
const FORMAL = new Set(['ltd', 'inc', 'plc', 'nv', 'ag', 'gmbh', 'llc', 'spa', 'bv', 'asa', 'oyj']);

/** Whether folded words end with a legal form, after at least one word of name. */
export function endsWithLegalForm(words: readonly string[]): boolean {
  return words.length >= 2 && FORMAL.has(words.at(-1) as string);
}

/**
 * Whether `long` is `short` with only legal forms after it ("trellmark logistics" + "inc"): the same
 * company under its registered form, never a fuller name. "Wexbury" is no form of "Wexbury Holdings Ltd":
 * "Holdings" is a word of the name.
 */
export function isLegalFormOf(short: readonly string[], long: readonly string[]): boolean {
  if (long.length <= short.length || !endsWithLegalForm(long)) return false;
  if (!short.every((w, i) => long[i] === w)) return false;
  return long.slice(short.length).every((w) => FORMAL.has(w));
}
