import type { PartyMention } from '../find-parties.ts';
import { actors, type SentenceContext } from '../sentence-context.ts';

/**
 * « Givaudan (+0,4%) et DSM-Firmenich, coté à Amsterdam (-1,1%), ont évolué en ordre dispersé », "Adyen (+2.1%)
 * and Prosus (-0.8%) swapped places": a market wrap's signed figure in brackets right after a name, or after a
 * short apposition of it, is that company's move: the bracket itself tells a listed stock, so a capitalised
 * name no verb made an organisation counts too. A bracket is a clause of its own: the name stands outside it.
 */
const BRACKET_AFTER_NAME = /^\s*(?:,[^,;()]{1,40},?\s*)?\(\s*$/u;
const BRACKET_CLOSES = /^\s*\)/u;

/** The company a bracketed signed percentage follows, if the percentage is one. */
export function bracketedMover(
  ctx: SentenceContext,
  percent: { index: number; end: number },
): PartyMention | undefined {
  const { folded } = ctx;
  if (!/^[+-]/u.test(folded.slice(percent.index, percent.end))) return undefined;
  if (!BRACKET_CLOSES.test(folded.slice(percent.end, percent.end + 4))) return undefined;
  const names: PartyMention[] = [
    ...actors(ctx, { start: 0, end: percent.index }).filter((p) => p.type === 'company'),
    ...ctx.candidates
      .filter((c) => !c.place && c.end <= percent.index)
      .map((c) => ({ name: c.name, type: 'company' as const, known: false, start: c.start, end: c.end })),
  ].sort((a, b) => a.end - b.end);
  const before = names.at(-1);
  if (before === undefined || !BRACKET_AFTER_NAME.test(folded.slice(before.end, percent.index)))
    return undefined;
  return before;
}
