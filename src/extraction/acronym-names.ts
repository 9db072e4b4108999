import { foldText } from '../entities/fold-text.ts';
import type { Token } from '../entities/tokenise.ts';
import { NAME_LINKS } from './inner-joins.ts';

/** Words an acronym skips: a name's links, and an apostrophe standing as a token of its own. */
const LINKS = new Set([...NAME_LINKS, "'"]);
/** Regulators are issuers, never a company party ("Autorité des marchés financiers (AMF)"). */
const REGULATOR = /^(?:autorite|haut|haute|authority)$/u;
/** Capitals, a lowercase letter among them allowed ("CNR", "DMAé", "FMV"): two capitals at least. */
const ACRONYM_IN_BRACKETS = /\(\s*(\p{Lu}[\p{Lu}\p{Ll}]{1,5})\s*\)/gu;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
/**
 * « le protocole Vers le développement minier durable (VDMD) », "the Towards Sustainable Mining (TSM) standard":
 * a title opening on a preposition names a programme or a standard; so does one a standard's noun introduces.
 */
const TITLE_OPENERS = new Set(['vers', 'pour', 'towards', 'toward', 'beyond', 'au-dela']);
const THING_BEFORE =
  /\b(?:protocole|programme|norme|standard|label|referentiel|charte|initiative|protocol|program|scheme|framework)\s+$/u;

export interface AcronymName {
  start: number;
  end: number;
}

/**
 * "la Compagnie nationale du Rhône (CNR)", "the Caisse des dépôts (CDC)", "la Direction de la
 * maintenance aéronautique (DMAé)", "Försvarets materielverk (FMV)": the words whose initials spell the
 * bracketed acronym right after them are one name, lowercase words included. A word may give the
 * acronym two letters (a compound, "materielVerk", or an accented tail, "aéronautique" -> "Aé"), so
 * one letter between two words' initials may be skipped; every word must give its initial.
 */
export function acronymNames(sentence: string, tokens: readonly Token[]): AcronymName[] {
  if (!sentence.includes('(')) return [];
  const out: AcronymName[] = [];
  for (const m of sentence.matchAll(ACRONYM_IN_BRACKETS)) {
    if (!TWO_CAPITALS.test(m[1] as string)) continue;
    const letters = foldText(m[1] as string);
    let t = tokens.findIndex((k) => k.start >= m.index) - 1;
    if (t < 0) continue;
    const end = (tokens[t] as Token).end;
    if (!/^\s*$/u.test(sentence.slice(end, m.index))) continue;
    let need = letters.length - 1;
    let start = -1;
    for (let words = 0; t >= 0 && words < 10; t--, words++) {
      const k = tokens[t] as Token;
      if (LINKS.has(k.text)) continue;
      if (!/^\p{L}/u.test(k.text)) break;
      const initial = k.text.charAt(0);
      // A word not giving the awaited letter may give the one before it: the awaited one was inside it.
      if (initial !== letters.charAt(need)) {
        if (need > 0 && initial === letters.charAt(need - 1)) need--;
        else break;
      }
      if (need === 0) {
        start = k.start;
        break;
      }
      need--;
    }
    if (start < 0 || !/^\p{Lu}/u.test(sentence.charAt(start))) continue;
    const first = tokens.find((k) => k.start === start)?.text ?? '';
    if (REGULATOR.test(first) || !sentence.slice(start, end).includes(' ')) continue;
    if (
      TITLE_OPENERS.has(first) ||
      THING_BEFORE.test(foldText(sentence.slice(Math.max(0, start - 24), start)))
    )
      continue;
    out.push({ start, end });
  }
  return out;
}
