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

/**
 * A denial told as a past participle on the report it answered, with a word that puts it after the report:
 * "on reports - later denied - that", "rumours, since denied, that", « la rumeur d'une entrée de X à son
 * capital, démentie depuis ». The report is the background of a markets wrap; the denial is not today's.
 */
const REPORT_NOUN =
  '(?:reports?|rumou?rs?|speculation|talk|story|stories|suggestions?|claims?|article|rumeurs?|informations?|bruits?|speculations?|allegations?|articles?)';
const LATER_PARTICIPLE_BEFORE = new RegExp(
  `\\b${REPORT_NOUN}\\b[^.;]{0,110}?[,(\u2013\u2014-]\\s*(?:later|since|subsequently|swiftly|quickly|promptly|since then)\\s*$`,
  'u',
);
const PARTICIPLE_BEFORE = new RegExp(`\\b${REPORT_NOUN}\\b[^.;]{0,110}?,\\s*$`, 'u');
const LATER_AFTER = /^\s*(?:depuis|par la suite|ensuite|entre-temps|since|later)\b/u;
/** « quinze jours après les rumeurs d'un intérêt de X pour Y, démenties par l'éditeur »: the report dates the news. */
const DATED_REPORT_BEFORE = new RegExp(
  `\\b(?:jours|semaines|mois|ans|peu|days?|weeks?|months?|shortly) (?:apres|after) (?:les |la |le |l'|des |une? |the |a )?(?:[\\w'-]+ )?${REPORT_NOUN}\\b[^.;]{0,110}?,\\s*$`,
  'u',
);
/** The cue itself a participle, not a conjugated verb: "denied", « démenti(e)(s) ». */
const PARTICIPLE_CUE = /^(?:denied|dementie?s?)$/u;
/**
 * "Lanterna, which earlier this month denied a report that …": a relative clause dating the denial well
 * before the story (a day of this week, "which on Monday denied", is the story's own news).
 */
const OLD_RELATIVE_BEFORE =
  /,\s*(?:which|who)\s+(?:had\s+)?(?:(?:earlier|late|early) (?:this|last) (?:month|year)|last (?:month|year)|in (?:january|february|march|april|june|july|august|september|october|november|december))\s+$/u;
const OLD_RELATIVE_AFTER =
  /^\s*(?:\w+ )?(?:le mois dernier|l'an dernier|l'annee derniere|en debut de mois|au debut du mois|en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))\b/u;
const QUI_BEFORE = /,\s*qui\s+(?:a|avait|avaient|ont)\s+$/u;
/**
 * "Rivex, which denied earlier this month that it had bid", "the agent that Rivex denied pursuing last month": the
 * same relative with its time told after the verb (a day of this week stays the story's own news).
 */
const RELATIVE_BEFORE = /(?:,\s*(?:which|who)|\b(?:that|which|whom)(?: [\w'&.-]+){1,4})\s+(?:had\s+)?$/u;
const OLD_TIME_AFTER =
  /^\s*(?:[\w-]+ )?(?:(?:earlier|late|early) (?:this|last) (?:month|year)|last (?:month|year)|(?:a|one|two|three|several) (?:months|years) ago|in (?:january|february|march|april|june|july|august|september|october|november|december))\b/u;

/**
 * « a reculé de 3 % au lendemain du démenti d'Arkema », « depuis le démenti du groupe »: the denial named as a
 * noun, the time of what the sentence tells. It was made before; the sentence is no statement of it.
 */
const DATING_NOUN_BEFORE =
  /\b(?:au lendemain|le lendemain|la veille|apres|depuis|malgre|en depit)\s+(?:du|le|de son|son|de ce|ce|de leur|leur)\s+$/u;
const NOUN_CUE = /^dementi$/u;

/** Whether the denial cue from `at` to `end` is a participle, a dating noun or a relative recalling an old denial. */
function recalledDenial(folded: string, at: number, end: number): boolean {
  const before = folded.slice(Math.max(0, at - 180), at);
  const after = folded.slice(end, end + 40);
  if (NOUN_CUE.test(folded.slice(at, end)) && DATING_NOUN_BEFORE.test(before)) return true;
  const participle = PARTICIPLE_CUE.test(folded.slice(at, end));
  if (participle && LATER_PARTICIPLE_BEFORE.test(before)) return true;
  if (participle && PARTICIPLE_BEFORE.test(before) && LATER_AFTER.test(after)) return true;
  if (participle && DATED_REPORT_BEFORE.test(before)) return true;
  return (
    OLD_RELATIVE_BEFORE.test(before) ||
    (QUI_BEFORE.test(before) && OLD_RELATIVE_AFTER.test(after)) ||
    (RELATIVE_BEFORE.test(before) && OLD_TIME_AFTER.test(after))
  );
}

/**
 * "Regular readers will recall that Vantmoor flatly denied last month …", « on se souvient que le groupe avait
 * démenti », « pour mémoire, X avait démenti »: the reader is reminded of an old statement, background to the story.
 */
const RECALLED_TO_READER =
  /\b(?:(?:will|may|might|would|should|can) )?(?:recall|remember)(?:s|ed)? (?:that )?[^.;:"“”«»]{0,70}$|\b(?:rappelons|on se souvient|on se rappelle|on s'en souvient|souvenez-vous|pour memoire)\b,? (?:que |qu')?[^.;:"“”«»]{0,70}$/u;

/** Cheap gates: the words every shape needs somewhere before the cue. */
const GATE =
  /\b(?:after|apres|since|depuis|when|lorsque|quand|that|which|que|qu'|recall|remember|memoire|souvien|rappel)/u;

/** Whether the statement cue at `at` in the folded sentence is an older statement recalled as a date. */
export function recalledStatement(folded: string, at: number, end = at): boolean {
  if (end > at && recalledDenial(folded, at, end)) return true;
  const before = folded.slice(Math.max(0, at - 140), at);
  if (!GATE.test(before)) return false;
  return (
    AFTER_SPAN.test(before) ||
    DATED_WHEN.test(before) ||
    LATER_RELATIVE.test(before) ||
    HABITUAL.test(before) ||
    RECALLED_TO_READER.test(before)
  );
}
