import { foldText } from '../entities/fold-text.ts';
import type { Claim } from './claim.ts';

/**
 * What a party's later "confirmed" settles about a rumoured deal told before it.
 *
 * Talks a party confirms later are still talks ("confirmed that it was in preliminary discussions",
 * « a confirmé être en discussions », "once X confirms talks"): the deal told before as a rumour stays
 * one, unless the confirmation tells the deal agreed or the talks exclusive (a formal step a party
 * announces). A deal told in the confirmation's own sentence ("X confirmed it was in talks with Y about
 * an offer") is the party's word: the gold of several writers reads it confirmed.
 *
 * A confirmation of results or targets that speaks of no deal and names none of the deal's other
 * parties ("confirmed its full-year outlook", "a confirmé l'objectif d'un bénéfice") is about something
 * else: it leaves the rumour as it was. A bare « Kerlys Data confirme. » confirms the report.
 */
const TALKS = /\b(?:talks|discussions?|negotiations?|negociations?|pourparlers)\b/u;
const DEAL_DONE =
  /\b(?:agreed|signed|completed|accepted|exclusive|exclusiv\w*|signe\w*|conclu\w*|accepte\w*|finalise\w*)\b/u;
const DEAL_WORDS =
  /\b(?:deal|agreement|offer|bid|approach|acquisition|acquire|buy|purchase|takeover|merger|stake|partnership|alliance|joint venture|tie-up|reports?|information|news|rumou?rs?|speculation|transaction|sale|sell|licen[cs]e|contract|terms|sign\w*|accord|offre|rachat|racheter|acquerir|participation|partenariat|coentreprise|fusion|cession|ceder|vente|vendre|informations?|rumeurs?|operation|contrat|licence|projet|approche|capital)\b/u;

const RESULTS =
  /\b(?:objectifs?|previsions?|perspectives?|guidance|outlook|targets?|forecasts?|resultats?|results|benefices?|chiffre d'affaires|marges?|margins?|revenues?|sales|profits?|earnings|dividendes?|dividends?)\b/u;

const DEALS = new Set<Claim['kind']>(['agreement', 'acquisition']);

export function confirmationSettles(
  sentence: string,
  deal: Claim,
  speaker: string,
  toldBefore: boolean,
): boolean {
  const folded = foldText(sentence);
  if (toldBefore && TALKS.test(folded) && !DEAL_DONE.test(folded)) return false;
  if (!DEALS.has(deal.kind) || !RESULTS.test(folded)) return true;
  if (DEAL_WORDS.test(folded)) return true;
  return deal.parties.some((p) => p !== speaker && folded.includes(foldText(p)));
}

/**
 * "The French carmaker earlier this month denied being in talks to take a stake in Okavi Sensing":
 * a statement whose own sentence holds a deal of the speaker with someone else is about that deal.
 * It settles another deal of the speaker only when it names that deal's other party too.
 */
export function aboutAnotherDeal(
  statementText: string,
  deal: Claim,
  speaker: string,
  sameSentenceDeals: readonly Claim[],
): boolean {
  const key = (c: Claim) => [...c.parties].sort().join('|');
  const own = sameSentenceDeals.filter((c) => DEALS.has(c.kind) && c.parties.includes(speaker));
  if (own.length === 0 || own.some((c) => key(c) === key(deal))) return false;
  const folded = foldText(statementText);
  return !deal.parties.some((p) => p !== speaker && folded.includes(foldText(p)));
}
