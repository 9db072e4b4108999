import { foldText } from '../entities/fold-text.ts';
import type { Draft } from './draft.ts';

/** "would not comment further", "declined to elaborate further", « n'a pas souhaité en dire plus ». */
const FURTHER =
  /\b(?:comment|elaborate|say|go) (?:any )?further\b|\bfurther comment\b|\ben dire (?:plus|davantage)\b|\bcommenter davantage\b|\bde commentaire supplementaire\b/u;

/**
 * "The Board of X notes the recent press speculation …. The Board confirms that X has not received any approach":
 * the takeover-code acknowledgement only frames what the speaker then says; its denial or confirmation anywhere in
 * the article is its statement (within one sentence, find-statements.ts already lets the denial win).
 */
const ACKNOWLEDGING_CUE = 'no_comment:aware-of-speculation';

/**
 * '"There is no joint venture project," a spokeswoman said. She added that the carmaker "works with many
 * suppliers" and would not comment further': a speaker who has denied or confirmed, then will say no more, keeps
 * the stance of the earlier sentence; the silence "further" adds no statement of its own. A no-comment of another
 * speaker, or a first silence ("declined to comment further" with nothing said before), stays.
 */
export function withoutFurtherSilences(drafts: Draft[]): Draft[] {
  const spoke = drafts.filter((d) => d.claim.kind === 'statement' && d.claim.stance !== 'no_comment');
  if (spoke.length === 0) return drafts;
  return drafts.filter((d) => {
    if (d.claim.kind !== 'statement' || d.claim.stance !== 'no_comment') return true;
    const speaker = d.claim.parties[0];
    if (d.cues.includes(ACKNOWLEDGING_CUE) && spoke.some((s) => s.claim.parties[0] === speaker)) return false;
    if (!spoke.some((s) => s.sentence < d.sentence && s.claim.parties[0] === speaker)) return true;
    return !FURTHER.test(foldText(d.claim.evidence.text));
  });
}
