import type { PartyMention } from '../find-parties.ts';
import { actors, type SentenceContext } from '../sentence-context.ts';

/**
 * « … étudierait la cession de sa filiale Mercantour Propreté, et Atalian aurait manifesté son intérêt pour
 * l'ensemble », "is exploring a sale of its unit Velder, and Kordan has shown interest in the whole business":
 * a purchase whose object is "the whole" of what the sentence just put on sale buys the company on sale.
 */
const WHOLE_AFTER =
  /^\s*(?:pour |in |for )?(?:l'ensemble|le tout|cet ensemble|cet actif|cette activite|the whole(?: business| unit| company| thing)?|the lot)\s*(?:[,.;)]|$)/u;
/** « la cession de sa filiale », "a sale of its unit": the name after is the company on sale. */
const ON_SALE =
  /\b(?:cession|vente|mise en vente|sale|disposal|divestment)s? (?:de |d'|du |des |of )(?:sa |son |ses |leur |its |their |la |le |l'|the )?(?:[\w-]+ ){0,2}$/u;

/** The company the sentence put on sale before the trigger, when what the buyer wants is "the whole". */
export function wholeOnSale(
  ctx: SentenceContext,
  trigger: { index: number; end: number },
  buyer: PartyMention,
): PartyMention | undefined {
  if (!WHOLE_AFTER.test(ctx.folded.slice(trigger.end, trigger.end + 40))) return undefined;
  return actors(ctx, { start: 0, end: trigger.index })
    .filter((p) => p.end <= buyer.start && p.type === 'company' && p.name !== buyer.name)
    .reverse()
    .find((p) => ON_SALE.test(ctx.folded.slice(Math.max(0, p.start - 60), p.start)));
}
