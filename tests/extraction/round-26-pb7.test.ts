import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Round 26, pb7: words that join a company's name from inside (inner-joins.ts): two trades or a family tail
 * coordinated, a Dutch or German particle, a French trade noun in « -erie » and its complement, a trade head's
 * capitalised article; a live item's clock time opens no name.
 */
const PUB = '2031-05-14'; // a Wednesday

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  claimsOf(text, language, PUB)
    .filter((c) => c.kind === kind)
    .map((c) => [...c.parties].sort());

describe('a coordination inside one name', () => {
  it('"Oil and Gas" is one company', () => {
    expect(
      of(
        'Tarnwick Point Oil and Gas has obtained ISO 50001 certification for its terminal.',
        'en',
        'certification',
      ),
    ).toEqual([['Tarnwick Point Oil and Gas']]);
  });
  it('« et Fils » closes a family firm’s name', () => {
    expect(
      of(
        'La Menuiserie Kerlouan et Fils a signé un contrat de fourniture avec Leroy Merlin.',
        'fr',
        'agreement',
      ),
    ).toEqual([['Leroy Merlin', 'Menuiserie Kerlouan et Fils']]);
  });
  it('« Forges et Aciéries » are one company’s trades', () => {
    expect(
      of(
        'Les Forges et Aciéries du Vexin ont signé un accord de fourniture avec Stellantis.',
        'fr',
        'agreement',
      ),
    ).toEqual([['Forges et Aciéries du Vexin', 'Stellantis']]);
  });
  it('counter-example: two companies listed side by side stay two', () => {
    expect(
      of('Brenlow Foods and Carrick Logistics have signed a distribution agreement.', 'en', 'agreement'),
    ).toEqual([['Brenlow Foods', 'Carrick Logistics']]);
  });
  it('counter-example: a trade word heading a name of its own opens a second company', () => {
    expect(
      of('Vaudrenne Capital et Groupe Lissart ont signé un partenariat de distribution.', 'fr', 'agreement'),
    ).toEqual([['Groupe Lissart', 'Vaudrenne Capital']]);
    expect(
      of('Harwick Energy and Power Lane Systems have signed a supply agreement.', 'en', 'agreement'),
    ).toEqual([['Harwick Energy', 'Power Lane Systems']]);
  });
});

describe('a Dutch or German particle inside a name', () => {
  it('"Van der" at sentence start stays on the name', () => {
    expect(of('Van der Meulenhof Packaging has agreed to buy Tresham Cartons.', 'en', 'acquisition')).toEqual(
      [['Tresham Cartons', 'Van der Meulenhof Packaging']],
    );
  });
  it('a lowercase "von" opens a name closed by a legal form', () => {
    expect(
      of(
        'Freight forwarder von Quellenberg Spedition GmbH has signed an agreement with Maersk.',
        'en',
        'agreement',
      ),
    ).toEqual([['Maersk', 'von Quellenberg Spedition GmbH']]);
  });
});

describe('French trade nouns in « -erie » and a trade head’s article', () => {
  it('« la Peinturerie du Lauzet » keeps its complement', () => {
    expect(
      of('Saint-Gobain a racheté la Peinturerie du Lauzet, spécialiste des façades.', 'fr', 'acquisition'),
    ).toEqual([['Peinturerie du Lauzet', 'Saint-Gobain']]);
  });
  it('« la Conserverie La Pointelle » keeps its article', () => {
    expect(
      of('La Conserverie La Pointelle a signé un accord de distribution avec Carrefour.', 'fr', 'agreement'),
    ).toEqual([['Carrefour', 'Conserverie La Pointelle']]);
  });
});

describe('a live item’s clock time', () => {
  it('« 10h42 » opens no name', () => {
    const moves = claimsOf('10h42 Tôleries Vandrel recule de 3,2 % après un avertissement.', 'fr', PUB)
      .filter((c) => c.kind === 'share_move')
      .map((c) => c.parties);
    expect(moves).toEqual([['Tôleries Vandrel']]);
  });
});

describe('an English bank’s name through "of"', () => {
  it('"Bank of the Wendle" is one name', () => {
    expect(of('Bank of the Wendle has agreed to buy Marsham Home Loans.', 'en', 'acquisition')).toEqual([
      ['Bank of the Wendle', 'Marsham Home Loans'],
    ]);
  });
  it('counter-example: "of" after another trade word still ends the name', () => {
    expect(
      of('Marsham Home Loans of Norwich has agreed to buy Tarvey Credit.', 'en', 'acquisition').flat(),
    ).not.toContain('Marsham Home Loans of Norwich');
  });
});

describe('a place before a role noun and a name', () => {
  it('"Norfolk grower Elmham Salads": the grower is the party, not the county', () => {
    expect(
      of('Greencore has bought a 30% stake in Norfolk grower Elmham Salads.', 'en', 'acquisition'),
    ).toEqual([['Elmham Salads', 'Greencore']]);
  });
});
