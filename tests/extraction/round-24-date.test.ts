import { describe, expect, it } from 'vitest';
import { claimsOf, moves } from './claims-of.ts';

/**
 * Dates and values, session 24: stocks told moving on a day, with no figure yet, date the session whose dayless
 * figures follow; « à la Bourse de Paris » is where a stock trades, not an index whose figure follows.
 */
const THU = '2028-03-23'; // a Thursday
const WED = '2028-03-22';

describe('stocks told moving on a day date the session of the figures that follow', () => {
  it('« a fait décoller les valeurs de défense mercredi »: the dayless figures after it are Wednesday’s', () => {
    expect(
      moves(
        claimsOf(
          'La perspective de commandes a fait décoller les valeurs de défense mercredi. Dans la foulée du discours, Varbelle Défense a gagné 4,6 % et Ostrand Systèmes 2,3 %.',
          'fr',
          THU,
        ),
      ),
    ).toEqual([
      { party: 'Varbelle Défense', percent: 4.6, direction: 'up', day: WED },
      { party: 'Ostrand Systèmes', percent: 2.3, direction: 'up', day: WED },
    ]);
  });

  it('"Bank stocks slumped on Wednesday": the next dayless move is Wednesday’s', () => {
    expect(
      moves(
        claimsOf(
          'Bank stocks slumped on Wednesday as bond yields jumped. Harlow Lending fell 5.2% after the lender cut its guidance.',
          'en',
          THU,
        ),
      ),
    ).toEqual([{ party: 'Harlow Lending', percent: 5.2, direction: 'down', day: WED }]);
  });

  it('counter-example: a day of news with no stocks moving leaves the move on the publication day', () => {
    expect(
      moves(
        claimsOf(
          'Le gouvernement a présenté mercredi son projet de loi. Varbelle Défense a gagné 4,6 %.',
          'fr',
          THU,
        ),
      ),
    ).toEqual([{ party: 'Varbelle Défense', percent: 4.6, direction: 'up', day: THU }]);
  });

  it('counter-example: stocks that had moved on an earlier day are background, not the session', () => {
    expect(
      moves(
        claimsOf('Les valeurs de défense avaient bondi lundi. Varbelle Défense a gagné 4,6 %.', 'fr', THU),
      ),
    ).toEqual([{ party: 'Varbelle Défense', percent: 4.6, direction: 'up', day: THU }]);
  });
});

describe('« à la Bourse de Paris » is the venue of a move, not an index', () => {
  it('an earlier move told after the venue keeps its own day', () => {
    expect(
      moves(
        claimsOf(
          "L'action Morvelin a gagné 3,4 % mercredi à la Bourse de Paris, après une hausse de 6,1 % vendredi dernier.",
          'fr',
          THU,
        ),
      ),
    ).toEqual([
      { party: 'Morvelin', percent: 3.4, direction: 'up', day: WED },
      { party: 'Morvelin', percent: 6.1, direction: 'up', day: '2028-03-17' },
    ]);
  });

  it('counter-example: the Bourse de Paris as a subject moves as an index, no share move of its own', () => {
    expect(
      moves(
        claimsOf(
          'Morvelin a gagné 3,4 % mercredi, tandis que la Bourse de Paris a terminé en hausse de 0,8 %.',
          'fr',
          THU,
        ),
      ),
    ).toEqual([{ party: 'Morvelin', percent: 3.4, direction: 'up', day: WED }]);
  });
});
