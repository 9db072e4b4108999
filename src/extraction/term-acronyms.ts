import type { PartyMention } from './find-parties.ts';

/**
 * "lithium iron phosphate (LFP) cells", "entity in charge of maintenance (ECM)", "dispositifs médicaux
 * (DM)": an acronym in brackets right after lowercase words, starting with the initial of one of them,
 * abbreviates a term of the trade. A company's acronym follows its capitalised name ("Compagnie
 * nationale du Rhône (CNR)").
 */
const TERM_ACRONYM = /((?:\p{Ll}[\p{L}'’-]*\s+){0,5}\p{Ll}[\p{L}'’-]*)\s*\(\s*(\p{Lu}{2,6})\s*\)/gu;

/** The bracketed acronym every match of TERM_ACRONYM ends on. */
const BRACKETED = /\(\s*\p{Lu}{2,6}\s*\)/gu;
/** A character TERM_ACRONYM may read before the bracket: letters, apostrophes, hyphens, spaces. */
const WORD_CHAR = /^[\p{L}'’\s-]$/u;

/** Where the run of WORD_CHARs that ends at `end` starts. */
function wordsStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const low = text.charCodeAt(i - 1);
    const high = i >= 2 ? text.charCodeAt(i - 2) : 0;
    const size = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!WORD_CHAR.test(text.slice(i - size, i))) break;
    i -= size;
  }
  return i;
}

/**
 * The matches of TERM_ACRONYM, bracket by bracket. Scanned over the whole sentence, the pattern is
 * tried at every letter and reads up to six words each time. A match holds only WORD_CHARs up to its
 * bracket, so it starts inside the run of them right before the bracket, and no match of an earlier
 * bracket reaches into that run (its ")" ends it): the pattern tried on that run and its bracket
 * alone finds the same match, in the same order, as the scan of the whole sentence.
 */
function* termMatches(sentence: string): Generator<RegExpExecArray> {
  for (const bracket of sentence.matchAll(BRACKETED)) {
    const end = bracket.index + bracket[0].length;
    TERM_ACRONYM.lastIndex = 0;
    const m = TERM_ACRONYM.exec(sentence.slice(wordsStart(sentence, bracket.index), end));
    if (m !== null) yield m;
  }
}

export function termAcronymsIn(sentence: string): string[] {
  if (!sentence.includes('(')) return [];
  const out: string[] = [];
  for (const m of termMatches(sentence)) {
    const acronym = m[2] as string;
    const initial = acronym.charAt(0).toLowerCase();
    const words = (m[1] as string).split(/\s+/u);
    if (words.length >= 2 && words.some((w) => w.charAt(0) === initial)) out.push(acronym);
  }
  return out;
}

/** A term's acronym names what is sold or required, never a party, unless the registry knows it. */
export function withoutTerms(parties: PartyMention[], terms: ReadonlySet<string>): PartyMention[] {
  if (terms.size === 0) return parties;
  return parties.filter((p) => p.known || !terms.has(p.name));
}
