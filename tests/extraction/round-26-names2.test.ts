import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Round 26, names 2: an 's followed by capitalised words up to a sector noun that closes company names
 * ("Young's Seafood" style) is inside one company's name, not an owner's possessive; food trades
 * (smokehouse, seafood, bakery, creamery) close invented company names.
 */
const PUB = '2028-03-10'; // a Friday

const of = (text: string, kind: Claim['kind']) =>
  claimsOf(text, 'en', PUB)
    .filter((c) => c.kind === kind)
    .map((c) => [...c.parties].sort());

describe('a founder’s possessive inside a food firm’s name', () => {
  it('"Pellingham’s Seafood" is one company, not "Pellingham"', () => {
    expect(
      of('Orvale Fisheries signed a processing agreement with Pellingham’s Seafood on Monday.', 'agreement'),
    ).toEqual([['Orvale Fisheries', 'Pellingham’s Seafood']]);
  });
  it('"Marlowby’s Craft Bakery" is one company, not "Craft Bakery"', () => {
    expect(
      of('Greenwell Capital has agreed to buy Marlowby’s Craft Bakery, the company said.', 'acquisition'),
    ).toEqual([['Greenwell Capital', 'Marlowby’s Craft Bakery']]);
  });
  it('counter-example: a division noun after the run makes the name the owner’s unit', () => {
    expect(
      of('Tesco signed a supply agreement with Kelmarsh’s Seafood division on Monday.', 'agreement'),
    ).toEqual([['Kelmarsh', 'Tesco']]);
  });
  it('counter-example: a run ending on no sector noun stays the owner’s', () => {
    expect(
      of('Tesco signed a supply agreement with Kelmarsh’s Payments unit on Monday.', 'agreement'),
    ).toEqual([['Kelmarsh', 'Tesco']]);
  });
});

describe('a smokehouse closes a company’s name', () => {
  it('"Loch Tarvie Smokehouse" is a bidder’s target', () => {
    expect(
      of(
        'Eurazeo is among at least three bidders for Loch Tarvie Smokehouse, people familiar with the matter said.',
        'acquisition',
      ),
    ).toEqual([['Eurazeo', 'Loch Tarvie Smokehouse']]);
  });
});
