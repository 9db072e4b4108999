import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, partiesAndStatus } from './claims-of.ts';

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  partiesAndStatus(claimsOf(text, language, '2028-11-13'), kind);
const percents = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, '2028-11-13').flatMap((c) => (c.kind === 'acquisition' ? [c.percent] : []));

describe('stakes told in the phrasings of deal columns', () => {
  it('reads a take-private as the purchase of the company, not as an agreement', () => {
    const text =
      'Ardwell Partners is in talks to take AIM-listed Pellory Foods private at around 145p a share.';
    expect(of(text, 'en', 'acquisition')).toEqual([
      { parties: ['Ardwell Partners', 'Pellory Foods'], status: 'rumour' },
    ]);
    expect(of(text, 'en', 'agreement')).toEqual([]);
  });

  it('counter-example: a company going private with no buyer named is no purchase', () => {
    expect(of('Pellory Foods said it would go private next year.', 'en', 'acquisition')).toEqual([]);
  });

  it('reads a bidder for a company as one seeking to buy it', () => {
    expect(
      of('Corran Capital is among at least three bidders for Tarbet Foods.', 'en', 'acquisition'),
    ).toEqual([{ parties: ['Corran Capital', 'Tarbet Foods'], status: 'confirmed' }]);
  });

  it('counter-example: a possible bidder an analyst names is no bid', () => {
    expect(
      of(
        'Corran Capital had been mentioned in the press as a possible bidder for Tarbet Foods.',
        'en',
        'acquisition',
      ),
    ).toEqual([]);
  });

  it('reads a stake a company weighs, and an investment of a share, as a stake in the company named after', () => {
    expect(of('Sorvane Electric is weighing a minority stake in Pilavia.', 'en', 'acquisition')).toEqual([
      { parties: ['Pilavia', 'Sorvane Electric'], status: 'rumour' },
    ]);
    const text = 'Veldmark Chemicals is exploring an investment of up to 20% in Brightloop Materials.';
    expect(of(text, 'en', 'acquisition')).toEqual([
      { parties: ['Brightloop Materials', 'Veldmark Chemicals'], status: 'rumour' },
    ]);
    expect(percents(text, 'en')).toEqual([20]);
  });

  it('counter-example: an investment with no share told is no stake', () => {
    expect(
      of(
        'Veldmark Chemicals is exploring an investment in Brightloop Materials plant equipment.',
        'en',
        'acquisition',
      ),
    ).toEqual([]);
  });

  it('reads talks to invest in a company, denied, as a denied stake', () => {
    expect(
      of(
        'Veldmark Chemicals said it is not in talks to invest in Brightloop Materials.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Brightloop Materials', 'Veldmark Chemicals'], status: 'denied' }]);
  });

  it('reads a share signed for, and a share taken in a round with nothing after it', () => {
    expect(
      percents('Oxhill Labs signed for 60% of the Swiss laboratory network Brevan Diagnostics.', 'en'),
    ).toEqual([60]);
    const round = 'Tarbet Foods raised €20m in a round led by Corran Capital, which takes 18%.';
    expect(of(round, 'en', 'acquisition')).toEqual([
      { parties: ['Corran Capital', 'Tarbet Foods'], status: 'confirmed' },
    ]);
    expect(percents(round, 'en')).toEqual([18]);
  });

  it('counter-example: a share of a market taken is no stake', () => {
    expect(
      of('Corran Capital takes 18% of the market, and Tarbet Foods takes 10%.', 'en', 'acquisition'),
    ).toEqual([]);
  });
});
