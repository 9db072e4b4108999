import type { AcquisitionClaim, AgreementClaim } from '../claim.ts';
import type { PartyMention } from '../find-parties.ts';
import type { SentenceContext } from '../sentence-context.ts';

/**
 * "Halyard is in talks with SoftBank to lead a funding round", "en négociations avec la Banque des Territoires
 * pour une augmentation de capital", "asked about a possible investment in Cinderfield AI": talks whose object
 * is money put into one side are that investor's purchase of a stake, not a partnership.
 */

/** The words for talks: what such an investment may be told with. */
const TALKS_TRIGGER = /^(?:talks|negociations)$/u;

/** Right after the talks word: money put into a company. */
const FUNDING_OBJECT =
  /^[^.;]{0,80}?\b(?:(?:lead|co-lead|join|anchor|back) (?:a|an|its|the|their) (?:[\w$€£.,-]+ ){0,5}?(?:funding|financing|investment|equity|series [a-z]) round|(?:funding|financing|series [a-z]) round|capital (?:increase|raise|injection)|(?:possible |potential |proposed |an? )investment in|augmentation de capital|levee de fonds|tour de table|entree? au capital|prise de participation)\b/u;

/** Right before the company money goes into: "investment in", "participation dans", "au capital de". */
const INVESTED_IN =
  /\b(?:investment|stake|participation|capital|investir|invest) (?:\w+ )?(?:in|dans|de|du|d')\s*(?:the |l'|le |la )?$/u;
/** Right before the investor: "with SoftBank", "avec la Banque des Territoires". */
const WITH_INVESTOR = /\b(?:with|avec)\s+(?:the |l'|le |la |les )?$/u;

/** The acquisition such talks tell, or undefined when they are talks of another kind. */
export function fundingTalks(
  ctx: SentenceContext,
  trigger: { id: string; end: number },
  claim: AgreementClaim,
  sides: readonly PartyMention[],
): AcquisitionClaim | undefined {
  if (claim.parties.length !== 2 || claim.alliance !== undefined || !TALKS_TRIGGER.test(trigger.id))
    return undefined;
  if (!FUNDING_OBJECT.test(ctx.folded.slice(trigger.end, trigger.end + 160))) return undefined;
  const at = (name: string) => sides.find((p) => p.name === name);
  const [a, b] = claim.parties as [string, string];
  const before = (p: PartyMention | undefined, re: RegExp) =>
    p !== undefined && re.test(ctx.folded.slice(Math.max(0, p.start - 40), p.start));
  let investor: string | undefined;
  if (before(at(a), INVESTED_IN)) investor = b;
  else if (before(at(b), INVESTED_IN)) investor = a;
  else if (before(at(a), WITH_INVESTOR)) investor = a;
  else if (before(at(b), WITH_INVESTOR)) investor = b;
  if (investor === undefined) return undefined;
  const target = investor === a ? b : a;
  const { alliance: _alliance, ...base } = claim;
  return { ...base, kind: 'acquisition', parties: [investor, target] };
}
