import type { SentenceContext, Span } from '../sentence-context.ts';

/**
 * Talks that are a sale's, between its seller and its buyer: « des négociations exclusives entre Groupe X et le
 * fonds Y », "the club that Y is in exclusive talks to buy", « des discussions avancées avec X en vue de racheter
 * 85 % du club ». Exclusive negotiations are the formal step of selling a company or an asset, and talks whose
 * purpose is buying or selling tell a purchase: neither is a partnership between the talkers. (Talks in which one
 * talker is the company bought are purchaseTalks'; talks naming the company after a topic word are
 * talksAboutCompany's.) A deal noun of its own in the sentence ("exclusive talks on a distribution agreement")
 * keeps the talks that deal's.
 */

const TALKS_TRIGGERS = new Set(['talks', 'negociations']);

/** Right around the talks word: their exclusivity. */
const EXCLUSIVE_BEFORE = /\bexclusive\s$/u;
const EXCLUSIVE_AFTER = /^\s(?:exclusives?|en exclusivite)\b/u;

/** After the talks word, in its clause: a purpose of buying or selling. */
const SALE_PURPOSE =
  /^[^.;:]{0,80}?\b(?:en vue (?:de |d')(?:racheter|reprendre|acquerir|ceder|vendre|prendre le controle)|(?:pour|afin de) (?:racheter|reprendre|acquerir|ceder)|to (?:buy|acquire|take over|sell)\b(?! (?:(?:its|their|the|some|all|more|most|power|electricity|energy|gas|output|capacity|products?|services?|equipment|licen[cs]es?|rights|tickets|advertising|ad space)\b)))/u;

/** A deal of its own kind beside the talks. */
const OWN_DEAL =
  /\b(?:partenariat|partnership|alliance|co-?entreprise|joint venture|accords? (?:de |d')(?:distribution|licence|fourniture|approvisionnement|cooperation|partenariat|sponsoring|diffusion)|contrat|(?:distribution|licensing|supply|commercial|broadcast|sponsorship) (?:agreement|deal|contract)|contract)\b/u;

export function saleTalks(
  ctx: SentenceContext,
  clause: Span,
  trigger: { id: string; index: number; end: number },
): boolean {
  if (!TALKS_TRIGGERS.has(trigger.id) || OWN_DEAL.test(ctx.folded)) return false;
  const before = ctx.folded.slice(Math.max(0, trigger.index - 10), trigger.index);
  const after = ctx.folded.slice(trigger.end, clause.end);
  return EXCLUSIVE_BEFORE.test(before) || EXCLUSIVE_AFTER.test(after) || SALE_PURPOSE.test(after);
}
