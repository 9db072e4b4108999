import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';
import { actors, type SentenceContext } from '../sentence-context.ts';

/**
 * The nouns of what a company sells: an offer, a range, a model, a treatment, and what a bank or an insurer sells
 * (a wallet, an account, a card, a policy, a fund).
 */
const OFFER_HEAD =
  '(?:ranges?|lines?|products?|collections?|offers?|offerings?|services?|platforms?|apps?|brands?|models?|systems?|networks?|software|suites?|devices?|vehicles?|cars?|drugs?|treatments?|therap(?:y|ies)|vaccines?|wallets?|(?<!bank )accounts?|cards?|polic(?:y|ies)|gammes?|produits?|offres?|plateformes?|applications?|marques?|modeles?|systemes?|reseaux|reseau|logiciels?|appareils?|vehicules?|voitures?|traitements?|medicaments?|vaccins?|portefeuilles?|comptes?|cartes?)';

/**
 * Where the subject of the availability verb starts: the clause's start, a colon, or the words of telling
 * before a reported clause ("said the first model …", "a indiqué que le traitement …").
 */
const SUBJECT_START =
  "(?:^\\s*|[:;]\\s+|\\b(?:said|says|added|told (?:\\w+ ){1,2}|expects|expected|believes|that|and that|a (?:indique|precise|annonce|affirme|assure|confirme|explique|ajoute)|indique|precise|que|qu')\\s+|^[^,;:]{1,40},\\s+)";

/** "the first model of Maserati's", "Tallowford's": the owner opens the subject, with an "of" phrase at most. */
const GENITIVE_BEFORE = new RegExp(`${SUBJECT_START}(?:(?:the|a|an) (?:[\\w-]+ ){0,3}?of )?$`, 'u');
/** "'s new low-carbon batt range would be sold": the possessed offer, then the verb's auxiliaries only. */
const GENITIVE_AFTER = new RegExp(
  `^['’]s (?:[\\w-]+ ){0,4}?${OFFER_HEAD}\\b(?:,[^,;]{1,60},)?\\s+(?:(?:will|would|should|could|may|might|is|are|was|were|be|been|to|set|due|expected|not|now|also|then|first|initially|pourrait|sera|seront|serait|devrait|doit|va|etre)\\s+){0,4}$`,
  'u',
);
/** "le traitement phare de Pemberlake", "la nouvelle gamme d'Orvane", "the new range of Lindqvist": owner after "de"/"of". */
const OF_BEFORE = new RegExp(
  `${SUBJECT_START}(?:le|la|les|l'|the|une?|an?) ?(?:(?:nouvelle?|nouvel|nouveaux|premiere?s?|new|first|latest) )?${OFFER_HEAD}(?: [\\w-]+){0,2}? (?:de |d'|du |of )$`,
  'u',
);
/** After the owner: up to two inserted phrases, then only the verb's auxiliaries. */
const OF_AFTER =
  /^(?:\s*,[^,;]{1,70}){0,2}\s*,?\s+(?:(?:will|would|should|could|may|might|is|are|was|were|be|been|to|set|due|expected|not|also|pourrait|pourraient|sera|seront|serait|seraient|devrait|devraient|doit|doivent|va|vont|etre|est|sont|ne|n'|pas)\s+){0,4}$/u;

/**
 * "The Stellantis spokesman said the first model of Maserati's new electric range would go on sale",
 * "Tallowford's new range would be sold across Saint-Gobain's network", "le traitement phare de Pemberlake, le
 * PMB-204, pourrait être commercialisé": when the subject of the availability verb is an offer its owner's
 * possessive or "de" names, that owner makes it, not the company telling of it nor the one selling it.
 * `from` is the clause start, `at` where the launch words start.
 */
export function possessedOfferOwner(
  ctx: SentenceContext,
  from: number,
  at: number,
): PartyMention | undefined {
  const { folded } = ctx;
  for (const p of actors(ctx, { start: from, end: at })) {
    if (p.type !== 'company' || p.end > at) continue;
    if (p.start - from > 200) continue;
    const before = folded.slice(from, p.start);
    const after = folded.slice(p.end, at);
    if (GENITIVE_AFTER.test(after) && GENITIVE_BEFORE.test(before)) return p;
    if (OF_AFTER.test(after) && OF_BEFORE.test(before)) return p;
  }
  return undefined;
}

/** "Its digital interlocking system, KS-Lock, will be", "Son offre sera": a singular possessive heads the offer. */
const OWN_OFFER_SUBJECT = new RegExp(`^\\s*(?:its|son|sa|ses) (?:[\\w-]+ ){0,3}?${OFFER_HEAD}\\b`, 'u');
/** "Kestleigh, which …, has grown", "Orvane a présenté": the previous sentence opens on its subject company. */
const OPENS_ON = /^\s*(?:[«"“]\s*)?$/u;
const PAIR_GAP = /^\s*(?:et|and|&|,)\s*$/u;

/**
 * "Kestleigh, which …, has grown sales … Its digital interlocking system will be commercially available, the
 * companies said": a singular possessive opening the sentence stands for the company the sentence before
 * opened on, even when the pair told of it afterwards.
 */
export function possessiveOfferOwner(
  ctx: SentenceContext,
  state: ArticleState,
  from: number,
  at: number,
): PartyMention | undefined {
  if (from !== 0 || !OWN_OFFER_SUBJECT.test(ctx.folded.slice(0, at))) return undefined;
  const previous = state.previous;
  if (previous === undefined) return undefined;
  // "Sa nouvelle offre …" opening a paragraph comes back to the article's company, not the last one's subject.
  if (previous.sentence.paragraph !== ctx.sentence.paragraph) return undefined;
  const first = previous.parties[0];
  if (first === undefined || first.type !== 'company') return undefined;
  if (!OPENS_ON.test(previous.folded.slice(0, first.start))) return undefined;
  // "Kestleigh's founders": a possessor is not the previous sentence's subject; "Kervalis et Brandoux créent
  // la coentreprise Solvane": a pair is no singular owner, and the venture it creates is read elsewhere.
  if (/^['’]s\b/u.test(previous.folded.slice(first.end, first.end + 3))) return undefined;
  const second = previous.parties[1];
  if (second !== undefined && PAIR_GAP.test(previous.folded.slice(first.end, second.start))) return undefined;
  if (previous.parties.some((p) => p.type === 'alliance')) return undefined;
  return first;
}
