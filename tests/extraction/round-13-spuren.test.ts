import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 13, spurious English claims. A company's standing position ("not for sale", "no plans to sell", "had not
 * been approached") denies only a deal the article tells about it; a takeover "offer" (tender, non-binding,
 * counter-offer, a price per share) is no offer to customers; "revenue per available room" is a ratio's unit, no
 * availability; "13%, up from 12%" are levels compared, no stock move. Every sentence is invented for this file.
 */
const PUB = '2029-03-14'; // a Wednesday

describe('a standing position is a denial only of a deal the article tells', () => {
  it('"had no plans to sell" in a contract story is no statement', () => {
    const claims = claimsOf(
      'Quenby Analytics has won a five-year contract from the City of Tucson. Its chief executive said the company was profitable and had no plans to sell.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'statement')).toEqual([]);
  });

  it('"said it had not been contacted" by a council beside a sale story is no statement', () => {
    const claims = claimsOf(
      'Harrowgate Foods is in talks to sell its Tipton bakery brand to Pellow Biscuits, people familiar with the matter said. Sandwell Council said it had not been contacted by either company.',
      'en',
      PUB,
    );
    expect(find(claims, 'statement', ['Sandwell Council'])).toEqual([]);
  });

  it('"is not in talks with anyone" with no deal told is no statement', () => {
    const claims = claimsOf(
      'Shares in Corrance Gas fell 4% on Wednesday. Its chairman said the company was not in discussions with anyone.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'statement')).toEqual([]);
  });

  it('counter-example: "not for sale" after a reported bid is the target\'s denial', () => {
    const claims = claimsOf(
      'Wexbury Bank is in talks to buy Trellan Payments, people familiar with the matter said. Trellan Payments said it was not for sale.',
      'en',
      PUB,
    );
    const denial = find(claims, 'statement', ['Trellan Payments'])[0];
    expect(denial?.kind === 'statement' ? denial.stance : undefined).toBe('deny');
  });

  it('counter-example: "not in talks with Wexbury" names the other side and stays a denial', () => {
    const claims = claimsOf('Trellan Payments said it was not in talks with Wexbury Bank.', 'en', PUB);
    expect(find(claims, 'statement', ['Trellan Payments'])).toHaveLength(1);
  });
});

describe('a takeover offer is no offer to customers', () => {
  it('a tender offer expected to open in December', () => {
    const claims = claimsOf(
      'Vellan Energie agreed to buy 80% of Morlaix Vent. Vellan Energie will offer the same price per share to the remaining holders in a tender offer expected to open in December.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });

  it('a non-binding offer valuing the target, and talks that could begin in October', () => {
    const claims = claimsOf(
      'A Milan daily reported that Kervane Group had made a non-binding offer valuing Sastro at 400 million euros and that exclusive talks could begin in October.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });

  it('a counter-offer dated by its day', () => {
    const claims = claimsOf(
      'Brisemont, whose C$38 counter-offer of Feb. 2 had put it ahead, declined to comment on a higher bid.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });

  it('counter-example: a company offering a service from a date is a launch', () => {
    const claims = claimsOf(
      'Orvane Telecom said it would offer the service to business customers from June 2029.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Orvane Telecom'])).toHaveLength(1);
  });
});

describe('an industry ratio is no availability', () => {
  it('"revenue per available room rose 7%" is no launch', () => {
    const claims = claimsOf(
      "Tallow Hotels REIT agreed a franchise deal with Hilton. Tallow's revenue per available room rose 7% in the first quarter.",
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });

  it('counter-example: "will be available to guests from May 2029" is a launch', () => {
    const claims = claimsOf(
      'Tallow Hotels REIT said its booking app will be available to guests from May 2029.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Tallow Hotels REIT'])).toHaveLength(1);
  });
});

describe('a level compared with its former value is no share move', () => {
  it('"a return on equity of 14% in 2028, up from 11%"', () => {
    const claims = claimsOf(
      'Shares in Marlow Bank rose 2% on Wednesday. The bank now targets a return on tangible equity of 14% in 2028, up from 11%, and its capital ratio ended the year at 13.1%.',
      'en',
      PUB,
    );
    const moves = claims.filter((c) => c.kind === 'share_move');
    expect(moves).toHaveLength(1);
    expect(moves[0]?.kind === 'share_move' ? moves[0].percent : undefined).toBe(2);
  });

  it('counter-example: "closed up 3.4%" is still a move', () => {
    const claims = claimsOf('Marlow Bank shares closed up 3.4% on Wednesday.', 'en', PUB);
    expect(find(claims, 'share_move', ['Marlow Bank'])).toHaveLength(1);
  });
});
