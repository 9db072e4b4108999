import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, partiesAndStatus } from './claims-of.ts';

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind'], title?: string) =>
  partiesAndStatus(claimsOf(text, language, '2028-11-13', title), kind);

describe('a fronted source is no name an apposition describes', () => {
  it('reads « le groupe X » after « Selon nos confrères de … , » as the subject a later « Le groupe » continues', () => {
    expect(
      of(
        'Le groupe Tessaline a obtenu le label Clef Verte pour ses campings. Selon nos confrères de La Gazette du Midi, le groupe Norvalis serait en discussions pour reprendre la Clinique des Tilleuls. Le groupe, qui vient de racheter la Clinique Saint-Oren, n’a pas souhaité commenter.',
        'fr',
        'statement',
      ),
    ).toEqual([{ parties: ['Norvalis'], status: 'rumour' }]);
  });

  it('counter-example: the company the article told of before stays the group when no source opens the sentence', () => {
    expect(
      of(
        'Le groupe Tessaline a obtenu le label Clef Verte pour ses hôtels. Le groupe, qui vient de racheter la Clinique Saint-Oren, n’a pas souhaité commenter.',
        'fr',
        'statement',
      ),
    ).toEqual([{ parties: ['Tessaline'], status: 'rumour' }]);
  });
});

describe('a generic descriptor whose topic the sentence names stands for the most salient other company', () => {
  const text =
    'Halvane Group a annoncé l’acquisition de Corvexa, un éditeur de logiciels. Corvexa a obtenu en janvier la certification ISO 27001, délivrée par Bureau Meridian. Le groupe de Villebrune a précisé que l’offre commune, qui intégrera les logiciels de Corvexa, serait disponible à partir d’octobre 2028.';

  it('is the story’s buyer, not the certifier the sentence before ended on', () => {
    const launches = of(text, 'fr', 'launch', 'Halvane Group rachète Corvexa');
    expect(launches.flatMap((c) => c.parties)).toContain('Halvane Group');
    expect(launches.flatMap((c) => c.parties)).not.toContain('Bureau Meridian');
  });

  it('counter-example: with no other company named, the descriptor adds none', () => {
    expect(
      of(
        'Corvexa a obtenu en janvier la certification ISO 27001. Le groupe de Villebrune a précisé que l’offre de Corvexa serait disponible à partir d’octobre 2028.',
        'fr',
        'launch',
      ).flatMap((c) => c.parties),
    ).toEqual(['Corvexa']);
  });
});
