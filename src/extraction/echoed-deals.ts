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
  return drafts.filter(
    (d) =>
      d.claim.kind !== 'agreement' ||
      !bought.has(partySet(d)) ||
      // "The two sides are said to be discussing …, and an agreement could be reached": still the deal.
      (!VAGUE_TRIGGERS.test(d.rule) && !(d.claim.status === 'rumour' && d.cues.includes('parties:founders'))),
  );
}
