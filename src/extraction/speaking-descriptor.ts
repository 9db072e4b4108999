import { excludedParties } from './kinds/exclusions.ts';
import type { SentenceContext } from './sentence-context.ts';

/** A descriptor tagging a speech verb: "the Finnish group said", "le groupe industriel a annoncé". */
export const SPEECH_AFTER =
  /^(?: [a-z-]+){0,2}? (?:said|says|added|told|announced|confirmed|explained|a (?:indique|precise|annonce|declare|explique|confirme|ajoute)|indique|precise|ajoute)\b/u;
/**
 * Where a closing tag or a clause explaining the sentence opens: ", the group said", "after the insurer said",
 * '…," a spokesman for the Rome-based defence group said'.
 */
const TAG_SLOT = /(?:,\s*|\b(?:after|as|following|when|apres que|apres qu'|alors que|lorsque|des que)\s+)$/u;
/** Right after a quote's opening mark, at the sentence's start. */
const QUOTE_OPENS = /^\s*[«"“]\s*$/u;
/**
 * '"…," a spokesman for the Italian defence group said': an officer's tag after a quote. The quote may name only
 * what it denies: its nationality, its trade or the quote's own subject tells which company speaks.
 */
const OFFICER_TAG_SLOT = /[,"”»]\s*(?:an? )?(?:spokes(?:man|woman|person)|representative) (?:for|of|at) $/u;

export interface SpeakingDescriptor {
  start: number;
  end: number;
  /** "the French utility": the country the descriptor names, or "FR" for a French region's adjective. */
  from?: string;
}

/**
 * "Engie has agreed to buy 60% of Castelvent, …, the French utility confirmed", "Aviva was among the top
 * risers, up 2.6%, after the insurer said it had agreed to acquire …", "Norsk Hydro bucked the trend, rising
 * 3.1%, after the aluminium maker said its smelter …": a descriptor that speaks, closing or explaining a
 * sentence that named companies before it, is one of them — the one its nationality fits (else the only
 * company named, or none), or with no nationality the one its trade fits, else the sentence's own subject. Not a company
 * only earlier sentences named, nor the object of the sentence's deal (which the fallbacks for an object's
 * descriptor would pick). An officer's tag after a quote ('…," a spokesman for the Paris-based group said')
 * is the company of its nationality or trade, else the one opening the quote, never a name the quote denies.
 */
export function speakerNamedBefore(
  ctx: SentenceContext,
  d: SpeakingDescriptor,
  accept: (name: string) => boolean,
  byTrade: (names: readonly string[]) => string | undefined,
): string | undefined {
  if (!SPEECH_AFTER.test(ctx.folded.slice(d.end, d.end + 40))) return undefined;
  const before = ctx.folded.slice(Math.max(0, d.start - 24), d.start);
  const officer = OFFICER_TAG_SLOT.test(before);
  if (!TAG_SLOT.test(before) && !officer) return undefined;
  const named = ctx.parties.filter((p) => p.type === 'company' && p.end <= d.start);
  const outside = excludedParties(ctx, { start: 0, end: ctx.folded.length }, named);
  const names = [...new Set(named.filter((p) => !outside.has(p)).map((p) => p.name))].filter(accept);
  if (names.length === 0) return undefined;
  // "Orange has signed with Nokia, the Finnish group said": only a company known to be of that country.
  if (d.from !== undefined) {
    const home = names.filter((n) => ctx.registry.get(n)?.country === d.from);
    return home.length === 1 ? home[0] : names.length === 1 && !officer ? names[0] : undefined;
  }
  // '"Leonardo has not made any offer for Pennarval," a spokesman for the Rome-based group said': the
  // company opening the quote speaks of itself; '"We are not in talks with Apple," a spokesperson for …' names
  // only what it denies.
  const opening = officer ? named.find((p) => QUOTE_OPENS.test(ctx.folded.slice(0, p.start))) : undefined;
  return byTrade(names) ?? (officer ? names.find((n) => n === opening?.name) : names[0]);
}
