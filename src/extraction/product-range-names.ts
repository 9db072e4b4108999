/**
 * Names that qualify a range of products, a work or a commodity rather than an organisation: "several
 * Peugeot, Fiat and Jeep models", "the developer of the Hollow Crown series", "West Texas Intermediate
 * crude fell", "la série Hollow Crown", "les modèles Fiat et Jeep", "le brut West Texas Intermediate".
 * The name is a brand, a title or a grade: whoever makes it is named elsewhere, never by it.
 */

/**
 * A range, work or grade noun right after the name (English puts the name before its noun), perhaps
 * after the genre of the work: "its FC football franchise", "the Driftline video game series".
 */
const RANGE_AFTER =
  /^\s(?:(?:football|soccer|racing|sports?|video ?game|game|gaming|film|movie|book|comic|tv|television) )?(?:models|series|franchise|saga|trilogy|crude)\b/u;
/**
 * The same nouns right before the name, in the folded sentence (French puts the noun first), perhaps
 * after the list's first name ("les modèles Peugeot, Fiat et Jeep"): "le baril de Brent", "la série X".
 */
const RANGE_BEFORE =
  /(?:^|\s)(?:(?:les |la |le |sa |ses |leur |leurs |de la |des |du |de )(?:modeles|serie|saga|trilogie|brut)|baril (?:de |du )(?:brut )?)(?:\s[\w'-]+(?:\s[\w'-]+)?,)?\s*$/u;
/** Between two names of one list: "Peugeot, Fiat and Jeep models", "les modèles Fiat et Jeep". */
const LIST_LINK = /^\s*(?:,|et|and|&|ou|or)\s*$/u;
/** Literals one of which every French range noun holds: most names are ruled out without the regex. */
const RANGE_GATE = /modeles|serie|saga|trilogie|brut|baril/u;

interface RangeName {
  start: number;
  end: number;
  range: boolean;
}

/**
 * Whether a name ending at `end` names a product range, a work or a grade: `sentence` as written,
 * `prefix` the folded words before the name.
 */
export function namesARange(sentence: string, prefix: string, end: number, language: string): boolean {
  if (language === 'en') return RANGE_AFTER.test(sentence.slice(end, end + 24));
  return RANGE_GATE.test(prefix) && RANGE_BEFORE.test(prefix);
}

/**
 * "Peugeot, Fiat and Jeep models": the names listed with a range's name qualify the same noun. Marks, in
 * place, every name linked by a comma or a conjunction to one that names a range.
 */
export function spreadRanges(names: RangeName[], folded: string): void {
  if (!names.some((n) => n.range)) return;
  const pairs: [RangeName, RangeName][] = [];
  for (let n = 0; n + 1 < names.length; n++) {
    const a = names[n] as RangeName;
    const b = names[n + 1] as RangeName;
    if (LIST_LINK.test(folded.slice(a.end, b.start))) pairs.push([a, b]);
  }
  for (const [a, b] of pairs) if (a.range) b.range = true;
  for (const [a, b] of pairs.reverse()) if (b.range) a.range = true;
}

/**
 * "its Hyundai, Kia and Genesis models": a company the registry knows, listed with the names of a range or
 * written before its noun, is a brand there too, as an unknown name would be. Returns the mentions
 * (registry names) that name a range; `names` are the sentence's other names, already marked.
 */
export function rangeMentions<T extends { start: number; end: number }>(
  mentions: readonly T[],
  names: readonly RangeName[],
  sentence: string,
  folded: string,
  language: string,
): Set<T> {
  const marked = new Map<RangeName, T>();
  for (const m of mentions) {
    const prefix = folded.slice(Math.max(0, m.start - 64), m.start);
    marked.set({ start: m.start, end: m.end, range: namesARange(sentence, prefix, m.end, language) }, m);
  }
  const all = [...names.map((n) => ({ ...n })), ...marked.keys()].sort((a, b) => a.start - b.start);
  spreadRanges(all, folded);
  return new Set([...marked].filter(([r]) => r.range).map(([, m]) => m));
}
