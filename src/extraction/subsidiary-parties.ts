import type { ArticleState } from './article-state.ts';
import type { PartyMention } from './find-parties.ts';
import type { SentenceContext } from './sentence-context.ts';

/** "the cloud arm of Iliad", "la filiale cloud d'Iliad": the words before the parent's name. */
const ARM_OF: Record<'fr' | 'en', RegExp> = {
  en: /\b(?:the|its|their) (?:[a-z-]+ ){0,4}(?:arm|unit|subsidiary|division|branch|affiliate) of (?:the )?(?:[a-z-]+ ){0,3}$/u,
  // « Velmor Capital, le bras d'investissement du Crédit Mutuel Arkéa »: an investment arm is a unit too.
  fr: /(?:\b(?:la|sa|leur) |\b(?:le|son) (?=bras\b)|,\s*)(?:filiale|branche|division|entite|bras)(?: [a-z'-]+){0,4}? (?:de |d'|du )(?:l'|la |le )?(?:[a-z-]+ ){0,3}$/u,
};
/** "Cragmoor Holdings, the parent of Cragmoor Bank": the apposition names what the subject owns. */
const PARENT_OF: Record<'fr' | 'en', RegExp> = {
  en: /\b(?:the|its) (?:[a-z-]+ ){0,2}(?:parent|owner|holding company|parent company|parent group) of (?:the )?$/u,
  fr: /\b(?:la |le |l')?(?:maison mere|societe mere|holding|proprietaire|groupe proprietaire) (?:de |d'|du )(?:l'|la |le )?$/u,
};
/** "la filiale de Bouygues", "the subsidiary of Bouygues": the descriptor with no word of its own. */
const BARE_ARM: Record<'fr' | 'en', RegExp> = {
  en: /^the (?:subsidiary|unit|affiliate) of (?:the )?$/u,
  fr: /^la filiale (?:de |d'|du )$/u,
};
/** "Iliad's cloud arm": the words after it. */
const ARM_AFTER = /^'s (?:[a-z-]+ ){0,2}(?:arm|unit|subsidiary|division|branch)\b/u;
/** "The Iliad-owned cloud provider": an owner adjective. */
const OWNED = /^-(?:owned|controlled)\b/u;
/** Between the subsidiary named and its apposition: "Scaleway, the cloud arm of …". */
const APPOSED =
  /^\s*(?:plc|ltd|inc|sa|se|ag|nv|llc|limited|corp)?\.?\s*(?:\(\s*[\p{L}\d&.-]{1,12}\s*\))?\s*,\s*$/u;

/**
 * A subsidiary told through its parent ("The cloud arm of Iliad has signed ...") is the subsidiary
 * the article names: one the registry lists under that parent, or whose name starts with the
 * parent's ("Orange Cyberdefense"). With none named, the parent stays.
 */
export function withSubsidiaries(ctx: SentenceContext, state: ArticleState): PartyMention[] {
  const arm = ARM_OF[ctx.rules.language];
  let out: PartyMention[] | undefined;
  for (const p of ctx.parties) {
    if (p.type !== 'company') continue;
    const from = Math.max(0, p.start - 60);
    const phrase =
      arm.exec(ctx.folded.slice(from, p.start)) ??
      PARENT_OF[ctx.rules.language].exec(ctx.folded.slice(from, p.start));
    const after = ctx.folded.slice(p.end, p.end + 40);
    if (phrase === null && !ARM_AFTER.test(after) && !OWNED.test(after)) continue;
    const parent = p.name;
    // "Scaleway, the cloud arm of Iliad, has obtained": the subsidiary is named right before.
    // ", filiale d'Engie": a phrase opening on its own comma leaves none between the name and it.
    const comma = phrase?.[0].startsWith(',') ? ',' : '';
    const named = ctx.parties.find(
      (q) =>
        q !== p &&
        q.end <= from + (phrase?.index ?? -1) &&
        APPOSED.test(ctx.folded.slice(q.end, from + (phrase?.index ?? 0)) + comma),
    );
    if (named !== undefined) {
      out = (out ?? ctx.parties).filter((q) => q !== p);
      continue;
    }
    const isSub = (n: string) =>
      n !== parent &&
      (ctx.registry.get(n)?.parent === parent || n.toLowerCase().startsWith(`${parent.toLowerCase()} `));
    // Named before, else anywhere in the article ("The Iliad-owned provider" in a standfirst).
    let sub = [...(state.mentioned ?? [])].reverse().find(isSub) ?? [...(state.named ?? [])].find(isSub);
    // "lorsque la filiale de Bouygues avait racheté …" in an article about TF1: a bare "the subsidiary
    // of X" varies the name of the company the article is about, when X is not that company.
    if (
      sub === undefined &&
      phrase !== null &&
      BARE_ARM[ctx.rules.language].test(phrase[0]) &&
      state.headline !== undefined &&
      state.topic?.name === state.headline.name &&
      state.headline.name !== parent &&
      !ctx.parties.some((q) => q.name === state.headline?.name)
    )
      sub = state.headline.name;
    if (sub === undefined) continue;
    out ??= [...ctx.parties];
    const present = out.some((q) => q !== p && q.name === sub);
    out = present ? out.filter((q) => q !== p) : out.map((q) => (q === p ? { ...q, name: sub } : q));
  }
  return out ?? ctx.parties;
}
