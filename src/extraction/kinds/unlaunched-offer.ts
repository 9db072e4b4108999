/**
 * Launch words that tell no launch to come: an offer already on sale, or one that reaches the market only in a
 * condition the sentence sets aside from what it dates.
 */

/**
 * « grâce à ses tests respiratoires déjà commercialisés », "its already available respiratory tests", "products
 * already on sale": what is already sold was launched before, so a date beside it (« cette année ») is no launch
 * date. Not with a future auxiliary (« sera déjà disponible en 2027 », "will already be available in May": an
 * earlier launch to come) nor with a day it has been on sale since (« déjà disponible depuis lundi »: a launch told as
 * done, dated by that day).
 */
const ALREADY_BEFORE = /\b(?:deja|already)\s+(?:(?:ete|been)\s+)?$/u;
const FUTURE_ALREADY =
  /\b(?:sera|seront|serait|seraient|devrait etre|devraient etre|doit etre|doivent etre|will be|would be|should be|could be|is to be|are to be|to be)\s+(?:deja|already)\s+(?:(?:ete|been)\s+)?$/u;
const SINCE_AFTER = /^\s+(?:depuis|since)\b/u;

/** Whether the launch words at `trigger` say of an offer that it is already on sale. */
export function alreadyOnSale(folded: string, trigger: { index: number; end: number }): boolean {
  const lead = folded.slice(Math.max(0, trigger.index - 40), trigger.index);
  return (
    ALREADY_BEFORE.test(lead) &&
    !FUTURE_ALREADY.test(lead) &&
    !SINCE_AFTER.test(folded.slice(trigger.end, trigger.end + 10))
  );
}

/**
 * "The agreement covers clinical supply from this year and, should the product reach the market, commercial
 * volumes …", « et, si le médicament est mis sur le marché, des volumes … »: the launch words sit in a condition set
 * off by commas; a date outside it dates the sentence's own matter (the supply), not a launch. The condition opens
 * on "if", "unless", an inverted "should the …", « si », « au cas où ».
 */
const CONDITION_OPENING =
  /(?:^|[,(]|\b(?:and|or|but|et|ou|mais))\s*(?:if|unless|provided(?: that)?|in case|should (?:the|its|their|it|they|this|that|these|a|an)\b|were (?:the|its|their|it|they)\b|si|s'ils?|au cas ou|a condition qu(?:e|')|pour peu qu(?:e|'))\s[^,;()]*$/u;

/** Whether the launch words at `trigger` lie in a conditional phrase set off by commas that leaves `date` outside. */
export function launchOnlyInCondition(
  folded: string,
  clause: { start: number; end: number },
  trigger: { index: number; end: number },
  date: { index: number; end: number },
): boolean {
  const lead = folded.slice(clause.start, trigger.index);
  const opening = CONDITION_OPENING.exec(lead);
  if (opening === null) return false;
  const start = clause.start + opening.index;
  const comma = folded.indexOf(',', trigger.end);
  // The phrase must close before the clause ends: "If approved, it will launch in May" has the launch after the comma.
  if (comma < 0 || comma >= clause.end) return false;
  return date.index < start || date.index >= comma;
}
