import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';
import { pairTells } from './pair-tells.ts';

/** A company that heads the launch sentence ("Orange lancera", "L'offre de Telvia"), not one named in passing. */
export const HEADED = /^\s*(?:(?:the|le|la|les|l')\s*)?(?:[\w'-]+ ){0,4}(?:of |de |d'|du |des )?$/u;

/** "branded Nuagerie Horizon", "baptisée Orange Pro": the name an offer is given. */
export const BRANDED =
  /\b(?:branded|dubbed|called|named|baptisee?s?|nommee?s?|appelee?s?|denommee?s?)\s+[«"“]?\s*$/u;

const asParty = (name: string): PartyMention => ({ name, type: 'company', known: true, start: 0, end: 0 });

/**
 * "L'appareil, baptisé Sterne-V, sera proposé …, ont précisé les partenaires", "The service will not be available
 * before 2029, the companies said, as Proximus …": the pair of the deal the article told, telling of an offer no
 * company heads, launches it, not a name told in passing (a product, a brand, one of the two in a side clause).
 * `parties` are the launchers read so far, `subject` the first company before the launch words (if any), `from` the
 * launch clause's start. Returns the pair, or undefined when the rule does not apply.
 */
export function pairOfferLaunchers(
  folded: string,
  state: ArticleState,
  parties: readonly PartyMention[],
  candidates: readonly PartyMention[],
  subject: PartyMention | undefined,
  from: number,
): PartyMention[] | undefined {
  const pair = state.founders;
  if (pair === undefined || pair.length < 2 || !pairTells(folded) || parties.length === 0) return undefined;
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
