import type { LaunchClaim } from '../claim.ts';
import { type Draft, draftOf } from '../draft.ts';
import type { PartyMention } from '../find-parties.ts';
import { firstCue } from '../rules/rule-set.ts';
import type { SentenceContext } from '../sentence-context.ts';
import { boundBefore, findDates } from '../values/find-dates.ts';

/**
 * What may stand before the date of an answer made of a date alone: "Not before", "No earlier than", « Oui, mais pas
 * avant », "In", « Dès », « À partir de ».
 */
const DATE_ANSWER_LEAD =
  /^\s*(?:(?:yes|oui|absolutely|certainly|bien sur|tout a fait)\s*[,.]?\s*(?:but|mais)\s+)?(?:(?:probably|sans doute|normalement|hopefully) )?(?:not before|no earlier than|not until|pas avant|in|from|by|starting(?: in)?|as early as|en|des|a partir d[eu']|d'ici(?: a)?|au|courant)?\s*(?:the |le |la |l')?$/u;
/** What may follow it: "at the earliest", « au plus tôt », then the sentence's end. */
const DATE_ANSWER_TAIL =
  /^\s*,?\s*(?:at the earliest|au plus tot|probably|sans doute|normalement)?\s*[.!…]*\s*$/u;

/** "When will you …?", « Quand allez-vous … ? », « À quel horizon … ? »: the question asks for a date. */
const WHEN_ASKED =
  /\b(?:when (?:will|would|do|does|can|could|are|is|should|might)|how soon|what (?:is the )?(?:timetable|timeline|timing)|quand|a quelle (?:date|echeance)|a quel horizon|pour quand|dans quels? delais?|quel (?:calendrier|horizon))\b/u;
/**
 * A question on a deal, a financing, a listing, a result, a label or a plant: "When will the deal close?", « Quand
 * serez-vous rentables ? », "When will you get SecNumCloud?", "When will the new plant start?": its date is no
 * availability of an offer.
 */
const NOT_AN_OFFER =
  /\b(?:clos(?:e|ing)|complet\w*|sign\w*|finalis\w*|boucl\w*|ipo|introduction en bourse|list(?:ing)?|cot(?:ation|er)|profit\w*|break ?-?even|rentab\w*|equilibre|results?|resultats?|raise|raising|lev(?:er|ee)|acqui\w*|rach\w*|buy\w*|merg\w*|fusion\w*|takeover|bid|opa|offre publique|qualif\w*|certif\w*|label\w*|homolog\w*|accredit\w*|licen[cs]\w*|approv\w*|autoris\w*|authori[sz]\w*|feu vert|hire|hiring|recrut\w*|dividend\w*|plants?|factor(?:y|ies)|usines?|chantiers?|travaux|construction|build\w*)\b/u;

/**
 * « Allez-vous lancer votre propre site ? — Oui, mais pas avant 2029. », "When will customers get the transceiver? —
 * Not before September 2029.", "When will you rate countries? — Not before September.": an interview answer made of a
 * date alone, to a question on when an offer comes (a launch word, or "when" with nothing of a deal, a result or a
 * label), dates the launch the question asked about; the interviewee's company launches it, as its own plan.
 * `question` is the folded question, `interviewee` the company answering, `from` where the answer's words start (after
 * a speaker label). Only the answer's first sentence is read.
 */
export function findAnsweredLaunch(
  ctx: SentenceContext,
  question: string,
  interviewee: PartyMention,
  from: number,
): Draft[] {
  const { rules, folded } = ctx;
  if (NOT_AN_OFFER.test(question)) return [];
  const launchAsked = firstCue(rules.launch.triggers, question) !== undefined;
  if (!launchAsked && !WHEN_ASKED.test(question)) return [];
  const answer = folded.slice(from);
  const date = findDates(answer, rules, ctx.published)[0];
  if (date === undefined) return [];
  const lead = answer.slice(0, date.index);
  if (!DATE_ANSWER_LEAD.test(lead) || !DATE_ANSWER_TAIL.test(answer.slice(date.end))) return [];
  const bound = boundBefore(lead, rules, lead);
  const claim: LaunchClaim = {
    kind: 'launch',
    parties: [interviewee.name],
    eventDate: date.date,
    ...(bound !== undefined ? { bound } : {}),
    status: 'confirmed',
    evidence: { text: ctx.sentence.text, start: ctx.sentence.start, end: ctx.sentence.end },
  };
  const verdict = {
    status: 'confirmed' as const,
    cues: ['party:interviewee-answer'],
    background: false,
    explicit: true,
  };
  return [draftOf(ctx, claim, 'answered-date', verdict)];
}
