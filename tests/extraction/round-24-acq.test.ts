import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Acquisitions, share moves and launches, session 24: a counted sale of goods (« la vente de douze avions à … ») is
 * no sale of a company; a newsletter's
 * menu told for a day (« Au menu de cette Matinale du lundi 2 octobre : … », « Au menu ce mardi : … ») announces
 * topics, not facts.
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

describe("a newsletter's menu for a day announces topics, not facts", () => {
  it('reads no claim in « Au menu de cette Matinale du lundi … : » or « Au menu ce mardi : »', () => {
    for (const text of [
      'Au menu de cette Matinale du lundi 2 octobre : une rumeur dans le chiffrement et le lancement par Orvane de sa plateforme le 3 novembre.',
      'Au menu ce mardi : un possible rachat dans le fromage, les hausses de tarifs de Danone et la livraison express de Picard.',
    ])
      expect(claimsOf(text, 'fr', TUE)).toEqual([]);
  });

  it('counter-example: the same news told as a fact is read', () => {
    expect(of(claimsOf('Orvane lancera sa plateforme le 3 novembre.', 'fr', TUE), 'launch')).toEqual([
      { parties: ['Orvane'], status: 'confirmed' },
    ]);
  });
});
