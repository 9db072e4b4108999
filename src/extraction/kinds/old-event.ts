import type { SentenceContext, Span } from '../sentence-context.ts';
import { findDates } from '../values/find-dates.ts';

/** A deal dated years before publication ("which bought into Kestrel in 2016") is background, not news. */
export function isOldEvent(ctx: SentenceContext, clause: Span): boolean {
  const published = ctx.published;
  if (published === undefined) return false;
  const years = findDates(ctx.folded.slice(clause.start, clause.end), ctx.rules, published).map((d) =>
    Number(d.date.slice(0, 4)),
  );
  return years.length > 0 && years.every((y) => y <= published.y - 2);
}
