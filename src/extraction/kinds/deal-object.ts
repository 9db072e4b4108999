/**
 * "to sell Sedaris to French supplier Forvia, saying the business was not for sale", "not in discussions to
 * acquire Cairnhill and we have no intention", "a stake in Channel Freightway, although no agreement": a name
 * a preposition or a buying verb governs, with up to three words of description between ("Dutch dairy
 * group", "a separate partner for North America"), is what a denial speaks of, never its speaker. The
 * caller's own check covers "with X" / "to X" right before the name; this one reaches past the description.
 * English only: French prepositions are handled by the caller's shorter-ranged rules.
 */
const DEAL_OBJECT_BEFORE =
  /\b(?:with|(?<!\b(?:spokes(?:man|woman|person|people)|representatives?|lawyers?|attorneys?|advis[eo]rs?|officials?|executives?|counsel|close|speaking|head|boss|chief) )(?:to|for)|from|in|into|about|acquire|acquiring|buy|buying|sell|selling)\s+((?:the |a |an |its |their |rival |fellow )?(?:[a-z][\p{L}-]*\s+){0,3})$/u;
/** "In a statement on Monday Brackley said", "in an interview Orlan said": the scene of the speech, not an object. */
const SCENE =
  /\b(?:statement|interview|filing|note|letter|release|call|conference|briefing|response|reply|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|morning|afternoon|evening|addition|turn|contrast|particular|short|fact)\b/u;

/** Whether the name starting at `start` in the folded sentence is governed as a deal's object. */
export function namedAsDealObject(folded: string, start: number): boolean {
  const m = DEAL_OBJECT_BEFORE.exec(folded.slice(Math.max(0, start - 48), start));
  return m !== null && !SCENE.test(m[1] ?? '');
}
