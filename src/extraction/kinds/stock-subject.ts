import type { ArticleState } from '../article-state.ts';
import type { PartyMention } from '../find-parties.ts';
import type { SentenceContext } from '../sentence-context.ts';

/**
 * Whose stock a possessive or bare stock word is when the sentence names another company first: "It signed a
 * deal with Accor, and its shares rose" is the pronoun's company; « X a démenti toute discussion avec Siemens, et
 * le titre a reculé » is the denying company's, not the other side of the talks.
 */

/** "discussions avec X", "a deal with X": a company named as the other side of talks or a deal. */
const COUNTERPART_BEFORE =
  /\b(?:avec|with|aupres de|alongside)\s+(?:l'|le |la |les |the )?(?:[\w-]+ ){0,2}$/u;

export const namedAsCounterpart = (folded: string, p: PartyMention) =>
  COUNTERPART_BEFORE.test(folded.slice(Math.max(0, p.start - 30), p.start));

/** A sentence opening on a subject pronoun or bare company noun: "It signed …", « Le groupe a signé … ». */
const PRONOUN_SUBJECT =
  /^(?:[^,;]{1,30},\s*)?(?:it|il|elle|le groupe|la societe|l'entreprise|the (?:group|company|firm))\s+(?!y\b|est\b|is\b|was\b|s'agit\b|faut\b)/u;

/**
 * The company a sentence's opening subject pronoun stands for (the previous sentence's subject, else the
 * topic), when the pronoun comes before every name the sentence tells.
 */
export function pronounReferent(
  ctx: SentenceContext,
  state: ArticleState,
  lead: PartyMention | undefined,
): PartyMention | undefined {
  const m = PRONOUN_SUBJECT.exec(ctx.folded);
  if (m === null || (lead !== undefined && lead.start < m[0].length)) return undefined;
  const referent = state.previousSubject ?? state.topic;
  return referent?.type === 'company' ? referent : undefined;
}

/** ", dont l'action avait bondi de", ", whose shares jumped": a relative clause on the stock, open up to the figure. */
const RELATIVE_STOCK =
  /^\s*,\s*(?:dont (?:l'action|le titre|les actions|les titres|le cours(?: de bourse)?)|whose (?:shares|stock|share price))\b[^,;]*$/u;

/**
 * « L'éditeur a démenti tout rachat de Studio Lanterneau, dont l'action avait bondi de 18,4 % », "denied any plan
 * to buy Polmarin, whose shares jumped 18%": the stock of a relative clause is its antecedent's, however many
 * companies the main clause named before it.
 */
export function relativeStockOwner(ctx: SentenceContext, percentAt: number): PartyMention | undefined {
  // The relative pronoun opens a clause of its own: its antecedent stands before the clause the figure is in.
  return ctx.parties.findLast(
    (p) =>
      p.type === 'company' && p.end <= percentAt && RELATIVE_STOCK.test(ctx.folded.slice(p.end, percentAt)),
  );
}
