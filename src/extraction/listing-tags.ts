/**
 * "Worldline (Euronext : WLN) annonce …", "Tripsera N.V. (Euronext Amsterdam: TRPS)", "Kelmar (AIM: KLM;
 * Nasdaq: KLMR)": a press release tags the company with its market and ticker in brackets. The market is
 * where the company is listed, never a party of what it announces.
 *
 * A tag is an opening bracket, one to three capitalised words (the market, its city or segment), a colon
 * (French typography puts a space before it), and a ticker: capitals and digits, a dot allowed ("BRK.B");
 * further markets may follow after ";" or ",".
 */
const LISTING_TAG =
  /\((\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*){0,2})[\s\u00a0\u202f]?:[\s\u00a0\u202f]?\p{Lu}[\p{Lu}\d.]{0,9}(?:\s?[;,]\s?\p{Lu}[\p{L}&-]*(?: \p{Lu}[\p{L}&-]*){0,2}[\s\u00a0\u202f]?:[\s\u00a0\u202f]?\p{Lu}[\p{Lu}\d.]{0,9})*\)/gu;

/** The spans of a sentence's bracketed listing tags, brackets included: names inside them are no parties. */
export function listingTags(sentence: string): { start: number; end: number }[] {
  if (!sentence.includes('(')) return [];
  return [...sentence.matchAll(LISTING_TAG)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
