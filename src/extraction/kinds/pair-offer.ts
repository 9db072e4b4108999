import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';
import { pairTells } from './pair-tells.ts';

/** A company that heads the launch sentence ("Orange lancera", "L'offre de Telvia"), not one named in passing. */
export const HEADED = /^\s*(?:(?:the|le|la|les|l')\s*)?(?:[\w'-]+ ){0,4}(?:of |de |d'|du |des )?$/u;

/** "branded Nuagerie Horizon", "baptisée Orange Pro": the name an offer is given. */
export const BRANDED =
  /\b(?:branded|dubbed|called|named|baptisee?s?|nommee?s?|appelee?s?|denommee?s?)\s+[«"“]?\s*$/u;

const asParty = (name: string): PartyMention => ({ name, type: 'company', known: true, start: 0, end: 0 });

/** "d'Orange et de Tessaline", "Transdev avec Ludreval", "Velmar and Ostrand": two names joined as one pair. */
const JOINED = /^\s*(?:(?:et|and|&)\s+(?:de |d'|du |des )?|avec\s+|with\s+)$/u;

/**
 * « La plateforme d'Orange et de Tessaline ne sera pas accessible avant 2029, ont reconnu les deux partenaires », « Le
 * service que prépare Transdev avec Ludreval … »: the two companies the launch's own lead joins, when the pair tells of
 * it, are the pair that launches.
 */
function sentencePair(folded: string, candidates: readonly PartyMention[], at: number): string[] | undefined {
  const named = candidates.filter((p) => p.type === 'company' && p.end <= at);
  const [first, second] = named;
  if (named.length !== 2 || first === undefined || second === undefined || first.name === second.name)
    return undefined;
  return JOINED.test(folded.slice(first.end, second.start)) ? [first.name, second.name] : undefined;
}

/**
 * "L'appareil, baptisé Sterne-V, sera proposé …, ont précisé les partenaires", "The service will not be available
 * before 2029, the companies said, as Proximus …": the pair of the deal the article told, telling of an offer no
 * company heads, launches it, not a name told in passing (a product, a brand, one of the two in a side clause); so do
 * the two companies the launch's lead joins. `parties` are the launchers read so far, `subject` the first company
 * before the launch words (if any), `from` the launch clause's start, `at` where the launch words start. Returns the
 * pair, or undefined when the rule does not apply. `teller` is the company the sentence says launches (an owner, a
 * relative's speaker): only a pair it belongs to overrides it.
 */
export function pairOfferLaunchers(
  folded: string,
  state: ArticleState,
  parties: readonly PartyMention[],
  candidates: readonly PartyMention[],
  subject: PartyMention | undefined,
  from: number,
  at: number,
  teller: PartyMention | undefined,
): PartyMention[] | undefined {
  if (!pairTells(folded) || parties.length === 0) return undefined;
  // "La plateforme d'Orange et de Tessaline": the owner the lead names is one of the pair it joins.
  const own = sentencePair(folded, candidates, at);
  if (own !== undefined && (teller === undefined || own.includes(teller.name))) return own.map(asParty);
  if (teller !== undefined) return undefined;
  const pair = state.founders;
  if (pair === undefined || pair.length < 2) return undefined;
  if (parties.length === pair.length && parties.every((p) => pair.includes(p.name))) return undefined;
  if (
    subject !== undefined &&
    HEADED.test(folded.slice(from, subject.start)) &&
    !/,/u.test(folded.slice(from, subject.start))
  )
    return undefined;
  // "The resulting offer, branded Nuagerie Horizon, …": an offer carrying one partner's name is that one's.
  if (
    candidates.some(
      (p) => pair.includes(p.name) && BRANDED.test(folded.slice(Math.max(0, p.start - 24), p.start)),
    )
  )
    return undefined;
  return pair.map(asParty);
}
