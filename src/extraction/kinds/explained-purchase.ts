import type { AcquisitionClaim, AgreementClaim } from '../claim.ts';
import type { PartyMention } from '../find-parties.ts';
import type { SentenceContext } from '../sentence-context.ts';

/**
 * « ont débouché lundi sur la signature d'un accord : le groupe rachète le bloc de contrôle … », "signed an
 * agreement: Hallow will buy the founders' 60% stake": a bare agreement word that a colon explains as a purchase
 * is that purchase, not a partnership. The buyer is the talker named as the verb's subject after the colon;
 * when the subject is a descriptor the sentence leaves unresolved, the agreement is dropped, not guessed.
 */
const PURCHASE_EXPLAINED =
  /^\s*(?:[\w-]+\s){0,3}?:\s*(?:[^,;.:]{0,70}?\s)?(?:rachete|rachetera|racheterait|acquiert|acquerra|reprend|reprendra|prend le controle|prendra le controle|prend \d+|prendra \d+|buys|will buy|would buy|acquires|will acquire|would acquire|takes over|will take over|takes control|will take control)\b/u;
/**
 * « l'accord conclu le 18 avril avec ABB, qui doit acquérir 60 % de son capital », "an agreement with Hallow, which
 * will buy 60% of the company": the partner's relative clause tells what the agreement is, its purchase. The
 * buyer is the side the relative clause follows.
 */
const RELATIVE_PURCHASE =
  /^[^.;:]{0,60}?\b(?:avec|with)\s[^,.;:]{1,60},\s(?:qui|which|who)\s(?:(?:doit|devait|va|allait|devrait|will|would|is to|was to|is set to|has agreed to|agreed to)\s)?(?:acquerir|racheter|reprendre|acquire|buy|take over|take control of)\s(?:(?:up to|about|around|environ|pres de|jusqu'a)\s)?(?:\d[\d.,]*\s?%|(?:la |une |sa |the |a )?(?:totalite|majorite|participation|controle|whole|majority|minority|stake|control)\b|(?:son|leur|its|their) capital\b|(?:the |la |le |l')(?:company|group|business|societe|groupe|entreprise)\b)/u;
/** A deal of its own kind named with the agreement word: a purchase told beside it is another event. */
const TYPED =
  /^\s*(?:de |d'|of |on )?(?:licen[cs]\w*|distribu\w*|commercia\w+|partenariat|partnership|supply|fourniture|approvisionnement|cooperation|collaboration|cadre|framework|revente|resale|franchis\w*|industriel\w*|technolog\w*)\b/u;

export type ExplainedPurchase = { purchase: AcquisitionClaim } | { dropped: true } | undefined;

export function explainedPurchase(
  ctx: SentenceContext,
  trigger: { id: string; index: number; end: number },
  claim: AgreementClaim,
  sides: readonly PartyMention[],
): ExplainedPurchase {
  if (claim.alliance !== undefined || claim.parties.length !== 2) return undefined;
  const after = ctx.folded.slice(trigger.end, trigger.end + 160);
  if (TYPED.test(after)) return undefined;
  const relative = RELATIVE_PURCHASE.exec(after);
  if (relative !== null) {
    const comma = trigger.end + relative[0].lastIndexOf(',');
    const buyer = sides
      .filter((p) => p.end <= comma && p.start >= trigger.end && claim.parties.includes(p.name))
      .at(-1);
    const target = claim.parties.find((n) => n !== buyer?.name);
    if (buyer === undefined || target === undefined) return undefined;
    const { alliance: _alliance, ...base } = claim;
    return { purchase: { ...base, kind: 'acquisition', parties: [buyer.name, target] } };
  }
  const told = PURCHASE_EXPLAINED.exec(after);
  if (told === null) return undefined;
  const colon = trigger.end + after.indexOf(':');
  const verbEnd = trigger.end + told[0].length;
  const subject = sides.find((p) => p.start > colon && p.end <= verbEnd && claim.parties.includes(p.name));
  if (subject === undefined) return { dropped: true };
  const target = claim.parties.find((n) => n !== subject.name);
  if (target === undefined) return { dropped: true };
  const { alliance: _alliance, ...base } = claim;
  return { purchase: { ...base, kind: 'acquisition', parties: [subject.name, target] } };
}
