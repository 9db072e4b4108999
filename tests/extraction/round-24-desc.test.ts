import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { extractClaims } from '../../src/extraction/extract-claims.ts';

const claims = (text: string, language: 'fr' | 'en', publishedAt = '2028-11-13'): Claim[] =>
  extractClaims({ text, language, publishedAt }).claims;

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind'], publishedAt?: string) =>
  claims(text, language, publishedAt)
    .filter((c) => c.kind === kind)
    .map((c) => ({ parties: [...c.parties].sort(), status: c.status }));

describe('the Brest mutualist group is Arkéa, and access promised to an offer is a launch', () => {
  it('reads « le groupe mutualiste brestois » as Crédit Mutuel Arkéa, launching its range for the clients it bought', () => {
    expect(
      of(
        "Crédit Mutuel Arkéa rachète Banque Vardelle. Le groupe mutualiste brestois a indiqué que les 20 000 clients de Banque Vardelle n'auraient pas accès à sa gamme d'épargne avant le printemps 2029.",
        'fr',
        'launch',
      ),
    ).toEqual([{ parties: ['Crédit Mutuel Arkéa'], status: 'confirmed' }]);
  });

  it('does not read access lost to accounts as a launch', () => {
    expect(
      of(
        "Crédit Mutuel Arkéa rachète Banque Vardelle. Le groupe mutualiste brestois a indiqué que les 20 000 clients de Banque Vardelle n'auront plus accès à leurs comptes le 3 mai.",
        'fr',
        'launch',
      ),
    ).toEqual([]);
  });
});

describe('« l’électronicien » is a trade noun: « l’électronicien de Labège » is a company of that town, not a party named Labège', () => {
  it('reads the descriptor as the company the sentence before introduced', () => {
    expect(
      of(
        "Vormelle Systèmes change de dimension. L'électronicien de Labège a signé avec Dassault Aviation un accord de coopération portant sur un pod de brouillage.",
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Dassault Aviation', 'Vormelle Systèmes'], status: 'confirmed' }]);
  });

  it('keeps a company actually named after its trade word', () => {
    expect(
      of(
        'Électronicien Lorvane a signé avec Dassault Aviation un accord de coopération portant sur un pod de brouillage.',
        'fr',
        'agreement',
      ),
    ).toEqual([{ parties: ['Dassault Aviation', 'Électronicien Lorvane'], status: 'confirmed' }]);
  });
});
