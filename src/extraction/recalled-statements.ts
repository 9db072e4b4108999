/**
 * A denial or a confirmation the sentence only recalls as the time of an earlier event: "a week after the
 * satellite maker confirmed it was in talks", "the jump they recorded on Friday when WPP confirmed its stake",
 * "takeover talk that Infineon later denied", "trois semaines après que le groupe a démenti". The sentence
 * tells something else; the old statement is background, no statement of this article.
 */

/** "a week after it", "trois semaines après que le groupe": a time clause dated from the statement. */
const AFTER_SPAN =
  /\b(?:(?:days?|weeks?|months?|years?|a day|a week|a month|a year|shortly|only|just|soon) after|(?:jours|semaines|mois|ans|peu) apres (?:que |qu'))(?: [\w'-]+){0,6} ?$|\b(?:since|depuis (?:que|qu'))(?: ?[\w'-]+){0,5} ?$|\bapres (?:que|qu')(?: ?[\w'-]+){0,5} (?:eut|eurent|avait|avaient) ?$/u;
/** "in mid-September, when a report … was swiftly", "on Friday when WPP": a dated "when" clause. */
const DATED_WHEN =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|last (?:week|month|year)|earlier this (?:week|month|year)|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b,? (?:when|lorsque|quand)\b[^,;.:]{0,90}$/u;
/** "talk that Infineon later denied", "une rumeur que le groupe a depuis démentie": a relative on the reported thing. */
const LATER_RELATIVE =
  /\b(?:that|which|que|qu')(?: [\w'-]+){1,4} (?:later|subsequently|since|swiftly|quickly|promptly|then)(?: (?:has|had|have))? ?$|\b(?:que|qu')(?: [\w'-]+){1,4} (?:a|ont|avait|avaient) (?:depuis|ensuite|aussitot|rapidement|vite) ?$/u;

/**
 * « son président répète à qui veut l'entendre qu'il n'est pas vendeur », « répétait encore il y a trois
 * semaines qu'il … »: a stance the speaker keeps repeating, told in the present or imperfect with no day, is
 * the company's standing line, no statement of this article (a dated « a répété mardi que » is one).
 */
const HABITUAL =
  /(?<!\b(?:a|ont|avait|avaient) )\brepet(?:e|ent|ait|aient)(?: (?:encore|toujours|depuis (?:des|plusieurs) (?:mois|annees|semaines)|a qui veut l'entendre|il y a [\w ]{1,30}?))* (?:que|qu')[^.;:]{0,60}$/u;

/** Cheap gates: the words every shape needs somewhere before the cue. */
const GATE = /\b(?:after|apres|since|depuis|when|lorsque|quand|that|which|que|qu')\b/u;

/** Whether the statement cue at `at` in the folded sentence is an older statement recalled as a date. */
export function recalledStatement(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - 140), at);
  if (!GATE.test(before)) return false;
  return (
    AFTER_SPAN.test(before) || DATED_WHEN.test(before) || LATER_RELATIVE.test(before) || HABITUAL.test(before)
  );
}
