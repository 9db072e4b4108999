import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Acquisitions, share moves and launches, session 24: a counted sale of goods (« la vente de douze avions à … ») is
 * no sale of a company.
 */
const TUE = '2028-03-21'; // a Tuesday

const of = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => ({ parties: [...c.parties], status: c.status }));

describe('a counted sale of goods is no sale of a company', () => {
  it('reads no acquisition in « la vente de douze avions à … », in figures or in words', () => {
    for (const text of [
      'Corvanel a finalisé la semaine dernière la vente de douze appareils à Air Tamaris.',
      'Corvanel a finalisé la vente de 40 avions à Air Tamaris.',
      'Le chantier Morvellec a conclu la vente de plusieurs navires à Brittany Ferries.',
    ])
      expect(of(claimsOf(text, 'fr', TUE), 'acquisition')).toEqual([]);
  });

  it('counter-examples: the sale of a named company, or of a share of one, is still read', () => {
    expect(
      of(claimsOf('Corvanel a finalisé la cession de Biotrel à Sanofi.', 'fr', TUE), 'acquisition'),
    ).toEqual([{ parties: ['Sanofi', 'Biotrel'], status: 'confirmed' }]);
    expect(
      of(claimsOf('Corvanel a finalisé la vente de 12 % de Biotrel à Sanofi.', 'fr', TUE), 'acquisition'),
    ).toEqual([{ parties: ['Sanofi', 'Biotrel'], status: 'confirmed' }]);
  });
});
