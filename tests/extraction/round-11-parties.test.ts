import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Wrong parties (round 11): a descriptor that speaks in a sentence whose own subject is a named company —
 * "…, the French utility confirmed", "after the insurer said it had agreed to …", "after the aluminium maker
 * said its smelter …" — is that company (or the one of the sentence its nationality fits), not a company
 * only earlier sentences named, nor the deal's other side. Invented companies, both languages.
 */
const PUB = '2029-05-09T08:00:00Z'; // a Wednesday

const of = (claims: Claim[], kind: Claim['kind']) =>
  claims
    .filter((c) => c.kind === kind)
    .map((c) => [...c.parties].sort().join(' | '))
    .sort();

describe('a speaking descriptor is the company its own sentence named', () => {
  it('a closing tag after a buyer and its target is the buyer its nationality fits', () => {
    const claims = claimsOf(
      'EDF has agreed to buy 70% of Brindmoor Solar, the Leeds-based solar farm developer, for 300 million euros, the French utility confirmed on Tuesday.',
      'en',
      PUB,
    );
    expect(of(claims, 'acquisition')).toEqual(['Brindmoor Solar | EDF']);
    expect(of(claims, 'statement').filter((p) => p === 'Brindmoor Solar')).toEqual([]);
  });

  it('"X was among the risers, up 3%, after the insurer said it had agreed to acquire Y": X buys', () => {
    const claims = claimsOf(
      'Tarvenne Capital rose 1.1% after its results. Halbrook Assurance was among the biggest gainers in London, up 3.1%, after the insurer said it had agreed to acquire Pelmont Life from its private equity owners.',
      'en',
      PUB,
    );
    expect(of(claims, 'acquisition')).toEqual(['Halbrook Assurance | Pelmont Life']);
  });

  it('"X bucked the trend, rising 2.4%, after the aluminium maker said its smelter had been certified"', () => {
    const claims = claimsOf(
      'Brenwick Chemicals, which Dorrance agreed to buy on Monday, was unchanged at 210 pence. Skarvik Metall bucked the trend, rising 2.4% in Oslo after the aluminium maker said its Tromsø smelter had been certified to ISO 14001.',
      'en',
      PUB,
    );
    expect(of(claims, 'certification')).toEqual(['Skarvik Metall']);
  });

  it('« X a bondi de 4 % après que le groupe industriel a annoncé avoir obtenu … » : X holds it', () => {
    const claims = claimsOf(
      'Le titre Orlane Conseil a reculé de 1 %. Les Forges de Vauclair ont bondi de 4,2 % après que le groupe industriel a annoncé avoir obtenu la certification ISO 50001.',
      'fr',
      PUB,
    );
    expect(of(claims, 'certification')).toEqual(['Forges de Vauclair']);
  });
});

describe('counter-examples: a descriptor that is an object or another speaker keeps its reading', () => {
  it('a bid for the descriptor after the subject is the other company', () => {
    const claims = claimsOf(
      'Fjellnor Fiber jumped 9% after a newspaper reported that Kestrav Group was preparing an offer for the Swedish fibre builder.',
      'en',
      PUB,
    );
    expect(of(claims, 'acquisition')).toEqual(['Fjellnor Fiber | Kestrav Group']);
  });

  it('a nationality that fits the partner, not the subject, names the partner', () => {
    const claims = claimsOf(
      'Orange has signed a network-sharing agreement with Nokia, the Finnish group said on Monday.',
      'en',
      PUB,
    );
    expect(of(claims, 'agreement')).toEqual(['Nokia | Orange']);
    expect(of(claims, 'statement').filter((p) => p === 'Orange')).toEqual([]);
  });
});
