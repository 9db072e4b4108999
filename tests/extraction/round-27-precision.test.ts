import { describe, expect, it } from 'vitest';
import { claimsOf, moves } from './claims-of.ts';

describe('a change measured against an offer price, last year or a span of months is no session’s move', () => {
  it('reads "up 15% from its offer price" and "up 9% on last year" as no move, keeping the day’s move', () => {
    const claims = claimsOf(
      'Verhaal Optics debuted in Tokyo in February. Verhaal Optics is up about 15% from its offer price. Verhaal Optics shares rose 2.1% on Monday. Its order cover for 2029 stands at ¥80bn, up 9% on last year.',
      'en',
      '2028-03-08',
    );
    expect(moves(claims)).toEqual([
      { party: 'Verhaal Optics', percent: 2.1, direction: 'up', day: '2028-03-06' },
    ]);
  });

  it('reads "gained 6% last week" as a week’s change, but not a later move after it', () => {
    const claims = claimsOf(
      'Brisvale Mining shares gained more than 6% last week as investors awaited the drilling results. Tallow Creek Energy, which fell 4% last week, rose 3% on Monday.',
      'en',
      '2028-03-08',
    );
    expect(moves(claims)).toEqual([
      { party: 'Tallow Creek Energy', percent: 3, direction: 'up', day: '2028-03-06' },
    ]);
  });

  it('reads « en hausse de 14 % par rapport à son prix d’introduction » and « sur les neuf premiers mois » as no move', () => {
    const claims = claimsOf(
      "Ormelune Santé a fait ses débuts à la Bourse de Paris en janvier. Le titre d'Ormelune Santé reste en hausse de 14 % par rapport à son prix d'introduction. Le chiffre de la fréquentation sur le réseau de Ventaro Autoroutes a progressé de 8 % sur les neuf premiers mois de l'année. L'action Ventaro Autoroutes a gagné 1,2 % lundi.",
      'fr',
      '2028-03-08',
    );
    expect(moves(claims)).toEqual([
      { party: 'Ventaro Autoroutes', percent: 1.2, direction: 'up', day: '2028-03-06' },
    ]);
  });

  it('counter-example: a move of the day told beside « la semaine dernière » for another fact stays', () => {
    const claims = claimsOf(
      "Korsen Industrie, qui avait annoncé la semaine dernière un plan d'économies, a bondi de 5,4 % mardi à la Bourse de Paris.",
      'fr',
      '2028-03-08',
    );
    expect(moves(claims)).toEqual([
      { party: 'Korsen Industrie', percent: 5.4, direction: 'up', day: '2028-03-07' },
    ]);
  });
});
