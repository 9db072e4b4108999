import { describe, expect, it } from 'vitest';
import { claimsOf, moves } from './claims-of.ts';

/**
 * Round 24, party: whose share move. An index's or an exchange-traded fund's name is no company (it neither
 * moves as one nor takes a company's descriptor); a stock word of a descriptor after a colon restates the
 * sentence's subject (« Seul X a fait exception : le titre de l'avionneur a reculé »).
 */
const PUB = '2028-03-10'; // a Friday

const movers = (text: string, language: 'fr' | 'en') =>
  moves(claimsOf(text, language, PUB)).map((m) => [m.party, m.percent]);

describe('index and fund names are no companies', () => {
  it('the capitalised rest of an index name takes no move', () => {
    expect(
      movers(
        "L'indice Stoxx Europe Marine & Ports a cédé 1,2 % jeudi. Seul Quervane a fait exception : le titre a reculé de 0,7 % après l'annonce.",
        'fr',
      ).every(([party]) => party !== 'Europe Marine & Ports'),
    ).toBe(true);
  });
  it('an ETF does not move as a company', () => {
    expect(
      movers('Tarnwell Orbital shares rose 4% on Thursday. The Kelvar Space ETF added 1.4%.', 'en'),
    ).toEqual([['Tarnwell Orbital', 4]]);
  });
  // Counter-example: a company compared with an index keeps its move.
  it('a company beside an index keeps its move', () => {
    expect(movers("Quervane a gagné 2 % jeudi, contre 0,3 % pour l'indice Stoxx Europe 600.", 'fr')).toEqual([
      ['Quervane', 2],
    ]);
  });
});

describe('a stock word of a descriptor after a colon restates the subject', () => {
  it('« Seul X a fait exception : le titre de l’avionneur a reculé »', () => {
    const text =
      "Dassault Aviation a gagné 3 % jeudi. Le secteur a progressé, tandis que l'indice Stoxx Europe Aerospace & Defense avançait de 2,6 %. Seul Airbus a fait exception : le titre de l'avionneur a reculé de 0,7 % après l'annonce de retards.";
    expect(movers(text, 'fr')).toContainEqual(['Airbus', 0.7]);
    expect(movers(text, 'fr')).not.toContainEqual(['Dassault Aviation', 0.7]);
  });
  // Counter-example: a name after the colon is its own mover.
  it('a name after the colon keeps the move', () => {
    expect(movers('Seul Airbus a fait exception : le titre Quervane a reculé de 0,7 % jeudi.', 'fr')).toEqual(
      [['Quervane', 0.7]],
    );
  });
});
