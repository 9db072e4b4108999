import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, partiesAndStatus } from './claims-of.ts';

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  partiesAndStatus(claimsOf(text, language, '2029-05-16'), kind);
const percents = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, '2029-05-16').flatMap((c) => (c.kind === 'acquisition' ? [c.percent] : []));

describe('stakes and purchases told with their buyer and target in any order', () => {
  it('reads the buyer of a stake sold "to the" fund, after "a" stake told with the English article', () => {
    const text =
      'The Dorvane group is discussing the sale of a 15% stake in Pellinor Énergie to the Kasrah Sovereign Authority.';
    expect(of(text, 'en', 'acquisition')).toEqual([
      { parties: ['Kasrah Sovereign Authority', 'Pellinor Énergie'], status: 'rumour' },
    ]);
    expect(percents(text, 'en')).toEqual([15]);
    expect(
      of(
        'Mirecourt Holdings sold 12% of Pellinor Énergie to the Kasrah Sovereign Authority on Monday.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Kasrah Sovereign Authority', 'Pellinor Énergie'], status: 'confirmed' }]);
  });

  it('counter-example: a sale to the public or to a place names no buyer', () => {
    expect(
      of(
        'Mirecourt Holdings sold its Tervel Foods stake on Monday to the relief of investors in Lyon.',
        'en',
        'acquisition',
      ),
    ).toEqual([]);
  });

  it('reads a one-word buyer opening the sentence on "is negotiating"', () => {
    const text = 'Brandvik is negotiating to take 24.9% of Oderhain Netz, Handelsblatt reported on Thursday.';
    expect(of(text, 'en', 'acquisition')).toEqual([
      { parties: ['Brandvik', 'Oderhain Netz'], status: 'rumour' },
    ]);
    expect(percents(text, 'en')).toEqual([24.9]);
  });

  it('counter-example: a common word negotiating opens no name', () => {
    expect(
      of('Unions are negotiating to keep 40% of the jobs at Oderhain Netz.', 'en', 'acquisition'),
    ).toEqual([]);
  });

  it('reads money invested "for a 20% stake in" a company as the purchase of that stake', () => {
    const text =
      'The Northmoor Growth Fund has agreed to invest 150 million pounds for a 20% stake in Caldbeck Cells, the battery maker.';
    expect(of(text, 'en', 'acquisition')).toEqual([
      { parties: ['Caldbeck Cells', 'Northmoor Growth Fund'], status: 'confirmed' },
    ]);
    expect(percents(text, 'en')).toEqual([20]);
  });

  it('counter-example: money invested for a share of output is no stake', () => {
    expect(
      of(
        'Northmoor Energy will invest 40 million pounds for 20% of the output of the Caldbeck plant.',
        'en',
        'acquisition',
      ),
    ).toEqual([]);
  });

  it('reads shares two investors each take in a joint venture just created as shares of the venture', () => {
    const text =
      "Velmont et Arcadis ont officialisé mardi la création d'Orbiscope, la coentreprise spatiale. Korvel Capital et la Banca Sarni ont chacune souscrit 10 % du capital.";
    expect(of(text, 'fr', 'acquisition')).toEqual([
      { parties: ['Korvel Capital', 'Orbiscope'], status: 'confirmed' },
      { parties: ['Banca Sarni', 'Orbiscope'], status: 'confirmed' },
    ]);
    const planned =
      'Velmont et Arcadis seraient en discussions pour créer une coentreprise baptisée Orbiscope. Korvel Capital et la Banca Sarni prendraient chacune 10 % du capital de la future société.';
    expect(of(planned, 'fr', 'acquisition')).toEqual([
      { parties: ['Korvel Capital', 'Orbiscope'], status: 'rumour' },
      { parties: ['Banca Sarni', 'Orbiscope'], status: 'rumour' },
    ]);
  });

  it("counter-example: the founders' own shares of their venture are no purchase", () => {
    expect(
      of(
        "Velmont et Arcadis ont officialisé mardi la création d'Orbiscope, la coentreprise spatiale. Les deux industriels en détiendront chacun 40 %.",
        'fr',
        'acquisition',
      ),
    ).toEqual([]);
  });
});
