import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';
import type { SentenceContext } from '../sentence-context.ts';

/**
 * Right after a purchase verb, what is bought told by a bare noun of a company, no name: « racheter 85 % du
 * club », « reprendre la société », "to buy 60% of the club". The noun is the story's company, never the
 * name the talks were held with (« des discussions avec Groupe Mériadec, la holding de la famille, en vue de
 * racheter 85 % du club »: the holding owns the club and sells it). A noun followed by its own complement
 * (« 85 % du capital de X », « de la société X ») names another company and is left to the name. Money put "in
 * the round" the story told is likewise a stake in the company that raised it.
 */
const DESCRIBED_OBJECT =
  /^\w*\s+(?:(?:(?:about|around|nearly|some|environ|pres de) )?\d+(?:[.,]\d+)?\s?(?:%|pour cent|per ?cent) (?:du |de la |de l'|of the )|le |la |l'|the )(?:club|societe|entreprise|company|firm|business)\b(?!\s*(?:de |d'|du |des |of |[\p{L}\d]))|^\w*\s+(?:the|this|that|its|le|la|ce|cette|sa|son) (?:[\w-]+ ){0,2}(?:round|raise|fundraising|financing|tour de table|levee(?: de fonds)?)\b(?!\s*(?:of|de|du|d')\s)/u;

/** The company a described object stands for: the last sentence's subject, else the article's topic. */
export function describedTarget(
  ctx: SentenceContext,
  trigger: { end: number },
  buyer: PartyMention,
  state: ArticleState,
): PartyMention | undefined {
  if (!DESCRIBED_OBJECT.test(ctx.folded.slice(trigger.end, trigger.end + 40))) return undefined;
  for (const c of [state.previousSubject, state.topic])
    if (c !== undefined && c.type === 'company' && c.name !== buyer.name) return c;
  return undefined;
}
