/**
 * A verb telling of an event already past: a signature, a report, an award, a speech. A date it governs
 * dates that event, not the availability the sentence also names ("In May it signed a deal with X to
 * offer …", "told shareholders in May that it was open to …", "nous avons signé en juillet un accord :
 * ses modèles seront proposés …").
 */
const PAST_EVENT =
  /\b(?:signed|told|reported|received|won|agreed|announced|said|secured|completed|closed|bought|acquired|raised|obtained|struck|sealed|inked|disclosed|filed|awarded|hired|approved|(?:avons|ont|a|avait|avaient|avions) (?:\w+ )?(?:signe|annonce|indique|recu|obtenu|conclu|remporte|rapporte|declare|affirme|rachete|acquis|leve|noue|scelle|paraphe|dit|confie|precise|explique|publie|depose|decroche))\b/gu;
const PAST_EVENT_ONE = new RegExp(PAST_EVENT.source, 'u');
/** "said on Monday that from March …", "a indiqué que dès mars …": what follows is the report, with its own dates. */
const REPORTED = /\b(?:that|que|qu'|it would|it will|they would|they will|would|will|to)\b/u;

function lastPastEvent(text: string): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(PAST_EVENT)) last = m as RegExpExecArray;
  return last;
}

/**
 * Whether a date of the launch clause is the date of a past event told beside the offer rather than the
 * offer's own: a past-tense verb stands between the launch word and the date, or governs a date that
 * comes before the launch word.
 */
export function datesPastEvent(
  folded: string,
  clauseStart: number,
  trigger: { index: number; end: number },
  date: { index: number; end: number },
): boolean {
  if (date.index >= trigger.end) return lastPastEvent(folded.slice(trigger.end, date.index)) !== undefined;
  // "In May it signed a deal with Booking.com to offer …": the verb between the date and the launch word.
  const between = folded.slice(date.end, trigger.index);
  const after = PAST_EVENT_ONE.exec(between);
  if (after !== null && !REPORTED.test(between.slice(0, after.index))) return true;
  // "Clearmont signed a deal with Fiserv in October, so their teams now offer …": the verb before the date.
  const lead = folded.slice(Math.max(clauseStart, date.index - 80), date.index);
  const before = lastPastEvent(lead);
  return before !== undefined && !REPORTED.test(lead.slice(before.index + before[0].length));
}
