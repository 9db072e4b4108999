import { foldText } from '../entities/fold-text.ts';
import type { Draft } from './draft.ts';

/** Triggers that name a deal without saying which kind it is ("le rapprochement", "the talks"). */
const VAGUE_TRIGGERS = /\.agreement\.(?:rapprochement|negociations|talks|merger)$/u;

const partySet = (d: Draft) => [...d.claim.parties].sort().join('|');

/** Rules whose word names the kind of deal: a partnership or a venture is never the purchase again. */
const KIND_RULES = /\.agreement\.(?:partnership|partenariat|joint-venture|coentreprise|alliance)$/u;

/**
 * A deal told as another one than the purchase: "also signed", « ont également conclu », "alongside the
 * investment", "under a separate agreement", « l'opération s'accompagne d'un accord », « en outre ».
 */
const ANOTHER_DEAL =
  /\b(?:also|as well|alongside|in addition|additionally|separate(?:ly)? (?:[\w-]+ ){0,2}(?:agreement|deal|contract|pact)|(?:comes?|came|coming) with|accompanied by|egalement|aussi|en outre|par ailleurs|parallelement|en parallele|de son cote|s'accompagne\w*|assortie?s?)\b/u;

/**
 * A deal word with nothing that tells its kind: "the agreement", "a deal", "a five-year contract", « l'accord »,
 * « leur contrat ». A word between ("a vessel-sharing agreement", "power purchase agreements") or a French
 * adjective or complement after it (« un accord industriel », « un accord de production ») tells a deal of
 * its own.
 */
const BARE_DEAL =
  /\b(?:(?:the|this|that|a|an|its|their) (?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)-year |new |final |definitive |binding |formal )?(?:agreement|deal|contract|transaction|pact)(?!-)\b|(?:l'|cet |cette |ce |leur |son |sa |un |une |le |la )(?:nouvel |nouveau )?(?:accord|contrat|transaction|operation)\b(?!-| (?:industriel|commercial|technique|technologique|scientifique|logistique|operationnel|tarifaire|de (?:co-?developpement|developpement|production|recherche|fabrication|fourniture|distribution|licence|approvisionnement|cooperation|partage))))/u;

/**
 * "Ineos has agreed to buy Quillfoyle. Ineos confirmed the agreement …", « … a annoncé le rachat de Moulins
 * Corbière. Les deux groupes ont signé l'accord lundi »: a bare deal word between the buyer and the target of
 * a purchase told in an earlier sentence names that purchase again. It stays a deal of its own when its kind
 * is told (a supply agreement, a partnership), when it is told as another deal ("also", « également »), or
 * when a deal between the two was told before it (then it recalls that one).
 */
function recallsPurchase(d: Draft, drafts: readonly Draft[]): boolean {
  if (d.claim.kind !== 'agreement' || d.claim.alliance !== undefined) return false;
  if (d.cues.includes('agreement:typed') || d.cues.includes('agreement:companion') || KIND_RULES.test(d.rule))
    return false;
  const pair = partySet(d);
  const told = (kind: string) =>
    drafts.some((o) => o !== d && o.claim.kind === kind && o.sentence < d.sentence && partySet(o) === pair);
  const text = foldText(d.claim.evidence.text);
  return told('acquisition') && !told('agreement') && BARE_DEAL.test(text) && !ANOTHER_DEAL.test(text);
}

/**
 * "SAP envisagerait une participation dans OVHcloud. Le rapprochement viserait ...": a vague word for
 * a deal between the buyer and the target of an acquisition the article tells is that acquisition
 * again, not a second, separate agreement.
 */
export function dropEchoedDeals(drafts: Draft[]): Draft[] {
  const bought = new Set(drafts.filter((d) => d.claim.kind === 'acquisition').map(partySet));
  if (bought.size === 0) return drafts;
  // '"There is no agreement and no negotiations with Sentrelle," a Capgemini spokeswoman said': a party
  // denying any deal with the target of the purchase the article tells denies that purchase.
  const denied = new Set(
    drafts
      .filter(
        (d) =>
          d.claim.kind === 'agreement' && d.claim.status === 'denied' && !d.cues.includes('agreement:typed'),
      )
      .map(partySet),
  );
  for (const d of drafts)
    if (d.claim.kind === 'acquisition' && d.claim.status === 'rumour' && denied.has(partySet(d)))
      d.claim = { ...d.claim, status: 'denied' };
  const unrecalled = drafts.filter((d) => !recallsPurchase(d, drafts));
  return unrecalled.filter(
    (d) =>
      d.claim.kind !== 'agreement' ||
      !bought.has(partySet(d)) ||
      // "The two sides are said to be discussing …, and an agreement could be reached": still the deal.
      (!VAGUE_TRIGGERS.test(d.rule) &&
        // "les discussions porteraient aussi sur un accord de fourniture": a second deal going with the stake.
        !(
          d.claim.status === 'rumour' &&
          d.cues.includes('parties:founders') &&
          !d.cues.includes('agreement:companion')
        ) &&
        !(d.claim.status === 'denied' && !d.cues.includes('agreement:typed'))),
  );
}
