import type { AcquisitionClaim, AgreementClaim } from '../claim.ts';
import type { PartyMention } from '../find-parties.ts';
import type { SentenceContext } from '../sentence-context.ts';

/**
 * Talks between two companies whose object is buying one of them, told by a purpose or a topic that names no
 * company after it: "a démenti être en négociation avec Framatome en vue d'un rachat", "said it was not in
 * discussions with the provider about a stake", "in talks with X about a possible cash offer for the company",
 * "weighing a minority stake in Alpavia, according to executives briefed on the discussions", "a démenti toute
 * négociation avec Tencent, après que Bloomberg eut évoqué une entrée du géant chinois à son capital". They are
 * the purchase's talks, not a partnership between the talkers.
 * (Talks naming the company bought after the topic word are talksAboutCompany's; money for a funding round is
 * fundingTalks'.)
 */

/** The words for talks: what such a purchase may be told with. */
const TALKS_TRIGGER = /^(?:talks|negociations)$/u;

/** Right after the talks word: the purchase as their purpose or topic. */
const PURCHASE_AFTER =
  /^[^.;]{0,70}?\b(?:en vue (?:d'une?|de la|du) (?:eventuel(?:le)? |possible )?(?:rachat|reprise|acquisition|prise de participation|entree au capital|prise de controle|cession)|(?:about|over|regarding|concerning|on) (?:a |an |any |the )?(?:possible |potential |minority |majority |controlling |\d+% )*(?:stake|takeover|buyout|acquisition)\b(?! (?:of|in) )|(?:about|over|regarding|concerning|on) (?:a |an |the )?(?:possible |potential |firm |formal |cash |all-share |recommended |takeover )*(?:offer|bid) for (?:the|its) (?:company|group|business)\b|(?:to|pour) (?:sell|buy|acquire|take|prendre|racheter|acquerir|ceder) (?:an? |une? |la |le )?(?:[\w%-]+ ){0,3}?(?:stake|participation|control|controle)\b)/u;
/** After the talks, the same sentence tells what was reported: "une entrée … au capital", "a stake in". */
const PURCHASE_REPORTED =
  /^[^.;]{0,80}?\b(?:apres (?:que|qu')|after)\b[^.;]{0,60}?\b(?:entree (?:[^.;]{0,40}?)?(?:au|a son|dans son|de son) capital|prise de participation|rachat|stake in|takeover of|bid for)\b/u;
/** Before the talks word: "weighing a minority stake of up to 20% in Alpavia, … briefed on the discussions". */
const PURCHASE_BEFORE =
  /\b(?:stake|participation|takeover|rachat|bid|offre)\b[^.;]{0,140}\b(?:briefed on|familiar with|proches? (?:de|des)|au fait (?:de|des)) (?:the |les |des )?$/u;
/**
 * "we are not pursuing an investment in X and there are no discussions": talks denied with no one named after them,
 * right after a purchase denied, are that purchase's.
 */
const DENIED_PURCHASE_BEFORE =
  /\b(?:not|no|never) (?:[\w'-]+ ){0,3}?(?:investment|stake|takeover|bid|offer|acquisition) (?:in|for|of)\b[^.;]{1,60}? and (?:there (?:are|is|were|have been|has been) )?(?:no|not in|not any) $/u;
const WITH_AFTER = /^\s*(?:with|avec)\b/u;

/** A deal of its own kind beside the talks: then the talks may be that deal's. */
const OWN_DEAL =
  /\b(?:partenariat|partnership|alliance|co-?entreprise|joint venture|accord (?:de |d')(?:distribution|licence|fourniture|approvisionnement|cooperation)|(?:distribution|licensing|supply|commercial) (?:agreement|deal))\b/u;

/** Right before the company bought into: "stake in", "au capital de", "rachat de". */
const TARGET_BEFORE =
  /\b(?:stake|participation|capital|takeover|rachat|reprise|acquisition|controle|control|investment) (?:[\w%]+ ){0,5}?(?:in|of|dans|de|du|d')\s*(?:the |l'|le |la )?$/u;
/** Right before the buyer: "to sell a minority stake to CMA CGM", "entrée du géant chinois". */
const BUYER_BEFORE = /\b(?:to|a|au|aux)\s*(?:the |l'|le |la )?$/u;

export function purchaseTalks(
  ctx: SentenceContext,
  trigger: { id: string; index: number; end: number },
  claim: AgreementClaim,
  sides: readonly PartyMention[],
): AcquisitionClaim | undefined {
  if (claim.parties.length < 2 || claim.alliance !== undefined || !TALKS_TRIGGER.test(trigger.id))
    return undefined;
  const after = ctx.folded.slice(trigger.end, trigger.end + 200);
  const before = ctx.folded.slice(0, trigger.index);
  const told =
    PURCHASE_AFTER.test(after) ||
    PURCHASE_REPORTED.test(after) ||
    PURCHASE_BEFORE.test(before) ||
    (DENIED_PURCHASE_BEFORE.test(before) && !WITH_AFTER.test(after));
  if (!told || OWN_DEAL.test(ctx.folded)) return undefined;
  const at = (name: string) => sides.find((p) => p.name === name);
  const textBefore = (p: PartyMention) => ctx.folded.slice(Math.max(0, p.start - 50), p.start);
  // "être en négociation avec Framatome …, au lendemain d'informations sur des discussions avec la filiale
  // d'EDF": of more names, the talkers are the last one before the talks word and the first one after it.
  let pair = claim.parties;
  if (pair.length > 2) {
    const named = sides.filter((p) => claim.parties.includes(p.name));
    const subject = named.filter((p) => p.end <= trigger.index).at(-1);
    const other = named.find((p) => p.start >= trigger.end);
    if (subject === undefined || other === undefined || subject.name === other.name) return undefined;
    pair = [subject.name, other.name];
  }
  const [a, b] = pair as [string, string];
  // "in talks to sell a 40% stake in Fibra Meseta": a third company bought is no purchase between the talkers.
  if (sides.some((p) => p.name !== a && p.name !== b && TARGET_BEFORE.test(textBefore(p)))) return undefined;
  const preceded = (name: string, re: RegExp) => {
    const p = at(name);
    return p !== undefined && re.test(textBefore(p));
  };
  let target: string;
  if (preceded(a, TARGET_BEFORE)) target = a;
  else if (preceded(b, TARGET_BEFORE)) target = b;
  else if (preceded(b, BUYER_BEFORE)) target = a;
  else if (preceded(a, BUYER_BEFORE)) target = b;
  // Otherwise the party talked with ("avec Framatome", "with SAP") is the one buying: the subject is told as
  // being approached.
  else target = (at(a)?.start ?? 0) <= (at(b)?.start ?? 0) ? a : b;
  const buyer = target === a ? b : a;
  const { alliance: _alliance, ...base } = claim;
  return { ...base, kind: 'acquisition', parties: [buyer, target] };
}
