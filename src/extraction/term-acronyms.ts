import type { PartyMention } from './find-parties.ts';

/**
 * "lithium iron phosphate (LFP) cells", "entity in charge of maintenance (ECM)", "dispositifs médicaux
 * (DM)": an acronym in brackets right after lowercase words, starting with the initial of one of them,
 * abbreviates a term of the trade. A company's acronym follows its capitalised name ("Compagnie
 * nationale du Rhône (CNR)").
 */
const TERM_ACRONYM = /((?:\p{Ll}[\p{L}'’-]*\s+){0,5}\p{Ll}[\p{L}'’-]*)\s*\(\s*(\p{Lu}{2,6})\s*\)/gu;

export function termAcronymsIn(sentence: string): string[] {
  if (!sentence.includes('(')) return [];
  const out: string[] = [];
  for (const m of sentence.matchAll(TERM_ACRONYM)) {
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
