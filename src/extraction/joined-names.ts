import type { EntityRegistry } from '../entities/entity-registry.ts';
import { foldText } from '../entities/fold-text.ts';
import type { NameCandidate, PartyMention } from './find-parties.ts';
import type { RuleSet } from './rules/rule-set.ts';

/**
 * « Lithium de Vézère », « Cuivre de Sarthe »: a French company name may be a capitalised common noun and
 * a "de/du/des" complement. The sentence alone cannot tell it from "the lithium of the Vézère", so the
 * finder (whose "de" joins need a listed trade head, find-parties.ts) cuts it into "Lithium" and
 * "Vézère". The article tells: a writer who repeats the whole "X de Y", capitalises X after a lowercase
 * word at least once (where no sentence start explains the capital) and never writes X alone there, is
 * writing one name. Every such run of a sentence is then one party under its full form. A name written
 * whole only once (« Voyageurs du Monde commercialisera … ») gives no such evidence and stays cut.
 */
const JOINED =
  /(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{Ll}\p{M}]{3,}) (de|du|des|de la|de l['’]|d['’])[ ]?(\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)*)(?![\p{L}\p{N}'’-])/gu;
/** A lowercase word (or a comma after one) right before: the capital of X is the name's, not the sentence's. */
const MID_SENTENCE = /\p{Ll}[,]? $/u;

/** Every "X de Y" run, overlapping ones too: « l'usine de Colmar de Polymères du Ried » holds "Polymères du Ried". */
function* runs(text: string): Generator<RegExpExecArray> {
  const re = new RegExp(JOINED.source, 'gu');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    yield m;
    // Read on from the complement: it may head the next run.
    re.lastIndex = m.index + m[0].length - (m[3] as string).length;
  }
}

/**
 * The joined names an article writes: each "X de Y" that the title and body hold at least twice, once at
 * least after a lowercase word, where neither word is a place, a given name, a word that never opens a
 * name, or a registry name (« Bourse de Paris », « Charles de Gaulle », « Renault de Flins » stay apart).
 */
export function joinedNames(text: string, rules: RuleSet, registry: EntityRegistry): Set<string> {
  const out = new Set<string>();
  if (rules.language !== 'fr') return out;
  const seen = new Map<string, { name: string; count: number; mid: boolean }>();
  for (const m of runs(text)) {
    const key = foldText(m[0]).replace(/’/gu, "'");
    const entry = seen.get(key) ?? { name: m[0], count: 0, mid: false };
    entry.count++;
    entry.mid ||= MID_SENTENCE.test(text.slice(Math.max(0, m.index - 3), m.index));
    seen.set(key, entry);
  }
  const org = rules.organisations;
  for (const [key, { name, count, mid }] of seen) {
    if (count < 2 || !mid) continue;
    const headWord = name.slice(0, name.indexOf(' '));
    if (standsAlone(text, headWord, name)) continue;
    const head = foldText(headWord);
    const tail = foldText(name.slice(name.search(/\p{Lu}[^\p{Lu}]*$/u)));
    if (
      [head, tail].some((w) => org.notNames.has(w) || org.places.has(w) || org.firstNames.has(w)) ||
      org.places.has(tail.replace(/-/gu, ' ')) ||
      registry.get(name.slice(0, name.indexOf(' '))) !== undefined ||
      registry.get(name.slice(name.search(/\p{Lu}[^\p{Lu}]*$/u))) !== undefined
    )
      continue;
    out.add(key);
  }
  return out;
}

/**
 * Whether the article also writes the head alone in mid-sentence ("Kervalec de Lorient" beside "pour
 * Kervalec, c'est …"): then the head is the company's name and the complement tells where it is.
 */
function standsAlone(text: string, head: string, name: string): boolean {
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
    if (/[\p{L}\p{N}-]/u.test(text.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(at + head.length)))
      continue;
    if (text.startsWith(name, at) || !MID_SENTENCE.test(text.slice(Math.max(0, at - 3), at))) continue;
    return true;
  }
  return false;
}

type Span = { start: number; end: number };
const inside = (o: Span, s: Span) => o.start >= s.start && o.end <= s.end;

/**
 * Each run of a joined name in the sentence becomes one name over its whole span: the first party that
 * stood on one of its words ("dans Lithium de Vézère": "Lithium") grows over it, else the first candidate,
 * for the article to adopt. The name that grows is changed in place: the sentence's clauses hold it.
 * Names that only partly overlap the run are left alone.
 */
export function withJoinedNames(
  sentence: string,
  folded: string,
  parties: PartyMention[],
  candidates: NameCandidate[],
  joined: ReadonlySet<string>,
): { parties: PartyMention[]; candidates: NameCandidate[] } | undefined {
  if (joined.size === 0) return undefined;
  let result: { parties: PartyMention[]; candidates: NameCandidate[] } | undefined;
  for (const m of runs(sentence)) {
    const run = { start: m.index, end: m.index + m[0].length };
    if (!joined.has(folded.slice(run.start, run.end).replace(/’/gu, "'"))) continue;
    const ps = result?.parties ?? parties;
    const cs = result?.candidates ?? candidates;
    const coveredParties = ps.filter((p) => inside(p, run));
    const coveredCandidates = cs.filter((c) => inside(c, run));
    if (coveredParties.some((p) => p.known)) continue;
    const grown = coveredParties[0] ?? coveredCandidates[0];
    if (grown === undefined || (grown.start === run.start && grown.end === run.end)) continue;
    grown.name = sentence.slice(run.start, run.end);
    grown.start = run.start;
    grown.end = run.end;
    result = {
      parties: ps.filter((p) => p === grown || !coveredParties.includes(p)),
      candidates: cs.filter((c) => c === grown || !coveredCandidates.includes(c)),
    };
  }
  return result;
}
