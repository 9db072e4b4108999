import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * A bare company noun as what is bought into or approached (round 9c): "a 7.5% stake in the company",
 * « a approché la société » stand for the company the sentence named before its buyer, else the story's
 * company; never for the buyer itself, and for nothing when no other company fits. Invented sentences.
 */
const PUB = '2029-05-09T08:00:00Z';

const partiesOf = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => c.parties.join(' | '));

describe('a bare company noun in a stake or approach slot', () => {
  it('is the company the sentence named before its buyer', () => {
    const cases: [string, 'en' | 'fr'][] = [
      [
        'Corlay Group, which signed a supply deal with Venmark Systems last year, said on Tuesday it had taken a 12% stake in the company.',
        'en',
      ],
      [
        'Venmark Systems shares jumped 9% after Corlay Group said it had bought a 12% stake in the company.',
        'en',
      ],
      [
        'Venmark Systems shares jumped 9% after reports that Corlay Group had approached the company about a takeover.',
        'en',
      ],
      [
        'Le titre Venmark a bondi de 9 % après que Corlay a pris une participation de 12 % dans la société.',
        'fr',
      ],
    ];
    for (const [text, lang] of cases) {
      const bought = partiesOf(claimsOf(text, lang, PUB), 'acquisition');
      expect(bought.map((p) => p.replace(/ (?:Group|Systems)/gu, ''))).toEqual(['Corlay | Venmark']);
    }
  });

  it('is the story’s company when the sentence names only the buyer (fr)', () => {
    const text = [
      'Altenor Data a obtenu la certification ISO 27001 pour ses centres de données de Lille.',
      'Selon nos informations, le fonds Ardian aurait récemment approché la société en vue d’une prise de participation minoritaire.',
    ].join('\n\n');
    expect(partiesOf(claimsOf(text, 'fr', PUB), 'acquisition')).toEqual(['Ardian | Altenor Data']);
  });

  it('is the story’s company when the sentence names only the buyer (en)', () => {
    const text = [
      'Quillmark Software won ISO 27001 certification for its payments platform on Monday.',
      'Harrowgate Bank has taken a 7.5% stake in the company, people familiar with the matter said.',
    ].join('\n\n');
    expect(partiesOf(claimsOf(text, 'en', PUB), 'acquisition')).toEqual([
      'Harrowgate Bank | Quillmark Software',
    ]);
  });

  it('stands for no company when the buyer is the only one the article names', () => {
    const en = 'Harrowgate Bank said it had taken a 7.5% stake in the company through a share swap.';
    expect(partiesOf(claimsOf(en, 'en', PUB), 'acquisition')).toEqual([]);
    const fr = 'Le fonds Ardian a approché la société la semaine dernière, selon deux sources.';
    expect(partiesOf(claimsOf(fr, 'fr', PUB), 'acquisition')).toEqual([]);
  });

  it('leaves a company noun the subject of its own sentence as the buyer', () => {
    const text = [
      'Brévane Télécom a dévoilé mercredi ses résultats semestriels.',
      'La société a pris une participation de 20 % dans Kermoal Fibre, un opérateur de réseaux bretons.',
    ].join('\n\n');
    expect(partiesOf(claimsOf(text, 'fr', PUB), 'acquisition')).toEqual(['Brévane Télécom | Kermoal Fibre']);
  });
});
