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
