import { DEMONYMS, type NameCandidate, type PartyMention } from './find-parties.ts';
import type { RuleSet } from './rules/rule-set.ts';

/** A capitalised English demonym and the one space before the name it stands in front of. */
const DEMONYM_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}\p{Ll}+) $/u;
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
const LETTER = /[\p{L}\p{N}]/u;
const TWO_CAPITALISED = /\p{Lu}\p{Ll}+ \p{Lu}/u;

/**
 * "American Tower declined to comment", "Nordic Gateway Retail … Nordic Gateway also said": the sentence
 * alone cannot tell a demonym that opens a name from one that describes it ("Dutch Marveld Energy"), so the
 * name reader drops it. The article can: a writer describes a company's nationality once, but writes a
 * name's own first word every time. When the name's first word stands in the article two times or more and
 * each time right after the same demonym, the demonym is the name's ("Nordic Gateway Retail", not
 * "Gateway Retail"). English only: French demonyms are lowercase words ("l'américain Tower").
 */
export function demonymJudge(text: string, rules: RuleSet): (word: string, demonym: string) => boolean {
  if (rules.language !== 'en') return () => false;
  const settled = new Map<string, boolean>();
  return (word, demonym) => {
    const key = `${demonym} ${word}`;
    let verdict = settled.get(key);
    if (verdict === undefined) {
      const before = `${demonym} `;
      let seen = 0;
      verdict = true;
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const end = at + word.length;
        if (LETTER.test(text.charAt(at - 1)) || LETTER.test(text.charAt(end))) continue;
        if (text.slice(Math.max(0, at - before.length), at) !== before) {
          verdict = false;
          break;
        }
        seen++;
      }
      verdict &&= seen >= 2;
      settled.set(key, verdict);
    }
    return verdict;
  };
}

/** The demonym right before a name, when the article shows it opens the name. */
function openingDemonym(
  sentence: string,
  m: { name: string; start: number },
  isOpening: (word: string, demonym: string) => boolean,
): string | undefined {
  const d = DEMONYM_BEFORE.exec(sentence.slice(Math.max(0, m.start - 16), m.start))?.[1];
  if (d === undefined || !DEMONYMS.has(d.toLowerCase())) return undefined;
  // The name as written in the sentence: its first word is what the article is searched for.
  const word = FIRST_WORD.exec(sentence.slice(m.start))?.[0];
  return word !== undefined && isOpening(word, d) ? d : undefined;
}

/** Names found without the demonym the article shows they open with, given it back. */
export function withOpeningDemonyms(
  sentence: string,
  parties: PartyMention[],
  candidates: NameCandidate[],
  isOpening: (word: string, demonym: string) => boolean,
): { parties: PartyMention[]; candidates: NameCandidate[] } {
  // Most sentences hold no capitalised word followed by another: nothing to widen.
  if (!TWO_CAPITALISED.test(sentence)) return { parties, candidates };
  const widen = <T extends { name: string; start: number }>(m: T): T => {
    const d = openingDemonym(sentence, m, isOpening);
    return d === undefined ? m : { ...m, name: `${d} ${m.name}`, start: m.start - d.length - 1 };
  };
  return {
    parties: parties.map((p) => (p.known ? p : widen(p))),
    candidates: candidates.map(widen),
  };
}
