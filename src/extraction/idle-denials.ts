import type { Draft } from './draft.ts';

/**
 * "is not for sale", "has no plans to sell", "had not been approached", "is not in talks with anyone": a
 * company's standing position, which the statement rules read as a denial. It denies something only when the
 * article tells a deal about that company (a bid, a sale, talks); said in passing in a story about a contract or
 * a label ("the company was profitable and had no plans to sell"), it denies nothing and is no statement.
 */
const STANDING_POSITION = /\.statement\.not-for-sale$/u;

/** A deal the article tells about a party: any acquisition, or an agreement still hedged or denied. */
function dealAbout(drafts: readonly Draft[], party: string): boolean {
  return drafts.some(
    (d) =>
      (d.claim.kind === 'acquisition' || (d.claim.kind === 'agreement' && d.claim.status !== 'confirmed')) &&
      d.claim.parties.includes(party),
  );
}

export function withoutIdleDenials(drafts: Draft[]): Draft[] {
  return drafts.filter(
    (d) =>
      d.claim.kind !== 'statement' ||
      !STANDING_POSITION.test(d.rule) ||
      d.claim.parties.some((p) => dealAbout(drafts, p)),
  );
}
