import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Round 24, names: registry facts (RTX and KNDS under their present names).
 */
const PUB = '2028-03-10'; // a Friday

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  claimsOf(text, language, PUB)
    .filter((c) => c.kind === kind)
    .map((c) => [...c.parties].sort());

describe('registry facts: companies under their present names', () => {
  it('RTX (Raytheon Technologies until 2023) is RTX, under either name', () => {
    expect(of('RTX a gagné 0,4 % jeudi à New York.', 'fr', 'share_move')).toEqual([['RTX']]);
    expect(of('Raytheon Technologies shares rose 1.2% on Thursday.', 'en', 'share_move')).toEqual([['RTX']]);
  });
  it('KNDS France (Nexter until 2024) is not its Franco-German parent KNDS', () => {
    expect(
      of(
        'Castelmure and KNDS France signed a cooperation agreement to co-produce shell bodies.',
        'en',
        'agreement',
      ),
    ).toEqual([['Castelmure', 'KNDS France']]);
    expect(
      of(
        'Castelmure and Nexter signed a cooperation agreement to co-produce shell bodies.',
        'en',
        'agreement',
      ),
    ).toEqual([['Castelmure', 'KNDS France']]);
    // Counter-example: the parent group stays the parent.
    expect(
      of('Castelmure and KNDS signed a cooperation agreement to co-produce shell bodies.', 'en', 'agreement'),
    ).toEqual([['Castelmure', 'KNDS']]);
  });
});
