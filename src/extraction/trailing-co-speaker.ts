import type { PartyMention } from './find-parties.ts';

/**
 * « Talvène n'a pas répondu à nos sollicitations, pas plus que Rhodanie Capital », "Siemens declined to
 * comment, as did Corrand": a second company tagged after the first one's statement says the same thing.
 * The tag follows the cue's own clause (no comma before it) and names the company right away, or its
 * management ("pas plus que la direction de X").
 */
const CO_SPEAKER_TAG =
  /^[^,.;:«»"“”]{0,80},\s*(?:pas plus que|tout comme|de meme que|as did|nor did|and neither did|neither did|as had|nor had)\s+(?:(?:la direction|les dirigeants|le management|la famille|the management|the board|management|representatives|a spokes(?:man|woman|person)) (?:de |d'|du |des |of |for )?)?(?:le |la |l'|les |the )?$/u;

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
