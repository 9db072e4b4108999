import type { Draft } from './draft.ts';

/** Triggers that name a deal without saying which kind it is ("le rapprochement", "the talks"). */
const VAGUE_TRIGGERS = /\.agreement\.(?:rapprochement|negociations|talks|merger)$/u;

const partySet = (d: Draft) => [...d.claim.parties].sort().join('|');

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
  return drafts.filter(
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
