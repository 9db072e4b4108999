import { describe, expect, it } from 'vitest';
import { claimsOf, moves } from './claims-of.ts';

/**
 * Round 15, share moves: whose shares moved, and on which day. A weekday inside a newspaper's name ("a Sunday
 * Times report", "The Sunday Courier") is no day; a day completing another noun after the figure ("l'euphorie
 * de la veille") dates that noun's event, not the move; a move verb coordinated past a comma ("…, and rose a
 * further 2% on Friday") continues the last mover, whatever company the clause before it named. Every
 * sentence is invented for this file.
 */
// Monday 18 and Wednesday 20 October 2027.
const MON = '2027-10-18';
const WED = '2027-10-20';

describe('a weekday inside a newspaper’s name is no day', () => {
  it('"after a Sunday Courier report": the move is the publication day’s', () => {
    const claims = claimsOf(
      'Shares in Quarnell Tools jumped 11.2% in early London trade after a Sunday Courier report that a rival had approached the company.',
      'en',
      MON,
    );
    expect(moves(claims)).toEqual([{ party: 'Quarnell Tools', percent: 11.2, direction: 'up', day: MON }]);
  });

  it('"after The Sunday Gazette reported": the same', () => {
    const claims = claimsOf(
      'Delmore Brands shares fell 4.1% after The Sunday Gazette reported that its chief executive would step down.',
      'en',
      MON,
    );
    expect(moves(claims)).toEqual([{ party: 'Delmore Brands', percent: 4.1, direction: 'down', day: MON }]);
  });

  it('counter-example: "on Friday" is still a day', () => {
    const claims = claimsOf('Delmore Brands shares fell 4.1% on Friday after a broker downgrade.', 'en', MON);
    expect(moves(claims)).toEqual([
      { party: 'Delmore Brands', percent: 4.1, direction: 'down', day: '2027-10-15' },
    ]);
  });
});

describe('a day completing another noun after the figure', () => {
  it('« Mercredi matin, … cédait 1,2 %, … l’euphorie de la veille »: the fronted day is the move’s', () => {
    const claims = claimsOf(
      'Mercredi matin, le titre Ravenne Logiciels cédait 1,2 %, à 31,40 euros, les investisseurs prenant leurs bénéfices après l’euphorie de la veille.',
      'fr',
      WED,
    );
    expect(moves(claims)).toEqual([
      { party: 'Ravenne Logiciels', percent: 1.2, direction: 'down', day: WED },
    ]);
  });

  it('counter-example: « lors de la séance de lundi » is the move’s session', () => {
    const claims = claimsOf('Le titre Ravenne Logiciels a cédé 1,2 % lors de la séance de lundi.', 'fr', WED);
    expect(moves(claims)).toEqual([
      { party: 'Ravenne Logiciels', percent: 1.2, direction: 'down', day: MON },
    ]);
  });
});

describe('a move verb coordinated past a comma continues the last mover', () => {
  it('"…, after X announced a deal with Y, and rose a further 2.2% on Tuesday": not Y', () => {
    const claims = claimsOf(
      'Talbrook Analytics shares gained 3.8% on Monday after the company announced a reseller deal with Oracle, and rose a further 2.2% on Tuesday.',
      'en',
      WED,
    );
    expect(moves(claims)).toEqual([
      { party: 'Talbrook Analytics', percent: 3.8, direction: 'up', day: MON },
      { party: 'Talbrook Analytics', percent: 2.2, direction: 'up', day: '2027-10-19' },
    ]);
  });

  it('« …, après l’annonce d’un contrat avec Airbus, et a encore pris 2 % mardi »: pas Airbus', () => {
    const claims = claimsOf(
      'L’action Corvelle Aéro a bondi de 6,5 % lundi après l’annonce d’un contrat avec Airbus, et a encore pris 2 % mardi.',
      'fr',
      WED,
    );
    const parties = moves(claims).map((m) => m?.party);
    expect(parties).not.toContain('Airbus');
    expect(moves(claims)).toContainEqual({ party: 'Corvelle Aéro', percent: 6.5, direction: 'up', day: MON });
  });

  it('counter-example: a new subject after the conjunction moves itself', () => {
    const claims = claimsOf(
      'Talbrook Analytics shares gained 3.8% after Oracle cut its prices, and Oracle fell 1.1%.',
      'en',
      WED,
    );
    expect(moves(claims).map((m) => m?.party)).toEqual(['Talbrook Analytics', 'Oracle']);
  });
});
