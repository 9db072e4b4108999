import type { PartyMention } from './find-parties.ts';
import type { SentenceContext } from './sentence-context.ts';

const UNIT_NOUN =
  '(?:division|unit|subsidiary|arm|business|fund|vehicle|brand|product|platform|filiale|branche|pole|activite|fonds|vehicule|marque|produit|plateforme|offre)';
/**
 * "its Moselbridge Climate Transition Fund", "sa division Trivelle Fleet", "its cloud subsidiary, Zennor
 * Cloud": a name the possessive makes another's; "la maison mère de Sorvigny Santé", "the parent of
 * Cragmoor Bank": a name whose owner the sentence names.
 */
const OWNED_BEFORE = new RegExp(
  `(?:\\b(?:its|their|sa|son|ses|leur|leurs)\\s+(?:(?:[\\w'-]+\\s+){0,3}${UNIT_NOUN}s?\\s*,?\\s+)?|\\b(?:(?:maison|societe) mere|proprietaire|actionnaire (?:unique|majoritaire)|(?:parent|holding) (?:company|group)|parent|owner) (?:de |d'|du |of ))[«"“]?$`,
  'u',
);
/** "Trivelle Fleet, the fleet software division of Trivelle Software": an apposition naming the owner. */
const OWNED_AFTER = new RegExp(
  `^\\s*,\\s*(?:the|a|an|la|le|l'|une?|its|sa|son)\\s*(?:[\\w'-]+\\s+){0,4}${UNIT_NOUN}s?\\s+(?:of|de|du|d')`,
  'u',
);

/** "Eastbury Vision, the inspection software sold by Eastbury": an apposition naming its maker. */
const MADE_BY_AFTER =
  /^\s*,\s*(?:the|a|an|la|le|l'|une?)\s*(?:[\w'-]+\s+){0,4}?(?:sold|made|developed|built|run|operated|marketed|published|designed|vendu|commercialise|developpe|edite|concu|exploite)e?s?\s+(?:by|par)\s/u;

/**
 * « la marque de prêt-à-porter », "a brand of biscuits": a bare lowercase noun after "de"/"of" is the
 * unit's trade, not its owner; an owner is a name or a determined noun ("de Kering", "of the group").
 */
const TRADE_COMPLEMENT =
  /^\s*(?!(?:the|its|their|a|an|le|la|les|l|un|une|son|sa|ses|leur|leurs|ce|cet|cette)\b)\p{Ll}/u;

function ownerApposed(ctx: SentenceContext, end: number, after: string): boolean {
  const m = OWNED_AFTER.exec(after);
  return (
    m !== null && !TRADE_COMPLEMENT.test(ctx.sentence.text.slice(end + m[0].length, end + m[0].length + 12))
  );
}

/** Words one of the patterns before a name needs: most names have none of them before them. */
const OWNER_WORDS = [
  'its ',
  'their ',
  'sa ',
  'son ',
  'ses ',
  'leur',
  'mere ',
  'parent',
  'owner',
  'proprietaire',
  'actionnaire',
  'holding',
];
const COMMA_NEXT = /^\s*,/u;

/** Unknown names, and capitalised names no position made organisations, shown as another's unit or product. */
export function ownedNamesIn(ctx: SentenceContext): string[] {
  const out: string[] = [];
  const named = (ctx.parties as readonly PartyMention[]).filter((p) => !p.known && p.type === 'company');
  for (const p of [...named, ...ctx.candidates]) {
    const before = ctx.folded.slice(Math.max(0, p.start - 60), p.start);
    const after = ctx.folded.slice(p.end, p.end + 80);
    if (
      (OWNER_WORDS.some((w) => before.includes(w)) && OWNED_BEFORE.test(before)) ||
      (COMMA_NEXT.test(after) && (ownerApposed(ctx, p.end, after) || MADE_BY_AFTER.test(after)))
    )
      out.push(p.name);
  }
  return out;
}
