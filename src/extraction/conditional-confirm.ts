/**
 * A confirmation the sentence only sets as a condition or looks forward to: "If it is confirmed, the deal would be
 * …", "the venture, if confirmed, could add …", "28 days to make a firm offer once Sunmead confirms talks", « si
 * Thales confirme l'offre ». Nobody has confirmed anything: it is no statement, and the story stays where it was.
 * A past active verb after the conjunction ("once Korvel confirmed the deal, shares rose") tells a confirmation
 * made, and stays one.
 */

/** The condition opening the cue's clause, at most six words before it, no punctuation between. */
const CONDITION_BEFORE =
  /\b(?:if|once|unless|until|when|whenever|si|s'|lorsque|lorsqu'|quand|une fois que|une fois qu'|des que|des qu')\s*(?:[\p{L}\p{N}'&-]+\s+){0,6}$/u;
/** Right before the cue: the conjunction itself ("if confirmed") or a present passive ("if it is confirmed"). */
const OPEN_BEFORE =
  /(?:\b(?:if|once|unless|until|when|si|une fois)|\b(?:is|are|be|gets|get|est|sont|soit|soient)(?:\s+\w+)?)\s+$/u;
/** The cue in the present or future tense: "confirms", « confirme », « confirmera ». */
const OPEN_CUE = /^(?:confirms|confirm|confirme|confirment|confirmera|confirmeront)$/u;

/** Whether the cue at [index, end) of the folded sentence is a confirmation set as a condition. */
export function conditionalConfirm(folded: string, index: number, end: number): boolean {
  const before = folded.slice(Math.max(0, index - 60), index);
  if (!CONDITION_BEFORE.test(before)) return false;
  return OPEN_CUE.test(folded.slice(index, end)) || OPEN_BEFORE.test(before);
}
