import type { SentenceContext } from './sentence-context.ts';

/** Between two names of one list: ", ", " and ", " et ", " or ", " ou ". */
const LISTED = /^\s*(?:,|and|et|or|ou|&)\s*$/u;

/**
 * "Founded in 1998 and headquartered in Vénissieux, Certivane employs …", « Implantée à Sion, Valdrome
 * emploie … »: a sentence opening on where its subject sits names the subject right after the town.
 */
const OPENING_PLACE =
  /^(?:(?:founded|established|created|set up|incorporated|fondee?s?|creee?s?) (?:in|en) \d{4},? (?:and |et )?)?(?:based|headquartered|located|installee?s?|implantee?s?|basee?s?|situee?s?|etablie?s?) (?:in|a|au|aux|en)\s[^,;:]*$/u;
/** After a subject, its verb; after a town of a list, the list goes on or the sentence ends. */
const LIST_GOES_ON = /^\s*(?:,|and\b|et\b|or\b|ou\b|&|\)|\.|;|$)/u;

/**
 * The towns of an article: the names a sentence showed as one ("installé à Saint-Priest", "the Sion-based
 * airline"), and the one-word names listed right beside such a town anywhere in it ("between Sion, Lugano
 * and …", "its Sion and Lugano flights"): a list joins names of one kind. Registry names stay what the
 * registry says.
 */
export function articleTowns(contexts: readonly SentenceContext[]): Set<string> {
  const shown = new Set<string>();
  for (const ctx of contexts) for (const name of ctx.towns) shown.add(name);
  const towns = new Set(shown);
  if (towns.size === 0) return towns;
  // One word listed right beside a town the article showed as one: "Denver, Colorado, Halyard Orbital
  // designs …" lists no company among towns.
  const town = (name: string, ctx: SentenceContext) =>
    !name.includes(' ') && ctx.registry.get(name) === undefined;
  for (const ctx of contexts) {
    const names = [...ctx.parties.filter((p) => !p.known), ...ctx.candidates].sort(
      (a, b) => a.start - b.start,
    );
    for (let n = 1; n < names.length; n++) {
      const a = names[n - 1] as { name: string; start: number; end: number };
      const b = names[n] as { name: string; start: number; end: number };
      if (!LISTED.test(ctx.folded.slice(a.end, b.start))) continue;
      if (OPENING_PLACE.test(ctx.folded.slice(0, a.start)) && !LIST_GOES_ON.test(ctx.folded.slice(b.end)))
        continue;
      if (shown.has(a.name) && town(b.name, ctx)) towns.add(b.name);
      else if (shown.has(b.name) && town(a.name, ctx)) towns.add(a.name);
    }
  }
  return towns;
}
