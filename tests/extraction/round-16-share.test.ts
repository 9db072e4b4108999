import { describe, expect, it } from 'vitest';
import { claimsOf, moves } from './claims-of.ts';

/**
 * Round 16, share moves: the mover heads a long subject. "X, which … , added 1.1%", « l'action X, qui détenait
 * 35 % du transporteur, a gagné 6,4 % », "X shares, which had jumped on Monday …, fell 3.1%": the clause between
 * the company and its move verb may name another company, hold a figure of its own or run past the reach a
 * bare name is given; the subject before it is still the mover. Every sentence is invented for this file.
 */
// Thursday 15 March 2029: "mardi" / "on Tuesday" is the 13th, "mercredi" the 14th.
const THU = '2029-03-15';
const TUE = '2029-03-13';
const WED = '2029-03-14';

const movesOf = (text: string, language: 'fr' | 'en') => moves(claimsOf(text, language, THU));

describe('the subject before an inserted clause moves', () => {
  it('a relative clause naming another company, past the reach of a bare name', () => {
    expect(
      movesOf(
        'Tarvoss Mining, which swung wildly last month on talk - quickly dismissed - that Glencore wanted to buy its copper unit, added 2.4% in Oslo on Tuesday.',
        'en',
      ),
    ).toEqual([{ party: 'Tarvoss Mining', percent: 2.4, direction: 'up', day: TUE }]);
  });

  it('"X shares, which had soared on Monday …, dropped": the day is the main clause’s', () => {
    expect(
      movesOf(
        'Brackwell Foods shares, which had soared on Monday as rumours of a bid swept the trading floors, dropped 4.2% on Tuesday as traders took profits.',
        'en',
      ),
    ).toEqual([{ party: 'Brackwell Foods', percent: 4.2, direction: 'down', day: TUE }]);
  });

  it('« l’action X, qui détient 28 % du fabricant, a gagné … »: the stake in the clause is no move', () => {
    expect(
      movesOf(
        'À la Bourse de Paris, l’action Maréval Industries, qui détient 28 % du fabricant lyonnais, a gagné 5,2 % mardi.',
        'fr',
      ),
    ).toEqual([{ party: 'Maréval Industries', percent: 5.2, direction: 'up', day: TUE }]);
  });

  it('« X, dont le groupe suisse vient de prendre 12 % du capital, a progressé … »', () => {
    expect(
      movesOf(
        'Corvanel Santé, dont le groupe suisse vient de prendre 12 % du capital, a progressé de 1,7 % mercredi.',
        'fr',
      ),
    ).toEqual([{ party: 'Corvanel Santé', percent: 1.7, direction: 'up', day: WED }]);
  });

  it('« Les X, cotées sur Euronext Growth, ont en revanche bondi … »: a listing participle', () => {
    expect(
      movesOf(
        'Les Tanneries Ossaud, cotées sur Euronext Growth, ont en revanche bondi de 4,4 % mardi sur des volumes étoffés.',
        'fr',
      ),
    ).toEqual([{ party: 'Tanneries Ossaud', percent: 4.4, direction: 'up', day: TUE }]);
  });

  it('"X, in which Y took a 15% stake last year, rose": neither the stake nor the stakeholder moves', () => {
    expect(
      movesOf('Quillon Dairies, in which Danone took a 15% stake last year, rose 3.3% on Tuesday.', 'en'),
    ).toEqual([{ party: 'Quillon Dairies', percent: 3.3, direction: 'up', day: TUE }]);
  });
});

describe('what must stay out', () => {
  it('an index before a relative clause', () => {
    expect(movesOf('Le CAC 40, qui avait reculé de 1,2 % lundi, a gagné 0,8 % mardi.', 'fr')).toEqual([]);
    expect(movesOf('The FTSE 100, which had slipped 0.6% on Monday, rose 0.9% on Tuesday.', 'en')).toEqual(
      [],
    );
  });

  it('a sector before a relative clause', () => {
    expect(
      movesOf(
        'European carmakers, which had suffered all week from the tariff threat, rose 1.4% on Tuesday.',
        'en',
      ),
    ).toEqual([]);
  });

  it('figures that are no share move after a long subject', () => {
    expect(
      movesOf(
        "Ferlanne, qui a vu son chiffre d'affaires bondir de 14 % l'an dernier, vise une marge de 9 %.",
        'fr',
      ),
    ).toEqual([]);
    expect(
      movesOf('Hollin Retail, which owns 40% of Dunmere, said its operating margin widened to 7%.', 'en'),
    ).toEqual([]);
    expect(
      movesOf('Brenvoir, whose market share rose to 21% last year, said revenue grew 6%.', 'en'),
    ).toEqual([]);
  });

  it('a price target raised by a broker with a long name', () => {
    expect(
      movesOf(
        'Kepler Cheuvreux, qui suit Talvaro depuis 2020, a relevé de 12 % son objectif de cours.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('a year-to-date change in the clause is no second move', () => {
    expect(movesOf('Galdric Steel, which has lost 18% since January, rose 1.2% on Tuesday.', 'en')).toEqual([
      { party: 'Galdric Steel', percent: 1.2, direction: 'up', day: TUE },
    ]);
  });

  it('a company named only for comparison in the clause does not move', () => {
    expect(
      movesOf(
        'Ostrane Bank, which trades at half the valuation of BNP Paribas, gained 2.2% on Tuesday.',
        'en',
      ),
    ).toEqual([{ party: 'Ostrane Bank', percent: 2.2, direction: 'up', day: TUE }]);
  });
});

describe('a verbless change after the clause is the clause’s quantity', () => {
  it('"X, which shipped 2.1 million tonnes … last year, up 9%, has been looking for a partner"', () => {
    expect(
      movesOf(
        'Selvane Cement, which shipped 2.1 million tonnes of clinker from its two Baltic plants last year, up 9%, has been looking for a partner since January.',
        'en',
      ),
    ).toEqual([]);
  });
});

describe('"le même jour" after the subject’s clause', () => {
  it('is the day the clause named', () => {
    const claims = claimsOf(
      'Le marché a fini en ordre dispersé vendredi. Sarlène Matériaux, qui a annoncé mardi le rachat d’un négociant bordelais, a gagné 2,3 % le même jour.',
      'fr',
      THU,
    );
    expect(moves(claims)).toEqual([{ party: 'Sarlène Matériaux', percent: 2.3, direction: 'up', day: TUE }]);
  });
});
