import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, moves } from './claims-of.ts';

/** « la junior » an article introduced; figures of financial quantities and index lists that are no share moves. */
const PUB = '2027-10-05T10:00:00Z'; // a Tuesday

const stakes = (claims: Claim[]) =>
  claims.flatMap((c) => (c.kind === 'acquisition' ? [[...c.parties, c.status, c.percent]] : []));

describe('« la junior », a mining explorer the article introduced so', () => {
  it('a stake « dans la junior » is one in the company the article called a junior', () => {
    expect(
      stakes(
        claimsOf(
          "Tardivel Mining, la junior qui développe le projet de Lac-Ombrelle, a publié lundi une étude saluée par Glencore. Le même jour, ArcelorMittal a annoncé l'acquisition d'une participation de 15 % dans la junior, par voie de placement privé.",
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['ArcelorMittal', 'Tardivel Mining', 'confirmed', 15]]);
  });

  it('counter-example: never introduced as a junior, « la junior » stands for no company named around it', () => {
    expect(
      stakes(
        claimsOf(
          "Tardivel Mining a publié lundi une étude saluée par Glencore. Le même jour, ArcelorMittal a annoncé l'acquisition d'une participation de 15 % dans la junior, par voie de placement privé.",
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
  });
});

describe('financial quantities are no share moves', () => {
  it('« un ratio de solvabilité de 188 %, en baisse de 24 points »: a ratio, not the stock', () => {
    expect(
      moves(
        claimsOf(
          'Mutuelle Kervadec a affiché en 2027 un ratio combiné de 99 %, dégradé par les tempêtes, et Caisse Penvénan un ratio de solvabilité de 188 %, confortable mais en baisse de 24 points en deux ans.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
  });

  it("« son résultat net s'établit à 212 millions d'euros, en recul de 3 % »: the quantity's change", () => {
    expect(
      moves(
        claimsOf(
          "En 2027, la Caisse Morvellec Grand Ouest a retrouvé des couleurs : son produit net bancaire a progressé de 4,2 %, à 1,1 milliard d'euros, et son résultat net s'établit à 212 millions d'euros, en recul de 3 % seulement malgré une hausse du coût du risque.",
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
  });

  it('counter-example: "shares closed at 80 pence, down 3%" is the stock\'s move', () => {
    expect(
      moves(claimsOf("Harlock Bank's shares closed at 80 pence, down 3%.", 'en', PUB)).map((m) => [
        m.party,
        m.percent,
        m.direction,
      ]),
    ).toEqual([['Harlock Bank', 3, 'down']]);
  });

  it("counter-example: « l'action a clôturé à 12,40 euros, en hausse de 3 % » is the stock's move", () => {
    expect(
      moves(
        claimsOf(
          "Banque Morvellec a publié ses comptes lundi. L'action Banque Morvellec a clôturé à 12,40 euros, en hausse de 3 %.",
          'fr',
          PUB,
        ),
      ).map((m) => [m.party, m.percent, m.direction]),
    ).toEqual([['Banque Morvellec', 3, 'up']]);
  });
});

describe('an index in a list of market moves', () => {
  it('« le LuxX cède 0,5 % »: the Luxembourg index, no company', () => {
    expect(
      moves(
        claimsOf(
          'Fin de séance morose : le BEL 20 termine en baisse de 0,7 %, le LuxX cède 0,5 % et Brauvel Finance abandonne 1,6 %.',
          'fr',
          PUB,
        ),
      ).map((m) => [m.party, m.percent, m.direction]),
    ).toEqual([['Brauvel Finance', 1.6, 'down']]);
  });
});

describe('a possessive stock word after a semicolon', () => {
  const before = 'Tarvelo shares rose 9.6% on Thursday in Brussels.';
  it('"X, which handles part of Y\'s volume, is not part of the deal; its shares slipped": the subject X', () => {
    expect(
      moves(
        claimsOf(
          `${before} Brauvel Payments, which still handles part of Tarvelo's online volume, is not part of the new arrangement; its shares slipped 1.5% on Thursday.`,
          'en',
          '2028-03-17T07:10:00Z',
        ),
      ).map((m) => [m.party, m.percent, m.direction]),
    ).toEqual([
      ['Tarvelo', 9.6, 'up'],
      ['Brauvel Payments', 1.5, 'down'],
    ]);
  });

  it('counter-example: a company that is no subject of the sentence gets no move', () => {
    expect(
      moves(
        claimsOf(
          `${before} A note on Brauvel Payments, which still handles part of Tarvelo's online volume, came out; its shares slipped 1.5% on Thursday.`,
          'en',
          '2028-03-17T07:10:00Z',
        ),
      ).map((m) => m.party),
    ).not.toContain('Brauvel Payments');
  });
});
