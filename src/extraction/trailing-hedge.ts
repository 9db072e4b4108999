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
 * « un contrat de sept ans dont le montant n'a pas été communiqué mais que plusieurs sources évaluent à 140
 * millions d'euros », "a deal that people familiar with it valued at about $2bn": sources who only put a figure
 * on a deal hedge the figure, not the deal (other hedges of the deal still count). From the hedge to the
 * figure, a few words.
 */
const FIGURE_ESTIMATE =
  /^[^,;.]{0,50}?\b(?:evaluen?t?|estimen?t?|chiffren?t?|valorisen?t?|estimated?|estimates?|valued?|values|puts?|pegged|pegs?)\b[^,;.]{0,25}?\b(?:a|at|to)\s+(?:(?:environ|pres de|quelque|plus de|about|around|roughly|some|more than|nearly)\s+)?[\d€$£]/u;

/** The hedges left once those that only estimate a deal's figure are set aside. */
function withoutFigureEstimates<T extends { id: string; index: number }>(
  text: string,
  scope: Span,
  hedges: readonly T[],
): readonly T[] {
  const kept = hedges.filter(
    (h) => !FIGURE_ESTIMATE.test(text.slice(h.index, Math.min(scope.end, h.index + 120))),
  );
  return kept.length === hedges.length ? hedges : kept;
}

/**
 * The hedges of `scope` that reach the deal: a modal that only occurs in a trailing comment after a deal
 * told as made is dropped, and so is a source that only estimates the deal's figure. Any hedge before
 * the comment keeps them all ("could sign …, a deal that …").
 */
export function hedgesOfDeal<T extends { id: string; index: number }>(
  text: string,
  scope: Span,
  all: readonly T[],
): readonly T[] {
  const hedges = all.length === 0 ? all : withoutFigureEstimates(text, scope, all);
  if (hedges.length === 0 || !hedges.every((h) => MODAL_CUES.has(h.id))) return hedges;
  const comment = TRAILING_COMMENT.exec(text.slice(scope.start, scope.end));
  if (comment === null) return hedges;
  const at = scope.start + comment.index;
  if (hedges.some((h) => h.index < at)) return hedges;
  if (!MADE.test(text.slice(scope.start, at))) return hedges;
  if (ANOTHER_DEAL.test(text.slice(at + comment[0].length, scope.end))) return hedges;
  return [];
}
