import type { PartyMention } from '../find-parties.ts';
import type { SentenceContext } from '../sentence-context.ts';

/**
 * A deal's word, then the preposition that names its sides: "a distribution agreement between", « un accord de
 * distribution entre », "the partnership signed in May between". A few words may come between (the deal's kind,
 * when it was signed), no clause mark.
 */
const BETWEEN_AFTER =
  /\b(?:agreements?|deals?|contracts?|partnerships?|alliances?|joint ventures?|accords?|contrats?|partenariats?|ententes?|coentreprises?)\b(?: [\w'-]+){0,4}? (?:between|entre) (?:the |l'|le |la |les )?$/u;
const SECOND_BETWEEN = /\b(?:between|entre)\b/u;
/** Between two sides listed after "between": "X and Y", "X, Y and Z", « X et Y ». */
const SIDE_LIST = /^\s*(?:,|and|et|&)?\s*(?:(?:the|le|la|les|l') ?)?$/u;

/**
 * "Brindle & Moss drinks will be available in all Tesco stores, under an expanded distribution agreement between
 * Harlowe Brands and Tesco": a deal told with "between" names its sides itself. The names elsewhere in the clause
 * (the product sold, a store, the subject of the sentence) are no sides, whichever of the sentence's deal words was
 * read first ("seront vendus dans les magasins X, en vertu d'un accord entre Y et Z"). Undefined when the deal names no pair so.
 */
export function betweenSides(
  ctx: SentenceContext,
  trigger: { index: number },
  parties: readonly PartyMention[],
): PartyMention[] | undefined {
  const at = parties.findIndex(
    (p) =>
      p.start >= trigger.index &&
      BETWEEN_AFTER.test(ctx.folded.slice(Math.max(trigger.index, p.start - 80), p.start)),
  );
  if (at < 0) return undefined;
  const after = parties.slice(at);
  const sides = [after[0] as PartyMention];
  for (const p of after.slice(1)) {
    if (!SIDE_LIST.test(ctx.folded.slice((sides.at(-1) as PartyMention).end, p.start))) break;
    sides.push(p);
  }
  // « des alliances entre Microsoft, Orange et Capgemini (Bleu) puis entre Google et Thales (S3ns) »: a sentence that
  // pairs sides twice tells two deals, which the finder reads apart; the first pair is not the only one.
  if (SECOND_BETWEEN.test(ctx.folded.slice((sides.at(-1) as PartyMention).end))) return undefined;
  return new Set(sides.map((p) => p.name)).size >= 2 ? sides : undefined;
}
