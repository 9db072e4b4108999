import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';
import { actors, type SentenceContext } from '../sentence-context.ts';

/** The nouns of what a company sells, in the subject of an availability verb. */
const OFFER_HEAD =
  '(?:ranges?|lines?|products?|collections?|offers?|offerings?|services?|platforms?|apps?|applications?|networks?|software|suites?|devices?|models?|systems?|tools?|solutions?|gammes?|produits?|offres?|plateformes?|reseaux|reseau|logiciels?|appareils?|modeles?|systemes?|outils?)';

/**
 * "said last week that its new platform", "a précisé mardi que sa nouvelle offre": a verb of telling, an
 * optional time, then a singular possessive heading an offer.
 */
const TELLS_OWN_OFFER = new RegExp(
  `\\b(?:said|says|added|announced|confirmed|expects|told (?:[\\w-]+ ){1,3}|a (?:indique|precise|annonce|ajoute|confirme|fait savoir)|indique|precise|annonce)(?: (?:on|last|this|earlier|in) \\w+| (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier)(?: soir| matin)?)?(?: that| que| qu')?\\s+(?:its|son|sa|ses) (?:[\\w-]+ ){0,3}?${OFFER_HEAD}\\b`,
  'u',
);

/** A second verb of telling or a source after the offer: the launch is told by someone else. */
const ANOTHER_TELLING = /\b(?:said|says|a (?:indique|precise|annonce)|selon|according to)\b/u;

/** The subject's end before its verb: an apposition or relative clause between commas, an adverb. */
const SUBJECT_GAP =
  /^\s*(?:,[^,;]{1,110},|,\s*(?:which|who|qui|dont)\b[^;]{1,140},)?\s*(?:(?:also|has|had|aussi|egalement|par ailleurs)\s+)?$/u;
/** A fronted phrase before the subject: "Alongside the completion, ", "Mardi, ". */
const FRONTED = /^[\s«"]*(?:[^,;:«»"]{1,40},\s*)?/u;
/** "It signed a deal with Zalando …, and said that its service …": a verb coordinated with the sentence's first. */
const COORDINATED = /^\s*,?\s*(?:and|et)\s+(?:(?:also|aussi)\s+)?$/u;

/**
 * The company that tells of its own offer: "Greyhurst said its new service would be available", "The company
 * said its GPU offering, built on Nvidia hardware, will launch", "Le groupe a précisé que sa plateforme sera
 * ouverte". The possessive makes the offer the speaker's, whatever supplier, partner or customer the offer's
 * description or the rest of the sentence names. The speaker is a name right before the verb, else the
 * article's company when a subject anaphor ("the company", "it", "le groupe") tells.
 * `from` is the launch clause's start, `at` where the launch words start.
 */
export function ownOfferTeller(
  ctx: SentenceContext,
  state: ArticleState,
  from: number,
  at: number,
): PartyMention | undefined {
  const { folded } = ctx;
  const m = TELLS_OWN_OFFER.exec(folded.slice(from, at));
  if (m === null) return undefined;
  const verb = from + m.index;
  // The offer heads the launch clause: no other telling between it and the launch words.
  if (ANOTHER_TELLING.test(folded.slice(verb + m[0].length, at))) return undefined;
  // "…, and said that its service": the verb's subject is the sentence's own, its first words.
  const coordinated = COORDINATED.test(folded.slice(from, verb));
  const start = coordinated ? 0 : from;
  const end = coordinated ? from : verb;
  const head = folded.slice(start, end);
  const opening = FRONTED.exec(head)?.[0].length ?? 0;
  const named = actors(ctx, { start, end }).filter((p) => p.start >= start && p.end <= end);
  // "Alongside the completion, Greyhurst said its new service", "Cardew & Finch signed …, and said its
  // service", "Orange, the French operator, said its …": the name heading the clause, after a fronted phrase.
  const first =
    named.find((p) => p.start - start === opening) ??
    named.find((p) => /^[\s«"]*$/u.test(folded.slice(start, p.start)));
  if (first !== undefined) {
    if (first.type !== 'company') return undefined;
    return coordinated || SUBJECT_GAP.test(folded.slice(first.end, end)) ? first : undefined;
  }
  // "The company, which …, said its platform", "It …, and said its service": the article's company.
  // "The operator, which …, said": what looks like a fronted phrase may be the anaphor itself.
  const opensOnAnaphor = (lead: string) => {
    const anaphor = ctx.rules.organisations.topic.exec(lead);
    return (
      anaphor !== null &&
      anaphor.index === 0 &&
      (coordinated || SUBJECT_GAP.test(lead.slice(anaphor[0].length)))
    );
  };
  if (!opensOnAnaphor(head.replace(/^[\s«"]+/u, '')) && !opensOnAnaphor(head.slice(opening)))
    return undefined;
  const topic = state.topic;
  if (topic === undefined || topic.type !== 'company') return undefined;
  return { ...topic, start: 0, end: 0 };
}
