import type { PartyMention } from './find-parties.ts';

/** Before the cue: a verb coordinated to the sentence's main one ("… and denied", « … et a démenti »). */
const COORDINATED_BEFORE =
  /(?:,\s*|\s)(?:and|but|et|mais)\s+(?:(?:has|had|have|a|ont|avait)\s+)?(?:(?:also|later|then|firmly|flatly|aussi|egalement|fermement|par ailleurs)\s+)?$/u;
/** The cue denies a report of its own: "denied reports that", « a démenti les informations selon lesquelles ». */
const REPORT_OBJECT =
  /^(?:denied|denies|deny|dismissed|rejected|dementi|dement\w*|rejete)\s+(?:(?:the|any|a|an|press|media|recent|les|des|toute?s?|une?|la|le|l')\s*){0,2}(?:[\w-]+\s+)?(?:reports?|rumou?rs?|speculation|articles?|stories|informations?|rumeurs?|allegations?|affirmations?)\b/u;

/**
 * "Corvane said it would launch Drift in March 2029 and denied reports that it was in talks to sell its French
 * unit": a denial coordinated after the claim, whose object is another report, denies what that report says, not
 * the launch or the deal told before it. It still reaches a claim whose parties the denied report names.
 */
export function deniesAnotherReport(
  statusText: string,
  at: number,
  parties: readonly PartyMention[],
): boolean {
  return (
    parties.length > 0 &&
    parties.every((p) => p.end <= at) &&
    COORDINATED_BEFORE.test(statusText.slice(Math.max(0, at - 40), at)) &&
    REPORT_OBJECT.test(statusText.slice(at, at + 80))
  );
}
