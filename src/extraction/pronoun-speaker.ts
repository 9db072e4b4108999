import type { ArticleState } from './article-state.ts';
import type { PartyMention } from './find-parties.ts';
import { PRONOUN_REACH } from './quoted-first-person.ts';
import type { SentenceContext } from './sentence-context.ts';

/** The sentence opens on a person's pronoun, the subject of the cue: "He declined to comment", « Elle n'a pas … ». */
const PRONOUN_SUBJECT =
  /^[\s«"“]*(?:he|she|il|elle)\s+(?:(?:again|also|however|then|later|aussi|encore|toutefois|cependant)\s+)?$/u;

/**
 * "… chief executive Maarten Sluijsmans told The Wafer. He declined to comment on whether any other company had
 * approached Dommel": the "he" of a statement is the officer the article named just before, speaking for their
 * company, as '," he said' is (quoted-first-person.ts). Undefined when no officer was named within reach.
 */
export function pronounSpeaker(
  ctx: SentenceContext,
  state: ArticleState,
  cue: { index: number },
): PartyMention | undefined {
  const officer = state.lastOfficer;
  if (officer === undefined || ctx.index - officer.sentence > PRONOUN_REACH) return undefined;
  if (!PRONOUN_SUBJECT.test(ctx.folded.slice(0, cue.index))) return undefined;
  return { name: officer.company, type: 'company', known: true, start: cue.index, end: cue.index };
}
