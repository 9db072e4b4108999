import type { ArticleState } from './article-state.ts';
import type { PartyMention } from './find-parties.ts';
import type { SentenceContext } from './sentence-context.ts';

/** "the cloud arm of Iliad", "la filiale cloud d'Iliad": the words before the parent's name. */
const ARM_OF: Record<'fr' | 'en', RegExp> = {
  en: /\b(?:the|its|their) (?:[a-z-]+ ){0,2}(?:arm|unit|subsidiary|division|branch|affiliate) of (?:the )?$/u,
  fr: /\b(?:la|sa|leur) (?:filiale|branche|division|entite)(?: [a-z-]+){0,2} (?:de |d'|du )(?:groupe )?$/u,
};
/** "Iliad's cloud arm": the words after it. */
const ARM_AFTER = /^'s (?:[a-z-]+ ){0,2}(?:arm|unit|subsidiary|division|branch)\b/u;

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
    const before = ctx.folded.slice(Math.max(0, p.start - 60), p.start);
    if (!arm.test(before) && !ARM_AFTER.test(ctx.folded.slice(p.end, p.end + 40))) continue;
    const parent = p.name;
    const sub = [...(state.mentioned ?? [])]
      .reverse()
      .find(
        (n) =>
          n !== parent &&
          (ctx.registry.get(n)?.parent === parent || n.toLowerCase().startsWith(`${parent.toLowerCase()} `)),
      );
    if (sub === undefined) continue;
    out ??= [...ctx.parties];
    const present = out.some((q) => q !== p && q.name === sub);
    out = present ? out.filter((q) => q !== p) : out.map((q) => (q === p ? { ...q, name: sub } : q));
  }
  return out ?? ctx.parties;
}
