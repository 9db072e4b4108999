import type { PartyMention } from './find-parties.ts';

/**
 * « Talvène n'a pas répondu à nos sollicitations, pas plus que Rhodanie Capital », "Siemens declined to
 * comment, as did Corrand": a second company tagged after the first one's statement says the same thing.
 * The tag follows the cue's own clause (no comma before it) and names the company right away, or its
 * management ("pas plus que la direction de X").
 */
const CO_SPEAKER_WORDS =
  'pas plus que|tout comme|de meme que|as did|nor did|and neither did|neither did|as had|nor had';
const CO_SPEAKER_TAG = new RegExp(
  `^[^,.;:«»"“”]{0,80},\\s*(?:${CO_SPEAKER_WORDS})\\s+(?:(?:la direction|les dirigeants|le management|la famille|the management|the board|management|representatives|a spokes(?:man|woman|person)) (?:de |d'|du |des |of |for )?)?(?:le |la |l'|les |the )?$`,
  'u',
);
/** Right before a name: the co-speaker tag alone ("…, tout comme ", "…, as did "). */
const CO_SPEAKER_BEFORE = new RegExp(`,\\s*(?:${CO_SPEAKER_WORDS})\\s+(?:le |la |l'|les |the )?$`, 'u');

/**
 * Whether folded text ends on a co-speaker tag: the capitalised words after it name a second company saying the
 * same as the first ("…, tout comme Ekundayo Ports à Lagos"), whatever marks they bear.
 */
export function coSpeakerTagBefore(folded: string): boolean {
  return CO_SPEAKER_BEFORE.test(folded);
}

/** The company a co-speaker tag right after the cue names, if any. */
export function trailingCoSpeaker(
  folded: string,
  list: readonly PartyMention[],
  cueEnd: number,
): PartyMention | undefined {
  const next = list.find((p) => p.start >= cueEnd);
  if (next === undefined || next.type !== 'company') return undefined;
  return CO_SPEAKER_TAG.test(folded.slice(cueEnd, next.start)) ? next : undefined;
}
