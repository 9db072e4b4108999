import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';
import { mostSalient } from '../salience.ts';
import type { SentenceContext } from '../sentence-context.ts';

/**
 * Right after a purchase verb, what is bought told by a bare noun of a company, no name: « racheter 85 % du
 * club », « reprendre la société », "to buy 60% of the club". The noun is the story's company, never the
 * name the talks were held with (« des discussions avec Groupe Mériadec, la holding de la famille, en vue de
 * racheter 85 % du club »: the holding owns the club and sells it). A noun followed by its own complement
 * (« de la société X ») names another company and is left to the name; « 30 % du capital » alone or « du capital de
 * ce spécialiste toulousain » is the story's company's capital. Money put "in
 * the round" the story told is likewise a stake in the company that raised it.
 */
const DESCRIBED_OBJECT =
  /^\w*\s+(?:(?:(?:about|around|nearly|some|environ|pres de) )?\d+(?:[.,]\d+)?\s?(?:%|pour cent|per ?cent) (?:du |de la |de l'|of the )|le |la |l'|the )(?:club|societe|entreprise|company|firm|business)\b(?!\s*(?:de |d'|du |des |of |[\p{L}\d]))|^\w*\s+(?:(?:about|around|nearly|some|environ|pres de) )?\d+(?:[.,]\d+)?\s?(?:%|pour cent) du capital\b(?:(?!\s*(?:de |d'|du |des |[\p{L}\d]))| (?:de|d') ?(?:ce|cette|cet) )|^\w*\s+(?:the|this|that|its|le|la|ce|cette|sa|son) (?:[\w-]+ ){0,2}(?:round|raise|fundraising|financing|tour de table|levee(?: de fonds)?)\b(?!\s*(?:of|de|du|d')\s)/u;

/** A clause of its own, with a subject other than the name before it. */
const OTHER_SUBJECT =
  /\b(?:(?:that|que|qu')\s*(?:an?|another|some|one|une?|des|le|la|les|l'|the)\b|dont|whose|in which)\b/u;

/** A trigger whose own words end on the share taken: « prend 15 % du capital ». */
const STAKE_IN_TRIGGER = /\d+(?:[.,]\d+)?\s?%\sdu capital$/u;

/** The company a described object stands for: the last sentence's subject, else the article's topic. */
export function describedTarget(
  ctx: SentenceContext,
  trigger: { index: number; end: number },
  buyer: PartyMention,
  state: ArticleState,
): PartyMention | undefined {
  // « prend 15 % du capital »: a trigger may hold the share itself.
  const own = STAKE_IN_TRIGGER.exec(ctx.folded.slice(trigger.index, trigger.end));
  const object = (own === null ? '' : ` ${own[0]}`) + ctx.folded.slice(trigger.end, trigger.end + 40);
  if (!DESCRIBED_OBJECT.test(object)) return undefined;
  // "Shares in X rose on speculation that a rival was circling the company", « X, dont le groupe vient de prendre
  // 20 % du capital »: another subject, unnamed, stands between the name and the verb; the name buys nothing.
  if (OTHER_SUBJECT.test(ctx.folded.slice(buyer.end, trigger.index))) return undefined;
  for (const c of [state.previousSubject, state.topic])
    if (c !== undefined && c.type === 'company' && c.name !== buyer.name) return c;
  // "LVMH aurait jeté son dévolu sur X. LVMH aurait proposé de racheter 70 % du capital": the buyer was the last
  // subject; the company most in view besides it is the one bought.
  return state.salience === undefined
    ? undefined
    : mostSalient(state.salience, (m) => m.type === 'company' && m.name !== buyer.name);
}
