import type { SentenceContext, Span } from '../sentence-context.ts';

/**
 * « Le site dispose déjà de la certification FSSC 22000 », "the plant already holds ISO 14001": a
 * label the holder already holds is background to the story, not the news of obtaining it. « Dans notre édition
 * du 14 mars, nous indiquions que X avait obtenu … », "as we reported last month": the outlet recalls its own
 * earlier report. Neither is a certification this article tells.
 */
const ALREADY = /\b(?:deja|already)\b/u;
/** « avait déjà obtenu en janvier », "had already won": an obtaining told with its time is still an event. */
const OBTAINED = /\b(?:obtenu|decroche|recu|obtained|received|achieved|earned|won|gained|secured)\b/u;
const OWN_EARLIER_REPORT =
  /\b(?:nous (?:indiquions|ecrivions|annoncions|revelions|rapportions|evoquions|signalions|expliquions)|(?:comme|ainsi que) nous (?:l'|le )?(?:avions|indiquions|ecrivions|annoncions|revelions) (?:\w+ )?|as (?:we|this newspaper|this paper) (?:reported|wrote|revealed|noted|disclosed)|we (?:reported|wrote|revealed) (?:last|earlier|on|in)\b)/u;

export function heldBefore(
  ctx: SentenceContext,
  clause: Span,
  trigger: Span,
  label: Span,
  holding: boolean,
): boolean {
  const from = Math.max(clause.start, Math.min(trigger.start, label.start) - 30);
  const to = Math.max(trigger.end, label.start);
  const words = ctx.folded.slice(from, to);
  // Only a verb of holding ("dispose déjà", "already holds"): « les acteurs déjà qualifiés SecNumCloud, comme X
  // et Y » names holders the story counts as news of the market.
  if (holding && ALREADY.test(words) && !OBTAINED.test(words)) return true;
  return OWN_EARLIER_REPORT.test(ctx.folded.slice(0, Math.min(trigger.start, label.start)));
}
