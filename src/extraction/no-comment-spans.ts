import { type CueMatch, matchAll } from './rules/rule-set.ts';
import type { SentenceContext } from './sentence-context.ts';

/**
 * Whether a deny or confirm cue sits inside a no-comment phrase ("n'a ni confirmé ni démenti",
 * "neither confirmed nor denied"): such a phrase takes no side, so the cue inside it is no stance.
 */
export function insideNoComment(ctx: SentenceContext, cue: Pick<CueMatch, 'index' | 'end'>): boolean {
  return matchAll(ctx.rules.statement.no_comment, ctx.statusText).some(
    (n) => n.index <= cue.index && n.end >= cue.end,
  );
}
