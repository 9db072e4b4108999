import type { Draft } from './draft.ts';
import { firstCue } from './rules/rule-set.ts';
import { clauseAt, type SentenceContext } from './sentence-context.ts';
import { findPercents } from './values/parse-percent.ts';

/** "fell 4.6% on Monday, not 6.4%", "de 4,6 % lundi, et non de 6,4 %": the figure given as the right one. */
const RIGHT_FIGURE =
  /^[^,;.]{0,20},?\s*(?:not|and not|rather than|instead of|et non|non pas|et pas|au lieu de)\b/u;

/** A share move's figure told outside the retracting clause, or set against the wrong one: the correction. */
function correctedMove(ctx: SentenceContext, d: Draft, cueAt: number): boolean {
  if (d.claim.kind !== 'share_move') return false;
  const retracting = clauseAt(ctx, cueAt);
  const percent = d.claim.percent;
  return findPercents(ctx.folded).some(
    (p) =>
      p.value === percent &&
      (p.index < retracting.start ||
        p.index >= retracting.end ||
        RIGHT_FIGURE.test(ctx.folded.slice(p.end, p.end + 60))),
  );
}

/**
 * "An earlier version of this article said that Leonardo had bid", "une première version de cet
 * article attribuait le rachat à MMA": what a correction note says an earlier version told is no
 * claim of the article. It is kept open (a rumour) so that a party's denial can settle it, and is
 * dropped at the article level when nothing does.
 */
export function markRetracted(ctx: SentenceContext, drafts: Draft[]): void {
  if (drafts.length === 0 || ctx.rules.status.retracted.length === 0) return;
  const cue = firstCue(ctx.rules.status.retracted, ctx.statusText);
  if (cue === undefined) return;
  for (const d of drafts) {
    if (correctedMove(ctx, d, cue.index)) continue;
    d.retracted = true;
    d.explicit = false;
    d.claim.status = 'rumour';
    d.cues.push(`retracted:${cue.id}`);
  }
}

/** Retracted claims that no party's denial or confirmation settled are dropped. */
export function withoutRetracted(drafts: Draft[]): Draft[] {
  return drafts.filter((d) => !d.retracted || d.claim.status !== 'rumour');
}
