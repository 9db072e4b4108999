import type { PartyMention } from './find-parties.ts';
import type { SentenceContext } from './sentence-context.ts';

const UNIT_NOUN =
  '(?:division|unit|subsidiary|arm|business|fund|vehicle|brand|product|platform|filiale|branche|pole|activite|fonds|vehicule|marque|produit|plateforme|offre)';
/** "its Moselbridge Climate Transition Fund", "sa division Trivelle Fleet": a name the possessive makes another's. */
const OWNED_BEFORE = new RegExp(
  `\\b(?:its|their|sa|son|ses|leur|leurs)\\s+(?:(?:[\\w'-]+\\s+){0,3}${UNIT_NOUN}s?\\s+)?[«"“]?$`,
  'u',
);
/** "Trivelle Fleet, the fleet software division of Trivelle Software": an apposition naming the owner. */
const OWNED_AFTER = new RegExp(
  `^\\s*,\\s*(?:the|a|an|la|le|l'|une?|its|sa|son)\\s*(?:[\\w'-]+\\s+){0,4}${UNIT_NOUN}s?\\s+(?:of|de|du|d')`,
  'u',
);

/** Unknown names the sentence shows as a unit, fund or product of another organisation. */
export function ownedNamesIn(ctx: SentenceContext): string[] {
  const out: string[] = [];
  for (const p of ctx.parties as readonly PartyMention[]) {
    if (p.known || p.type !== 'company') continue;
    const before = ctx.folded.slice(Math.max(0, p.start - 60), p.start);
    if (OWNED_BEFORE.test(before) || OWNED_AFTER.test(ctx.folded.slice(p.end, p.end + 80))) out.push(p.name);
  }
  return out;
}
