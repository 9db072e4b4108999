import type { PartyMention } from './find-parties.ts';
import { actors, type SentenceContext } from './sentence-context.ts';

/**
 * "denied reports that Sanofi was interested in buying it", "had approached it about a possible offer":
 * the pronoun right after the purchase verb. French puts it before: « envisageait de la racheter », « pour lui racheter 60 % ».
 */
const IT_AFTER = /^\s(?:it)\b(?!\s*(?:is|was|has|had|will|would|'s)\b)/u;
const CLITIC_BEFORE = /(?:\s(?:la|le|lui)\s|\sl')$/u;
/**
 * « Arkema aurait approché sa direction en vue d'un rachat », "approached its board about an offer": the
 * owners or managers of the company a possessive stands for are approached about buying that company.
 */
const ITS_OWNERS_AFTER =
  /^\s(?:sa direction(?! (?:financiere|commerciale|juridique|technique|marketing|informatique|industrielle|regionale|des achats|de la communication|du developpement))|ses (?:dirigeants|actionnaires|proprietaires|fondateurs)|son (?:conseil(?: d'administration)?|fondateur|proprietaire|actionnaire (?:principal|majoritaire|de reference)|management)|its (?:management|board|shareholders|owners|founders?|controlling shareholder))\b/u;
/** "Allianz and AXA … rather than buying it": a name listed with the buyer is no antecedent of its object. */
const LISTED_WITH = /^\s*(?:,|and|et|&|or|ou)\s*(?:(?:the|le|la|l')\s*)?$/u;

/**
 * Between the antecedent and the bidder, the pronoun's sentence reports what is said of the antecedent
 * ("denied reports that", « les informations selon lesquelles », « a confirmé que »); "Kestrel unveiled a
 * drone, and Network Rail will buy it" has no such frame: "it" is the drone.
 */
const REPORTED_FRAME = /\bthat\b|\bque\b|\bqu'|\bselon (?:lequel|laquelle|lesquel(?:le)?s)\b/u;

/** "Orrinford's shares soared 38% on Monday after …", « L'action Mazerolles s'est envolée de 11,2 % … ». */
const MOVE_BEFORE =
  /\b(?:shares?|stock|action|titre)\b[^;]{0,80}?\d+(?:[.,]\d+)?\s?(?:%|per ?cent|pour cent)[^;]{0,80}\b(?:after|as|on|when|following|amid|sur|apres|des|dope\w*|porte\w*)\b/u;

/**
 * The company a bid told without its target is about: the pronoun's antecedent (the sentence's first
 * company, the one it is about), or the company whose shares moved on the bid the sentence tells.
 */
export function impliedTarget(
  ctx: SentenceContext,
  trigger: { index: number; end: number },
  buyer: PartyMention,
  fallback: PartyMention | undefined,
  previousSubject?: PartyMention,
): PartyMention | undefined {
  const after = ctx.folded.slice(trigger.end, trigger.end + 40);
  // "Scheldara could change hands. Arkema approached its board …": the possessive is the last subject's.
  const owners = ITS_OWNERS_AFTER.test(after);
  if (owners && previousSubject !== undefined && previousSubject.name !== buyer.name)
    fallback = previousSubject;
  const pronoun =
    IT_AFTER.test(after) ||
    owners ||
    CLITIC_BEFORE.test(ctx.folded.slice(Math.max(0, trigger.index - 5), trigger.index));
  if (!pronoun && !MOVE_BEFORE.test(ctx.folded.slice(0, buyer.start))) return undefined;
  const subject = actors(ctx, { start: 0, end: buyer.start }).find(
    (p) => p.type === 'company' && p.name !== buyer.name,
  );
  if (subject !== undefined && LISTED_WITH.test(ctx.folded.slice(subject.end, buyer.start))) return undefined;
  if (subject !== undefined && pronoun && !REPORTED_FRAME.test(ctx.folded.slice(subject.end, buyer.start)))
    return undefined;
  if (subject !== undefined) return subject;
  return pronoun && fallback !== undefined && fallback.name !== buyer.name ? fallback : undefined;
}
