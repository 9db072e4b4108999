import type { PartyMention } from './find-parties.ts';
import type { SentenceContext } from './sentence-context.ts';

/**
 * "British Airways owner IAG", "Facebook parent Meta", "Zara's owner Inditex": in English, a company's
 * name set before "owner" or "parent" and another company's name is a noun modifier that describes
 * the second (the group that owns it). The party of the sentence is the owner; the company it owns
 * is no party of the deal. Only when the owner's name follows at once: "British Airways owner IAG".
 */
const OWNER_NOUN = /^(?:['’]s?)?\s+(?:owner|parent|parent company|parent group)\s+(?:the\s+)?$/u;

export function withoutOwnedModifiers(ctx: SentenceContext): PartyMention[] {
  if (ctx.rules.language !== 'en') return ctx.parties;
  const modifiers = ctx.parties.filter((p, i) => {
    const next = ctx.parties[i + 1];
    return (
      p.type === 'company' &&
      next !== undefined &&
      next.type === 'company' &&
      next.name !== p.name &&
      OWNER_NOUN.test(ctx.folded.slice(p.end, next.start))
    );
  });
  return modifiers.length === 0 ? ctx.parties : ctx.parties.filter((p) => !modifiers.includes(p));
}
