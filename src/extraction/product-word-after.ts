import { commonWords } from './common-words.ts';
import { PRODUCT_NOUN } from './product-names.ts';

/** A capitalised product noun right after the name: " Platform", " App", " Suite". */
const PRODUCT_WORD_AFTER = new RegExp(`^ ${PRODUCT_NOUN}\\b`, 'u');

/**
 * "Next's Total Platform service", "the Orange Box": a registry name that is also an everyday word, written
 * one word long and followed at once by a capitalised product noun, is the first word of a product's name,
 * not the company ("Total" is TotalEnergies only on its own). A name that is no common word ("Salesforce
 * Platform") keeps its company.
 */
export function opensProductName(
  sentence: string,
  folded: string,
  start: number,
  end: number,
  language: 'fr' | 'en',
): boolean {
  const surface = folded.slice(start, end);
  if (!/^\p{L}+$/u.test(surface) || !commonWords(language).has(surface)) return false;
  const next = sentence.charAt(end + 1);
  return next !== next.toLowerCase() && PRODUCT_WORD_AFTER.test(folded.slice(end, end + 40));
}
