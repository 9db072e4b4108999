/** A percentage as written in French or English: "5,57 %", "5,57\u202f%", "+3.2%", "4.1 percent". */
export interface PercentMatch {
  value: number;
  /** Offsets of the whole expression in the searched (folded) text. */
  index: number;
  end: number;
}

// Folded text has no-break and thin spaces turned into plain spaces already.
const PERCENT =
  /(?<![\d.,])[+-]?\s?(\d{1,3}(?:[ .]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?) ?(?:%|pour ?cent\b|percent\b|per cent\b|points? de pourcentage\b)/gu;

/** Every percentage needs a sign or one of these words: most sentences are ruled out by a search. */
const PERCENT_WORD = /%|cent\b|pourcentage/u;

export function findPercents(folded: string): PercentMatch[] {
  const out: PercentMatch[] = [];
  if (!PERCENT_WORD.test(folded)) return out;
  PERCENT.lastIndex = 0;
  for (const m of folded.matchAll(PERCENT)) {
    const digits = (m[1] as string).replace(/ /g, '').replace(',', '.');
    const value = Number(digits);
    if (!Number.isFinite(value)) continue;
    out.push({ value, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** "5,57" -> 5.57; "1 234,5" -> 1234.5; "1,234.5" -> 1234.5. */
export function parseNumber(raw: string): number {
  const s = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  return Number(s.replace(',', '.'));
}
