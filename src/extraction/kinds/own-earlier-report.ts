import type { SentenceContext, Span } from '../sentence-context.ts';

/**
 * « Dans notre édition du 14 mars, nous indiquions que X avait obtenu … », "as we reported last month": the
 * outlet recalls its own earlier report; the certification is no news this article tells. A label a company
 * "already holds" stays a certification: DOMAIN.md counts the seed's companies "already qualified SecNumCloud".
 */
const OWN_EARLIER_REPORT =
  /\b(?:nous (?:indiquions|ecrivions|annoncions|revelions|rapportions|evoquions|signalions|expliquions)|(?:comme|ainsi que) nous (?:l'|le )?(?:avions|indiquions|ecrivions|annoncions|revelions) (?:\w+ )?|as (?:we|this newspaper|this paper) (?:reported|wrote|revealed|noted|disclosed)|we (?:reported|wrote|revealed) (?:last|earlier|on|in)\b)/u;

export function recalledFromOwnReport(ctx: SentenceContext, trigger: Span, label: Span): boolean {
  return OWN_EARLIER_REPORT.test(ctx.folded.slice(0, Math.min(trigger.start, label.start)));
}
