import type { PartyMention } from './find-parties.ts';
import { firstCue } from './rules/rule-set.ts';
import type { SentenceContext } from './sentence-context.ts';

/**
 * The exclusion cues that name a commentator's employer: « Marion Roux, analyste chez Pellbury », "an analyst at
 * Corrib Securities". Other exclusions ("sans Orange", "not part of the deal") keep their weight in the story.
 */
const COMMENTATOR_CUES: ReadonlySet<string> = new Set(['analyst-at', 'analyste-chez']);

/**
 * The companies a sentence names only as the employer of an outside commentator (an analyst, a broker, an
 * economist). The firm comments on the story, it is not in it: what "the company" or an untagged quote of the
 * next sentence stands for is still the story's company, never the analyst's house.
 */
export function commentatorFirms(ctx: SentenceContext, parties: readonly PartyMention[]): Set<string> {
  const out = new Set<string>();
  for (const p of parties) {
    const before = ctx.folded.slice(Math.max(0, p.start - 80), p.start);
    const cue = firstCue(ctx.rules.exclusion.after, before, ctx.folded);
    if (cue !== undefined && COMMENTATOR_CUES.has(cue.id)) out.add(p.name);
  }
  return out;
}
