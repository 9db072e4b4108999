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
  /^[^.;:]{0,80}?\b(?:en vue (?:de |d')(?:racheter|reprendre|acquerir|ceder|vendre|prendre le controle)|(?:pour|afin de) (?:racheter|reprendre|acquerir|ceder)|to (?:buy|acquire|take over|sell))\b/u;
/**
 * What the purpose buys: a company, a stake or a share of one ("85 % du club", "a majority of", "the company"), not
 * goods ("to buy chips from X" is a supply deal).
 */
const COMPANY_OBJECT =
  /^\s(?:(?:une?|la|le|les|l'|a|an|the|its|their|his|her|sa|son|ses|leur|all|part|most|the rest|de|du|des|d'|of|in|dans|majority|minority|controlling|majoritaire|minoritaire|\d[\d,.]*\s?%)\s?)*(?:stake|holding|control|company|business|club|group|firm|unit|division|subsidiary|operations|participation|controle|capital|societe|groupe|entreprise|filiale|activite|branche|majorite|totalite|reste|%)\b/u;

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
  if (EXCLUSIVE_BEFORE.test(before) || EXCLUSIVE_AFTER.test(after)) return true;
  const purpose = SALE_PURPOSE.exec(after);
  if (purpose === null) return false;
  const verbEnd = trigger.end + purpose[0].length;
  // "to buy Velliard FC", « en vue de racheter Montcharvel »: a company named right after the verb.
  return (
    COMPANY_OBJECT.test(ctx.folded.slice(verbEnd, verbEnd + 60)) ||
    ctx.parties.some((p) => p.type === 'company' && p.start >= verbEnd && p.start - verbEnd <= 6)
  );
}
