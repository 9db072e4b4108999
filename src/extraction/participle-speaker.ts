import type { PartyMention } from './find-parties.ts';
import type { SentenceContext } from './sentence-context.ts';

/**
 * "Caldmore has rejected an approach from Thirlby, confirming on Monday that it had received a proposal",
 * "Thirlby has abandoned its pursuit of Caldmore, saying that it did not intend to make an offer": a
 * participle after a comma has the main clause's subject, not the company named last (often the object).
 */

/** The cue itself opens the participle: ", confirming on Monday that …" (the confirm cue keeps its comma). */
const PARTICIPLE_CUE =
  /^,\s*(?:thereby |so |effectively |in effect )?(?:confirming|saying|adding|insisting)\b/u;
/** The participle just before the cue: ", saying on Monday evening that it did not intend …". */
const PARTICIPLE_BEFORE =
  /,\s*(?:saying|adding|insisting|stressing|stating)\s+(?:(?:late |early )?on \w+(?: (?:morning|afternoon|evening|night))?\s+)?(?:that\s+)?(?:it|they)\s+(?:(?:has|had|have|was|were|is|are)\s+)?$/u;
/**
 * "Valtaro and TAP have signed …, confirming", "…, the two companies said, confirming": both sides speak,
 * which the article does not tell as either one's own statement.
 */
const JOINT_SUBJECT = /^\s*(?:and|et|&)\s*$/u;
const JOINT_TAG =
  /\b(?:the two|both) (?:companies|groups|firms|airlines|banks|sides|partners|carmakers|insurers)\b/u;
/** Before the sentence's subject: nothing, or a short fronted phrase ("On Monday, "). */
const OPENING = /^[\s«"“]*(?:[^,;:«»"“”]{1,30},\s*)?$/u;

export function participleSubject(
  ctx: SentenceContext,
  list: readonly PartyMention[],
  cue: { index: number; end: number },
): PartyMention | undefined {
  const own = PARTICIPLE_CUE.test(ctx.folded.slice(cue.index, cue.end));
  if (!own && !PARTICIPLE_BEFORE.test(ctx.folded.slice(Math.max(0, cue.index - 80), cue.index)))
    return undefined;
  const subject = list[0];
  if (subject === undefined || subject.end > cue.index || !OPENING.test(ctx.folded.slice(0, subject.start)))
    return undefined;
  const next = list[1];
  if (next !== undefined && JOINT_SUBJECT.test(ctx.folded.slice(subject.end, next.start))) return undefined;
  if (JOINT_TAG.test(ctx.folded.slice(0, cue.index))) return undefined;
  return subject;
}
