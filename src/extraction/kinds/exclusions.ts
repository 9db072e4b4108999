import type { PartyMention } from '../find-parties.ts';
import { firstCue } from '../rules/rule-set.ts';
import type { SentenceContext, Span } from '../sentence-context.ts';

/** Parties the sentence names as NOT part of the deal ("sans Orange", "Airbus ne fait pas partie"). */
export function excludedParties(
  ctx: SentenceContext,
  clause: Span,
  parties: readonly PartyMention[],
): Set<PartyMention> {
  const out = new Set<PartyMention>();
  const { exclusion } = ctx.rules;
  for (const p of parties) {
    // The cues are anchored next to the name and a few words long: a bounded window is enough.
    const before = ctx.folded.slice(Math.max(clause.start, p.start - 80), p.start);
    // "Havas, qui avait approché Quantelle l'an dernier, ne participe pas au projet": the name heading an
    // inserted clause is excluded by the verb after it, even for what the inserted clause tells.
    const heads = ctx.inserted.find((a) => a.clause.start === p.start);
    const end = heads === undefined ? clause.end : Math.max(clause.end, outerEnd(ctx, p.start));
    const after = ctx.folded.slice(p.end, Math.min(end, p.end + 200));
    if (
      firstCue(exclusion.after, before, ctx.folded) !== undefined ||
      firstCue(exclusion.before, after, ctx.folded) !== undefined
    )
      out.add(p);
  }
  return out;
}

function outerEnd(ctx: SentenceContext, pos: number): number {
  return ctx.clauses.find((c) => pos >= c.start && pos < c.end)?.end ?? ctx.folded.length;
}
