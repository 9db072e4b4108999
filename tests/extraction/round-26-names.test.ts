import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Round 26, names: the first words of a registry name the article wrote in full are that company
 * ("Republic" after "Republic Services", "National Bank" after "National Bank of Canada"); the bank's
 * registry name is its English one, with its French one as alias.
 */
const PUB = '2028-03-10'; // a Friday

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  claimsOf(text, language, PUB)
    .filter((c) => c.kind === kind)
    .map((c) => [...c.parties].sort());

describe('the first words of a registry name the article wrote in full are that company', () => {
  it('"Republic" after "Republic Services"', () => {
    expect(
      of(
        'Republic Services has agreed to buy Tamsworth Haulage, a regional waste collector, for $300 million. Republic shares were up 0.6% in New York.',
        'en',
        'share_move',
      ),
    ).toEqual([['Republic Services']]);
  });
  it('"National Bank" after "National Bank of Canada", which the registry names so', () => {
    const claims = claimsOf(
      'National Bank of Canada is exploring a purchase of Quillmoor Advisers, according to two people familiar with the matter. National Bank declined to comment. National Bank shares fell 0.8% in Toronto.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind !== 'acquisition').map((c) => [c.kind, c.parties])).toEqual([
      ['statement', ['National Bank of Canada']],
      ['share_move', ['National Bank of Canada']],
    ]);
  });
  it('« Bell » after « Bell Canada » in French', () => {
    expect(
      of(
        'Bell Canada a signé une entente avec Orbitane Spatial pour desservir le Grand Nord. Bell prendra aussi une participation de 12 % dans Orbitane Spatial.',
        'fr',
        'acquisition',
      ),
    ).toEqual([['Bell Canada', 'Orbitane Spatial']]);
  });
  it('counter-example: an article that never wrote the full name keeps the short one', () => {
    expect(
      of(
        'Republic shares were up 0.6% in New York after the collector raised its forecast.',
        'en',
        'share_move',
      ),
    ).toEqual([['Republic']]);
  });
  it('counter-example: two registry names the article wrote open on the word, so it names neither', () => {
    expect(
      of(
        'Bell Canada and Bell Food Group both reported results on Thursday. Bell shares rose 2% in Toronto.',
        'en',
        'share_move',
      ),
    ).toEqual([['Bell']]);
  });
});

describe('a live page’s time stamp before the item’s first word opens an item about that company', () => {
  const page = (second: string) =>
    `17:40 Quorvane ended the session down 3.4% in Frankfurt, its worst day since June.\n\n${second}`;
  it('"14:30 Helmora Dialysis is bucking the trend: the dialysis company’s shares …" is Helmora’s move', () => {
    expect(
      claimsOf(
        page(
          "14:30 Helmora Dialysis is bucking the trend in Germany: the dialysis company's shares are up 1.2% after a broker upgraded the stock to buy.",
        ),
        'en',
        PUB,
        'Healthcare stocks live: Quorvane slides',
      )
        .filter((c) => c.kind === 'share_move')
        .map((c) => c.parties),
    ).toEqual([['Quorvane'], ['Helmora Dialysis']]);
  });
  it('counter-example: a figure with a dot is no stamp, and the sentence keeps its own reading', () => {
    expect(
      claimsOf(
        page('12.50 Euros is where Quorvane shares closed on Friday, down 2%.'),
        'en',
        PUB,
        'Healthcare stocks live: Quorvane slides',
      )
        .filter((c) => c.kind === 'share_move')
        .map((c) => c.parties),
    ).toEqual([['Quorvane'], ['Quorvane']]);
  });
});

describe('Groupe Bruxelles Lambert is the holding company’s registry name, GBL its alias', () => {
  it('« GBL » is logged under the full name', () => {
    expect(
      of(
        'GBL a pris une participation de 8 % dans Vandermeulen Coatings, a annoncé le holding bruxellois jeudi.',
        'fr',
        'acquisition',
      ),
    ).toEqual([['Groupe Bruxelles Lambert', 'Vandermeulen Coatings']]);
  });
});
