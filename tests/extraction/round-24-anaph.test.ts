import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  claimsOf(text, language, '2028-11-13')
    .filter((c) => c.kind === kind)
    .map((c) => ({ parties: [...c.parties].sort(), status: c.status }));

describe('registry: L3Harris Technologies, Sibanye-Stillwater and the Poinçon de Genève', () => {
  it('names L3Harris by its full name, whichever form the article writes', () => {
    expect(
      of('L3Harris declined to comment on the report about Vendrel Orbital.', 'en', 'statement'),
    ).toEqual([{ parties: ['L3Harris Technologies'], status: 'rumour' }]);
  });

  it('reads « le groupe platinifère » as the mining group the sentence named, not the other company', () => {
    expect(
      of(
        'Lundi, une dépêche prêtait à Korvalis Mining des discussions avec Sibanye-Stillwater sur une participation de 35 %, ce que le groupe platinifère a démenti dès le lendemain.',
        'fr',
        'statement',
      ),
    ).toEqual([{ parties: ['Sibanye-Stillwater'], status: 'denied' }]);
  });

  it('reads the Geneva hallmark as a label obtained, its bureau never a holder', () => {
    const certs = claimsOf(
      'Montres Vardelle a obtenu le Poinçon de Genève pour son calibre automatique, délivré par le Bureau officiel du Poinçon de Genève.',
      'fr',
      '2028-11-13',
    ).filter((c) => c.kind === 'certification');
    expect(certs.map((c) => [c.parties, c.kind === 'certification' ? c.label : ''])).toEqual([
      [['Montres Vardelle'], 'Poinçon de Genève'],
    ]);
  });

  it('counter-example: a hallmark only applied for is no certification', () => {
    expect(
      of('Montres Vardelle a déposé un dossier pour obtenir le Poinçon de Genève.', 'fr', 'certification'),
    ).toEqual([]);
  });
});

describe('an everyday-word registry name opening a product name is not the company', () => {
  it('does not read « Total Platform » as TotalEnergies', () => {
    expect(
      of(
        "The two companies signed a five-year Total Platform agreement under which Vendell will run Corvane's website.",
        'en',
        'agreement',
      ).filter((c) => c.parties.includes('TotalEnergies')),
    ).toEqual([]);
  });

  it('counter-example: « Total » on its own is still TotalEnergies', () => {
    expect(of('Total shares rose 2% on Tuesday after the results.', 'en', 'share_move')).toEqual([
      { parties: ['TotalEnergies'], status: 'confirmed' },
    ]);
  });
});
