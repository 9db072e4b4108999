import { html, type SafeHtml } from '../html.ts';

export interface Span {
  claimId: number;
  start: number;
  end: number;
}

/**
 * Where each claim's evidence stands in the text: its offsets when they hold the evidence, else the first
 * place the sentence occurs (offsets from an older extraction), else nowhere (the claim is listed only).
 */
export function locateEvidence(
  text: string,
  claim: { id: number; evidence: { text: string; start: number; end: number } },
): Span | undefined {
  const { start, end } = claim.evidence;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end) {
    if (text.slice(start, end) === claim.evidence.text) return { claimId: claim.id, start, end };
  }
  const at = claim.evidence.text ? text.indexOf(claim.evidence.text) : -1;
  return at >= 0 ? { claimId: claim.id, start: at, end: at + claim.evidence.text.length } : undefined;
}

/**
 * The text with every evidence span in a <mark>. Spans may overlap (one sentence, several claims): the text
 * is cut at every span boundary and each piece is marked with the claims covering it.
 */
export function markEvidence(text: string, spans: readonly Span[]): SafeHtml {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort(
    (a, b) => a - b,
  );
  const pieces: SafeHtml[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i] as number;
    const to = cuts[i + 1] as number;
    const piece = text.slice(from, to);
    const anchors = spans
      .filter((s) => s.start === from)
      .map((s) => html`<span id="ev-${s.claimId}"></span>`);
    const covering = spans.filter((s) => s.start <= from && s.end >= to).map((s) => s.claimId);
    pieces.push(
      covering.length > 0
        ? html`${anchors}<mark data-claims="${covering.join(' ')}" title="claim ${covering.map((id) => `#${id}`).join(', ')}">${piece}</mark>`
        : html`${anchors}${piece}`,
    );
  }
  return html`${pieces}`;
}
