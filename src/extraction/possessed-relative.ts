import type { PartyMention } from './find-parties.ts';
import type { SentenceContext } from './sentence-context.ts';

/** "Lindqvist's ammonia-ready engine, which …": a possessed noun phrase, then the relative that tells of it. */
const POSSESSED_THEN_RELATIVE =
  /^['’]s (?:(?!(?:into|in|to|of|for|with|on|at|from|by|its|their|his|her|the|a|an|and|or|but)\b)[\w-]+ ){0,4}?[\w-]+, (?:which|that)\b[^,;:]*$/u;

/**
 * "… access to Lindqvist's ammonia-ready engine, which received type approval from DNV and is due to be
 * offered from 2028": inside a relative clause on a company's product, that company holds the label or makes
 * the offer, not the subject of the main clause. `at` is where the claim's verb starts.
 */
export function possessorOfRelative(ctx: SentenceContext, at: number): PartyMention | undefined {
  // Cheap gate: the relative pronoun and a possessive must both stand before the verb.
  const lead = ctx.folded.slice(Math.max(0, at - 160), at);
  if (!lead.includes('which') && !lead.includes('that')) return undefined;
  if (!lead.includes("'s ") && !lead.includes('’s ')) return undefined;
  for (let i = ctx.parties.length - 1; i >= 0; i--) {
    const p = ctx.parties[i] as PartyMention;
    if (p.type !== 'company' || p.end > at || at - p.end > 160) continue;
    if (POSSESSED_THEN_RELATIVE.test(ctx.folded.slice(p.end, at))) return p;
  }
  return undefined;
}
