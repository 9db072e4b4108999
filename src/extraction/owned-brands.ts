import type { PartyMention } from './find-parties.ts';
import type { SentenceContext } from './sentence-context.ts';

/** Nouns of the outlets a company runs under a banner: shops, chains, hotels, brands. */
const OUTLETS =
  '(?:magasins?|enseignes?|marques?|boutiques?|supermarches|hypermarches|superettes|points de vente|restaurants?|hotels?|agences?|stores?|brands?|shops?|outlets?|supermarkets?|hypermarkets?|banners?|chains?)';
/** "dans ses magasins Carrefour City", "its Tesco Express stores": a possessive, then the banner. */
const BANNER_AFTER = new RegExp(
  `\\b(?:ses|sa|son|leurs?|its|their) (?:[a-z-]+ ){0,2}${OUTLETS} [«"“]?$`,
  'u',
);
const POSSESSIVE_BEFORE = /\b(?:its|their) $/u;
const OUTLETS_AFTER = new RegExp(`^ ${OUTLETS}\\b`, 'u');

/**
 * "les commandes passées dans ses magasins Carrefour City", "in its Tesco Express stores": a banner
 * the subject owns names no party of the sentence's deal. Its name and the words of it the registry
 * split ("Carrefour" + "City") are dropped.
 */
export function withoutOwnedBanners(ctx: SentenceContext): PartyMention[] {
  if (!/\b(?:ses|sa|son|leurs?|its|their) /u.test(ctx.folded)) return ctx.parties;
  const dropped = new Set<PartyMention>();
  const sorted = [...ctx.parties].sort((a, b) => a.start - b.start);
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i] as PartyMention;
    const before = ctx.folded.slice(Math.max(0, p.start - 60), p.start);
    let run = [p];
    for (let j = i + 1; j < sorted.length; j++) {
      const q = sorted[j] as PartyMention;
      const last = run.at(-1) as PartyMention;
      if (!/^ ?$/u.test(ctx.folded.slice(last.end, q.start))) break;
      run = [...run, q];
    }
    const end = (run.at(-1) as PartyMention).end;
    if (
      BANNER_AFTER.test(before) ||
      (POSSESSIVE_BEFORE.test(before) && OUTLETS_AFTER.test(ctx.folded.slice(end, end + 30)))
    ) {
      for (const q of run) dropped.add(q);
      i += run.length - 1;
    }
  }
  return dropped.size === 0 ? ctx.parties : ctx.parties.filter((p) => !dropped.has(p));
}
