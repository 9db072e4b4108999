import type { PartyMention } from '../find-parties.ts';
import { matchAll } from '../rules/rule-set.ts';
import type { SentenceContext, Span } from '../sentence-context.ts';
import { shapedLabel } from './shaped-label.ts';

/**
 * "certified to ISO 9001 (quality management), ISO 14001 (…) and ISO 45001 (…)", « a obtenu la certification
 * BREEAM au niveau « Excellent », délivrée par le BRE, ainsi que la certification HQE … »: labels listed after the
 * one a verb governs are obtained with it, each a certification of its own for the same holder.
 */

/**
 * Between two listed labels: the first one's gloss in brackets, its level, its issuer, then a comma or a
 * conjunction and the noun of the next one.
 */
const LISTED_LABEL =
  /^(?:\s*\([^()]{1,60}\))?(?:\s(?:au niveau|de niveau|at|at the|level)\s(?:[«"“]\s*)?[\w-]+(?:\s*[»"”])?)?(?:\s*,\s*(?:delivree?s?|decernee?s?|attribuee?s?|octroyee?s?|issued|awarded|granted)\s(?:par|by)\s(?:l'|le |la |les |the )?[^,;()]{1,40}?)?\s*(?:,|,?\s(?:and|et|ainsi que|as well as|plus))\s(?:(?:la|le|l'|les|the|its|sa|son|ses|an?|une?)\s?)?(?:(?:(?:\w+\s)?certification|label|qualification|certificat|certificate|accreditation|norme|standard)s?\s)?$/u;

/** The labels listed after `first` in `clause`, each starting where the one before it ends. */
export function coordinatedLabels(
  ctx: SentenceContext,
  clause: Span,
  first: Span,
): (Span & { name: string })[] {
  const listed: (Span & { name: string })[] = [];
  const others = ctx.parties.filter((p) => p.type !== 'label');
  let last: Span = first;
  while (listed.length < 5) {
    const known = ctx.parties.find(
      (p: PartyMention) => p.type === 'label' && p.start >= last.end && p.end <= clause.end,
    );
    const shaped = shapedLabel(ctx.sentence.text, ctx.folded, { start: last.end, end: clause.end }, others);
    const code = matchAll(ctx.rules.certification.labels, ctx.folded, last.end, clause.end)[0];
    const next = [
      ...(known === undefined ? [] : [{ name: known.name, start: known.start, end: known.end }]),
      ...(shaped === undefined ? [] : [shaped]),
      ...(code === undefined
        ? []
        : [{ name: ctx.sentence.text.slice(code.index, code.end), start: code.index, end: code.end }]),
    ].sort((a, b) => a.start - b.start || b.end - a.end)[0];
    if (next === undefined || next.start < last.end) break;
    if (!LISTED_LABEL.test(ctx.folded.slice(last.end, next.start))) break;
    listed.push(next);
    last = next;
  }
  return listed;
}
