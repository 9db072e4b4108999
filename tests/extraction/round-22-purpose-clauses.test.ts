import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

const agreements = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, '2026-03-10')
    .filter((c) => c.kind === 'agreement')
    .map((c) => [...c.parties].sort());

describe('a descriptor in a purpose clause after the deal points back to its companies', () => {
  it('adds no outside company to the deal (French)', () => {
    const lead = 'Thales a fondé S3ns avec Google. ';
    expect(
      agreements(
        `${lead}Amazon aurait conclu avec Atos un accord pour que l’ESN exploite ses services.`,
        'fr',
      ),
    ).toContainEqual(['Amazon', 'Atos']);
    expect(
      agreements(
        `${lead}Orange a signé avec Sopra Steria un contrat afin que l’entreprise de services numériques gère ses réseaux.`,
        'fr',
      ),
    ).toContainEqual(['Orange', 'Sopra Steria']);
    expect(
      agreements(
        `${lead}Capgemini s’est allié à Mistral AI pour que le spécialiste fournisse ses modèles.`,
        'fr',
      ),
    ).toContainEqual(['Capgemini', 'Mistral AI']);
  });

  it('guard: the English reading keeps the two companies of the deal', () => {
    const lead = 'Thales founded S3ns with Google. ';
    expect(
      agreements(
        `${lead}Vodafone signed a deal with Kelvane Systems so that the Dutch integrator runs its sites.`,
        'en',
      ),
    ).toContainEqual(['Kelvane Systems', 'Vodafone']);
  });

  it('counter-example: a descriptor that is the deal’s other side still stands for an earlier company', () => {
    const text =
      'Sopra Steria, l’entreprise de services numériques, publie ses comptes. Orange a signé avec l’ESN un contrat de cinq ans.';
    expect(agreements(text, 'fr')).toContainEqual(['Orange', 'Sopra Steria']);
  });
});
