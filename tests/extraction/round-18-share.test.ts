import { describe, expect, it } from 'vitest';
import { claimsOf, moves } from './claims-of.ts';

/**
 * Round 18, share moves: whose title moved and which moves are no session's. A fused trade descriptor
 * (« le titre du minier ») is the company whose own name says the trade, not the topic of another trade; a
 * possessive or bare stock word after a pronoun subject or after the other side of talks is the subject's, not
 * the counterpart's; a bare « le titre » right after a sentence about the story's company is that company's, not
 * the last mover's; a month's or several sessions' move, a commodity and an exchange are no share move. Every
 * sentence is invented for this file.
 */
// Wednesday 14 March 2029.
const WED = '2029-03-14';
const TUE = '2029-03-13';
const MON = '2029-03-12';

describe('a fused trade descriptor: « le titre du minier »', () => {
  it('is the company whose name says the trade, not the bidder that gave up', () => {
    const claims = claimsOf(
      'Rio Tinto a renoncé lundi à faire une offre sur Carvalen Copper. Le titre du minier a chuté de 14,2 % dans la foulée.',
      'fr',
      WED,
    );
    expect(moves(claims)).toEqual([{ party: 'Carvalen Copper', percent: 14.2, direction: 'down', day: MON }]);
  });

  it('still reads the story’s company when it is the one whose name fits', () => {
    const claims = claimsOf(
      'Carvalen Copper a signé lundi un accord avec Rio Tinto. Le titre du minier a gagné 4,2 % lundi.',
      'fr',
      WED,
    );
    expect(moves(claims).map((m) => m.party)).toEqual(['Carvalen Copper']);
  });
});

describe('a stock word after a pronoun subject or a deal’s other side', () => {
  it('"It signed … with Airbus, and its shares rose": the pronoun’s company', () => {
    const claims = claimsOf(
      'Kestrow Systems had a busy Tuesday. It signed a supply agreement with Airbus, and its shares rose 4.4% on the news.',
      'en',
      WED,
    );
    expect(moves(claims).map((m) => [m.party, m.percent])).toEqual([['Kestrow Systems', 4.4]]);
  });

  it('« Le groupe a signé … avec Accor, et son titre a gagné »: the story’s group', () => {
    const claims = claimsOf(
      'Mardi a été chargé pour Kering. Le groupe a signé un accord de distribution avec Accor, et son titre a gagné 2,7 % mardi.',
      'fr',
      WED,
    );
    expect(moves(claims)).toEqual([{ party: 'Kering', percent: 2.7, direction: 'up', day: TUE }]);
  });

  it('counter-example: a named subject keeps its own possessive stock', () => {
    const claims = claimsOf(
      'Accor signed a distribution deal with Kering on Tuesday, and its shares rose 2.1%.',
      'en',
      WED,
    );
    expect(moves(claims).map((m) => m.party)).toEqual(['Accor']);
  });

  it('« a démenti toute discussion avec Siemens …, et le titre a reculé »: the denying company’s stock', () => {
    const claims = claimsOf(
      "Pellanne Rail a démenti mardi toute discussion avec Siemens en vue d'un rachat, et le titre a reculé de 6,8 % mardi.",
      'fr',
      WED,
    );
    expect(moves(claims)).toEqual([{ party: 'Pellanne Rail', percent: 6.8, direction: 'down', day: TUE }]);
  });

  it('"denied any talks with Siemens …, and the shares fell": the same in English', () => {
    const claims = claimsOf(
      'Pellanne Rail denied on Tuesday any talks with Siemens about a takeover, and the shares fell 6.8%.',
      'en',
      WED,
    );
    expect(moves(claims).map((m) => [m.party, m.percent, m.direction])).toEqual([
      ['Pellanne Rail', 6.8, 'down'],
    ]);
  });
});

describe('a bare « le titre » right after a sentence about the story’s company', () => {
  it('is that company’s, not the last mover’s', () => {
    const claims = claimsOf(
      'Getlink recule de 1,4 % après la publication de son trafic. Alstom a annoncé un contrat de maintenance avec ' +
        'la SNCF. Le titre gagne 1,3 %.',
      'fr',
      WED,
    );
    expect(moves(claims).map((m) => [m.party, m.percent])).toEqual([
      ['Getlink', 1.4],
      ['Alstom', 1.3],
    ]);
  });

  it('counter-example: a stock word with a name of its own is that name’s', () => {
    const claims = claimsOf(
      'Getlink recule de 1,4 % après la publication de son trafic. Alstom a annoncé un contrat de maintenance avec ' +
        'la SNCF. Le titre Veltrane gagne 1,3 %.',
      'fr',
      WED,
    );
    expect(moves(claims).map((m) => m.party)).toEqual(['Getlink', 'Veltrane']);
  });
});

describe('moves that are no session’s', () => {
  it('« avait perdu 18 % en janvier »: a month’s move', () => {
    const claims = claimsOf(
      "Ardouane prépare une levée. L'action Ardouane avait perdu 18 % en janvier, après un retard de chantier.",
      'fr',
      WED,
    );
    expect(moves(claims)).toEqual([]);
  });

  it('"fell 12% in March and rose 3% on Tuesday": only the session’s move', () => {
    const claims = claimsOf('Ardane shares fell 12% in March and rose 3% on Tuesday.', 'en', WED);
    expect(moves(claims)).toEqual([{ party: 'Ardane', percent: 3, direction: 'up', day: TUE }]);
  });

  it('counter-example: « le 12 mars » is a day, not a month', () => {
    const claims = claimsOf("L'action Pellanne a perdu 3 % le 12 mars.", 'fr', WED);
    expect(moves(claims)).toEqual([{ party: 'Pellanne', percent: 3, direction: 'down', day: MON }]);
  });

  it('« au cours des trois séances ayant suivi le démenti »: several sessions', () => {
    const claims = claimsOf(
      'Pellanne a démenti. Le titre Pellanne avait perdu près de 11 % au cours des trois séances ayant suivi le démenti.',
      'fr',
      WED,
    );
    expect(moves(claims)).toEqual([]);
  });

  it('"in the three sessions after the denial": several sessions', () => {
    const claims = claimsOf(
      'Pellanne denied the report. Pellanne shares lost 11% in the three sessions after the denial.',
      'en',
      WED,
    );
    expect(moves(claims)).toEqual([]);
  });
});

describe('commodities and exchanges are no company', () => {
  it('« la tonne de CO2 a gagné 2 % »', () => {
    const claims = claimsOf('Sur le marché du carbone, la tonne de CO2 a gagné 2 %, à 87 euros.', 'fr', WED);
    expect(moves(claims)).toEqual([]);
  });

  it('« dans le sillage du Brent, qui recule de 2 % »: only the airline’s move', () => {
    const claims = claimsOf(
      'Air France-KLM grimpe de 2,6 %, dans le sillage du Brent, qui recule de 2 % à 72 dollars le baril.',
      'fr',
      WED,
    );
    expect(moves(claims).map((m) => [m.party, m.percent])).toEqual([['Air France-KLM', 2.6]]);
  });

  it('"tracking Brent crude, which fell 2%": only the airline’s move', () => {
    const claims = claimsOf(
      'Air France-KLM rose 2.6% on Wednesday, tracking Brent crude, which fell 2% to $72 a barrel.',
      'en',
      WED,
    );
    expect(moves(claims).map((m) => [m.party, m.percent])).toEqual([['Air France-KLM', 2.6]]);
  });

  it('"copper on the London Metal Exchange rose 1.4%": the miners’ moves only', () => {
    const claims = claimsOf(
      'Antofagasta fell 2.9% on Wednesday and Anglo American lost 2.1% as copper on the London Metal Exchange rose 1.4%.',
      'en',
      WED,
    );
    expect(moves(claims).map((m) => [m.party, m.percent])).toEqual([
      ['Antofagasta', 2.9],
      ['Anglo American', 2.1],
    ]);
  });
});

describe('guards', () => {
  it('two companies’ moves in one sentence are two claims', () => {
    const claims = claimsOf("Le titre Quernac s'envole de 5,4 %, celui de Worldline gagne 3,2 %.", 'fr', WED);
    expect(moves(claims).map((m) => [m.party, m.percent])).toEqual([
      ['Quernac', 5.4],
      ['Worldline', 3.2],
    ]);
  });

  it('an index move is no company’s', () => {
    expect(moves(claimsOf('Le CAC 40 a gagné 0,5 % mercredi.', 'fr', WED))).toEqual([]);
  });
});
