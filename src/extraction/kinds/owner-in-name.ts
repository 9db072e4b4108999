import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';
import type { SentenceContext } from '../sentence-context.ts';

/** "Urgences d'Hospivance", "Pilot de Corvane": a capitalised name, then « de » and a name of its own. */
const OF_NAME = /^(.+?) (?:d['’]|de |du )(\p{Lu}.*)$/u;
/** « le module », « la gamme », « l'offre »: a product noun right before the name. */
const PRODUCT_BEFORE =
  /\b(?:module|offre|service|plateforme|application|appli|gamme|logiciel|produit|version|solution|abonnement|forfait|modele|collection|suite)s?\s*[«"“]?\s*$/u;

/**
 * « Le module Urgences d'Hospivance reste prévu pour janvier », « la gamme Solaire de Vermeil sera en rayon »: a name the
 * sentence could not split, a product's own name then « de » and a company the article knows, names that company as
 * the product's owner. Only after a product noun, and only a company the article has already named as one.
 */
export function ownerInProductName(
  ctx: SentenceContext,
  state: ArticleState,
  from: number,
  to: number,
): PartyMention | undefined {
  for (const c of ctx.candidates) {
    if (c.start < from || c.end > to) continue;
    if (!PRODUCT_BEFORE.test(ctx.folded.slice(Math.max(0, c.start - 30), c.start))) continue;
    const tail = OF_NAME.exec(c.name)?.[2];
    if (tail === undefined) continue;
    const known = state.names.resolve(tail);
    if (known?.type !== 'company') continue;
    return { name: known.name, type: 'company', known: true, start: c.start, end: c.end };
  }
  return undefined;
}

/** "'s resale platform", "'s new app": a possessive, then up to three words and an offer noun. */
const POSSESSED_OFFER =
  /^['’]s (?:[\w-]+ ){0,3}?(?:platforms?|services?|apps?|offers?|offerings?|products?|ranges?|collections?|stores?|shops?|marketplaces?|subscriptions?|plans?|cards?|accounts?)\b/u;

/**
 * "Tetlow & Vine's resale platform opens to UK customers on 15 November": a name the article did not learn as a company,
 * opening the clause as the possessor of the offer, owns it (a town or a person is no owner of an offer).
 */
export function possessorCandidate(
  ctx: SentenceContext,
  state: ArticleState,
  from: number,
): PartyMention | undefined {
  const c = ctx.candidates.find((n) => n.start >= from);
  if (c === undefined || c.place === true || ctx.towns.includes(c.name) || state.people?.has(c.name))
    return undefined;
  if (!/^[\s«"“]*$/u.test(ctx.folded.slice(from, c.start))) return undefined;
  if (!POSSESSED_OFFER.test(ctx.folded.slice(c.end, c.end + 50))) return undefined;
  return { name: c.name, type: 'company', known: false, start: c.start, end: c.end };
}

/** « La raffinerie ne commercialisera … », "The brewery will sell …": the clause opens on a definite noun alone. */
const DEFINITE_NOUN = /^\s*(?:l'|le |la |the )([a-z]{4,})\s/u;

/**
 * « La Raffinerie du Salève … La raffinerie ne commercialisera pas avant 2028 ses lingots »: a site noun opening the
 * clause is the first word of a company the article named (« la raffinerie » for « Raffinerie du Salève », "the
 * brewery" for "Brewery Lane Holdings"): that company, not the site, sells.
 */
export function namedBySiteNoun(lead: string, state: ArticleState): PartyMention | undefined {
  const noun = DEFINITE_NOUN.exec(lead)?.[1];
  if (noun === undefined) return undefined;
  const known = state.names.resolve(noun.charAt(0).toUpperCase() + noun.slice(1));
  if (known?.type !== 'company' || known.words.length < 2) return undefined;
  return { name: known.name, type: 'company', known: true, start: 0, end: 0 };
}
