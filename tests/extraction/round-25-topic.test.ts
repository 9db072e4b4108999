import { describe, expect, it } from 'vitest';
import { claimsOf, moves } from './claims-of.ts';

const PUBLISHED = '2029-03-07'; // a Wednesday

describe('a stock word with no article opening a sentence: the story company moves', () => {
  it('reads a bare "Shares fell" after a paragraph about one company as that company\'s move', () => {
    const text =
      'Corvandel Industries said on Monday it had sold its packaging unit to a private-equity fund for 400 million euros.\n\nShares fell 2.7% in Milan on Tuesday after the sale.';
    expect(moves(claimsOf(text, 'en', PUBLISHED))).toEqual([
      { party: 'Corvandel Industries', percent: 2.7, direction: 'down', day: '2029-03-06' },
    ]);
  });

  it('reads a fact box "Shares: +9.6% on Monday" as the company\'s move, not its year-to-date figure', () => {
    const text =
      'Brisquet Metering won a ten-year contract to supply smart meters to a Welsh utility.\n\nShares: +9.6% on Monday to 184p; +31% year to date.';
    expect(moves(claimsOf(text, 'en', PUBLISHED))).toEqual([
      { party: 'Brisquet Metering', percent: 9.6, direction: 'up', day: '2029-03-05' },
    ]);
  });

  it("reads a French fact box « Titre : -3,2 % lundi » as the company's move", () => {
    const text =
      'Valmorin Énergie a annoncé lundi le report de la mise en service de son parc éolien de Fécamp.\n\nTitre : -3,2 % lundi.';
    expect(moves(claimsOf(text, 'fr', PUBLISHED))).toEqual([
      { party: 'Valmorin Énergie', percent: 3.2, direction: 'down', day: '2029-03-05' },
    ]);
  });

  it('keeps a market share or a revenue figure opening a sentence out of the share moves', () => {
    const text =
      'Corvandel Industries said on Monday it had sold its packaging unit to a private-equity fund.\n\nSales fell 2.7% in the first half.';
    expect(moves(claimsOf(text, 'en', PUBLISHED))).toEqual([]);
  });

  it('keeps an index told with a bare "Stocks" out of the company\'s moves', () => {
    const text =
      'Corvandel Industries said on Monday it had sold its packaging unit to a private-equity fund.\n\nThe FTSE MIB fell 0.4% on Tuesday.';
    expect(moves(claimsOf(text, 'en', PUBLISHED))).toEqual([]);
  });
});
