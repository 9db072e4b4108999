import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';
import type { SentenceContext } from '../sentence-context.ts';

/**
 * A stake told with no company of its own is a stake in the company the story has in view. Two shapes:
 * - beside a funding round: "The start-up completed a funding round. Varnel Holding took a 12% stake",
 *   "Orsk took a 6% stake as part of the round": the round's raiser, not a name the rest of the sentence gives
 *   (its lead investor, its board);
 * - a stake weighed with no target: « Dorvane attire les convoitises. Le fonds Kestrel envisagerait une prise de
 *   participation »: the company the sentence before was about.
 * Either way the raiser is the last sentence's subject, else (for a round) the article's company.
 */

/** Right after the stake: it was taken in the round ("as part of the round", « dans le cadre de cette levée »). */
const IN_THE_ROUND =
  /^[\s,]*(?:as part of|in|during|through|via|dans le cadre (?:de|d')|lors (?:de|d')|a l'occasion (?:de|d')|dans)\s+(?:the|this|that|its|le|la|ce|cette|l'|sa|son)\s?(?:[\w$€£.,-]+ ){0,3}(?:round|raise|fundraising|financing|series [a-z]|tour de table|levee(?: de fonds)?|serie [a-z]|augmentation de capital)\b/u;

/** A round told in the sentence before: "completed a funding round", « a bouclé une levée de fonds ». */
const ROUND_TOLD =
  /\b(?:(?:funding|financing|investment|equity|series [a-z]) round|series [a-z]\b|fundraising|capital increase|(?:raised|raises|closed|closes|completed|secured) (?:a |an |its )?(?:[\w$€£.,-]+ ){0,3}(?:round|series|financing|funding)|levee de fonds|tour de table|augmentation de capital|serie [a-z]\b)/u;

/** A stake the trigger tells: a percentage or a stake noun. */
const STAKE_WORDS = /\d\s?(?:%|percent|per cent|pour cent)|\b(?:stake|holding|participation)\b/u;

/** Whether the words right after the trigger put the stake in the round. */
export function takenInTheRound(ctx: SentenceContext, trigger: { end: number }): boolean {
  return IN_THE_ROUND.test(ctx.folded.slice(trigger.end, trigger.end + 80));
}

/** The company that raised the round a stake with no company of its own was taken in. */
export function roundRaiser(
  ctx: SentenceContext,
  trigger: { index: number; end: number },
  buyer: PartyMention,
  state: ArticleState,
): PartyMention | undefined {
  if (!STAKE_WORDS.test(ctx.folded.slice(trigger.index, trigger.end))) return undefined;
  const others = ctx.parties.filter((p) => p.type === 'company' && p.name !== buyer.name);
  // "The company closed a Series A, and Varnel took 10%": the round told before the buyer, its raiser the
  // company opening the sentence.
  const round = ROUND_TOLD.exec(ctx.folded.slice(0, buyer.start));
  if (round !== null) {
    const raiser = others.find((p) => p.end <= round.index);
    if (raiser !== undefined) return raiser;
  }
  // Else the round is the last sentence's (or the one the stake was taken in), and the buyer opens this sentence.
  if (
    !takenInTheRound(ctx, trigger) &&
    ((round === null && !ROUND_TOLD.test(state.previous?.folded ?? '')) ||
      others.some((p) => p.start < buyer.start))
  )
    return undefined;
  return [state.previousSubject, state.topic].find((c) => c?.type === 'company' && c.name !== buyer.name);
}

/** Right after a stake noun: a target of its own, named or not (« dans une start-up », "in the group"). */
const OWN_TARGET =
  /^\s*(?:minoritaires?|majoritaires?|minority|majority)?\s*(?:dans|au capital|chez|aupres|in|of|at)\b/u;

/** The company the sentence before was about, for a stake weighed with no target ("une prise de participation"). */
export function stakeInLastSubject(
  ctx: SentenceContext,
  trigger: { index: number; end: number },
  buyer: PartyMention,
  state: ArticleState,
): PartyMention | undefined {
  // « Une prise de participation prudente », juge Paul Arnaud, de Brisac Finance: a name told after the stake weighs nothing.
  if (buyer.end > trigger.index || OWN_TARGET.test(ctx.folded.slice(trigger.end))) return undefined;
  // « Par ailleurs, Thales envisagerait … »: a sentence turning to another matter.
  if (OTHER_MATTER.test(ctx.folded)) return undefined;
  const last = state.previousSubject;
  if (last?.type !== 'company' || last.name === buyer.name) return undefined;
  // « X a signé avec Y. Z envisagerait une prise de participation »: a sentence about a deal between two companies
  // leaves the stake's target open.
  const before = new Set(state.previous?.parties.filter((p) => p.type === 'company').map((p) => p.name));
  return before.size === 1 ? last : undefined;
}

/** An opening that turns to another matter: « par ailleurs », « en outre », "separately", "meanwhile". */
const OTHER_MATTER =
  /^\s*(?:par ailleurs|en outre|d'autre part|de son cote|ailleurs|dans un autre registre|separately|meanwhile|elsewhere|in other news|also)\b/u;

/** Words telling a stake taken beside another buyer's: "takes another 10%", « aux côtés du fonds », "alongside". */
const JOINING =
  /\b(?:another|a further|an additional|alongside|also|too|aux cotes (?:de|du|des|d')|aussi|egalement|a son tour)\b/u;
/**
 * A share in the trigger or right after it: "takes 10%", « entre au capital à hauteur de 10 % » (a bare "buy her stake",
 * « entrer au capital » names no share of a deal: an option, an old approach).
 */
const SHARE_TOLD = /\d\s?(?:%|percent|per cent|pour cent)/u;

/**
 * "Ardence signed to buy 65% of Trévidic. Corran takes 10% and the family keeps 25%", « Corran entre au capital à
 * hauteur de 10 % aux côtés du fonds », "Placements X takes another 10%": a co-investor's share told with no company of
 * its own is a share of the company just bought, when the sentence before named it or the words tell it joins the deal.
 */
export function coInvestedTarget(
  ctx: SentenceContext,
  trigger: { index: number; end: number },
  buyer: PartyMention,
  state: ArticleState,
): PartyMention | undefined {
  const bought = state.target;
  // "BNP will have an option to buy a further 26%": the buyer's own next step, no co-investor.
  if (
    bought === undefined ||
    bought === buyer.name ||
    buyer.name === state.targetBuyer ||
    buyer.end > trigger.index
  )
    return undefined;
  const told = ctx.folded.slice(trigger.index, trigger.end + 40);
  if (!SHARE_TOLD.test(told) || OWN_TARGET.test(ctx.folded.slice(trigger.end))) return undefined;
  if (OTHER_MATTER.test(ctx.folded)) return undefined;
  const justBought = state.previous?.parties.some((p) => p.name === bought) === true;
  if (!justBought && !JOINING.test(ctx.folded.slice(buyer.end, trigger.end + 60))) return undefined;
  // Not in the sentence: no position, so never taken for a speaker.
  return { name: bought, type: 'company', known: true, start: -1, end: -1 };
}
