import type { Span } from './sentence-context.ts';

/**
 * ", a deal that showed how its software could reach …", ", in a deal both sides said could add 200 jobs",
 * ", which could close by March", « …, un accord qui pourrait créer 200 emplois »: a trailing clause that
 * comments on the deal the sentence has just told as signed. Its modal is about the deal's effects or its
 * closing, not about whether the deal was made, so it does not make the deal a rumour.
 */
const TRAILING_COMMENT =
  /,\s+(?:(?:in )?an? (?:[\w-]+ )?(?:deal|agreement|partnership|contract|transaction|tie-up|alliance|move|step)(?: (?:that|which)\b| (?:both|the two) (?:sides|companies|partners|groups|firms) (?:said|say)\b)|which\b|ce qui\b|une? (?:[\w-]+ )?(?:accord|contrat|partenariat|alliance|operation|transaction)(?: [\w-]+)? (?:qui|dont)\b)/u;

/** A deal told as made, before the comment: "signed", "has agreed", « a signé », « avons conclu ». */
const MADE =
  /(?<!\b(?:to|be|been|being|not|never|could|would|might|may|will|should|must|if) )\b(?:signed|agreed|struck|sealed|completed|closed|concluded|finali[sz]ed|bought|acquired)\b|\b(?:a|ont|avons|ai|avait|avaient|avez) (?:[\w'-]+ ){0,4}?(?:signe|conclu|noue|scelle|finalise|boucle|rachete|acquis|paraphe)\b/u;

/**
 * « …, ce qui pourrait déboucher sur un rachat », ", which could lead to a takeover": a comment that tells
 * another deal to come hedges that deal, which may be the claim read here.
 */
const ANOTHER_DEAL =
  /\b(?:rachat|rachet\w*|acqui\w*|fusion\w*|offre|opa|prise de (?:participation|controle)|entree au capital|takeover|take over|merger|merge|bid|offer|stake|buy|buyout|joint venture|coentreprise)\b/u;

/** Modals and the conditional: what a trailing comment may hedge without touching the deal. */
const MODAL_CUES = new Set(['could', 'would', 'conditional', 'pourrait']);

/**
 * The hedges of `scope` that reach the deal: a modal that only occurs in a trailing comment after a deal
 * told as made is dropped. Any hedge before the comment keeps them all ("could sign …, a deal that …").
 */
export function hedgesOfDeal<T extends { id: string; index: number }>(
  text: string,
  scope: Span,
  hedges: readonly T[],
): readonly T[] {
  if (hedges.length === 0 || !hedges.every((h) => MODAL_CUES.has(h.id))) return hedges;
  const comment = TRAILING_COMMENT.exec(text.slice(scope.start, scope.end));
  if (comment === null) return hedges;
  const at = scope.start + comment.index;
  if (hedges.some((h) => h.index < at)) return hedges;
  if (!MADE.test(text.slice(scope.start, at))) return hedges;
  if (ANOTHER_DEAL.test(text.slice(at + comment[0].length, scope.end))) return hedges;
  return [];
}
