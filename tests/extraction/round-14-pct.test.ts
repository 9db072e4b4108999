import { describe, expect, it } from 'vitest';
import { claimsOf, moves } from './claims-of.ts';

/**
 * Round 14, percentages: a second figure in a sentence that tells a share move is often not a move of the
 * stock that day: a change over a longer span ("after a 19% slide since March", "lost 40% of their value
 * since 2022"), a running total ("trimming their gain since the bid to about 9%"), a share of some other
 * quantity ("lost 7% of its listeners"), a stake ("a 30% stake in"), a gap between two prices ("12% higher
 * than"). The day's move beside it must still be read, with its own figure, direction and day. Every
 * sentence is invented for this file. The article is of Thursday 15 March 2029.
 */
const PUB = '2029-03-15';
const WED = '2029-03-14';

describe('a change over a longer span is not the day’s move', () => {
  it('"after a 19% slide since March": only the day’s move', () => {
    const claims = claimsOf(
      'Brackmoor shares rose 3.1% on Wednesday in London, after a 19% slide since March.',
      'en',
      PUB,
    );
    expect(moves(claims)).toEqual([{ party: 'Brackmoor', percent: 3.1, direction: 'up', day: WED }]);
  });

  it('"lost more than 40% of their value since 2022": a span, no move', () => {
    const claims = claimsOf(
      'Several of Tavernay’s listed rivals have lost more than 40% of their value since 2022, and two have sought creditor protection.',
      'en',
      PUB,
    );
    expect(moves(claims)).toEqual([]);
  });

  it('« ont perdu plus de 40 % de leur valeur depuis 2022 »: a span, no move', () => {
    const claims = claimsOf(
      'Les concurrents cotés de Tavernay ont perdu plus de 40 % de leur valeur depuis 2022.',
      'fr',
      PUB,
    );
    expect(moves(claims)).toEqual([]);
  });

  it('« après une chute de 19 % depuis mars »: only the day’s move', () => {
    const claims = claimsOf(
      'L’action Brackmoor a gagné 3,1 % mercredi à Paris, après une chute de 19 % depuis mars.',
      'fr',
      PUB,
    );
    expect(moves(claims)).toEqual([{ party: 'Brackmoor', percent: 3.1, direction: 'up', day: WED }]);
  });
});

describe('a running total trimmed or cut is not a move', () => {
  it('"trimming their gain since the bid to about 9%"', () => {
    const claims = claimsOf(
      'Quillon shares fell 5.2% in Paris on Wednesday after the denial, trimming their gain since Monday’s close to about 9%.',
      'en',
      PUB,
    );
    expect(moves(claims)).toEqual([{ party: 'Quillon', percent: 5.2, direction: 'down', day: WED }]);
  });

  it('« ramenant à 9 % sa hausse depuis l’offre »', () => {
    const claims = claimsOf(
      'L’action Quillon a reculé de 5,2 % mercredi, ramenant à environ 9 % sa hausse depuis l’offre.',
      'fr',
      PUB,
    );
    expect(moves(claims)).toEqual([{ party: 'Quillon', percent: 5.2, direction: 'down', day: WED }]);
  });

  it('recall: "taking their gain since January to 14%" keeps the day’s move', () => {
    const claims = claimsOf(
      'Brackmoor shares rose 4.2% on Wednesday, taking their gain since January to 14%, while the FTSE 100 added 0.3%.',
      'en',
      PUB,
    );
    expect(moves(claims)).toEqual([{ party: 'Brackmoor', percent: 4.2, direction: 'up', day: WED }]);
  });
});

describe('a share of another quantity than the stock is not a move', () => {
  it('"lost 7% of its listeners" beside the day’s move', () => {
    const claims = claimsOf(
      'Ferrand Media shares jumped 8.4% on Wednesday, as analysts said the deal would help the broadcaster in Denmark, where it lost 7% of its listener base last year.',
      'en',
      PUB,
    );
    expect(moves(claims)).toEqual([{ party: 'Ferrand Media', percent: 8.4, direction: 'up', day: WED }]);
  });

  it('"is giving up roughly 15% of its potential reach": no move', () => {
    const claims = claimsOf(
      '"Ferrand is giving up roughly 15% of its potential reach for a guaranteed slot," an analyst said.',
      'en',
      PUB,
    );
    expect(moves(claims)).toEqual([]);
  });

  it('« a perdu 7 % de ses auditeurs » beside the day’s move', () => {
    const claims = claimsOf(
      'L’action Ferrand Média a bondi de 8,4 % mercredi, même si le groupe a perdu 7 % de ses auditeurs au Danemark l’an dernier.',
      'fr',
      PUB,
    );
    expect(moves(claims)).toEqual([{ party: 'Ferrand Média', percent: 8.4, direction: 'up', day: WED }]);
  });

  it('counter-example: "lost 7% of their value on Wednesday" is the stock’s move', () => {
    const claims = claimsOf('Ferrand Media shares lost 7% of their value on Wednesday.', 'en', PUB);
    expect(moves(claims)).toEqual([{ party: 'Ferrand Media', percent: 7, direction: 'down', day: WED }]);
  });

  it('counter-example: « a perdu 7 % de sa valeur mercredi » is the stock’s move', () => {
    const claims = claimsOf('L’action Ferrand Média a perdu 7 % de sa valeur mercredi.', 'fr', PUB);
    expect(moves(claims)).toEqual([{ party: 'Ferrand Média', percent: 7, direction: 'down', day: WED }]);
  });
});

describe('a stake and a price gap are not moves', () => {
  it('"has bought a 30% stake in X": no move', () => {
    const claims = claimsOf(
      'Harlow Group, the Dutch logistics operator, has bought a 30% stake in Brindle Labs for €20m, the companies said on Wednesday.',
      'en',
      PUB,
    );
    expect(moves(claims)).toEqual([]);
  });

  it('"the bid is 12% higher than the one announced on Monday": no move', () => {
    const claims = claimsOf(
      'Harlow Group’s offer is 12% higher than the one Carvel announced on Monday.',
      'en',
      PUB,
    );
    expect(moves(claims)).toEqual([]);
  });

  it('"the group’s proposal is 9% higher and values it at": no move, the day’s move kept', () => {
    const claims = claimsOf(
      'The Dutch group’s proposal is 9% higher and values Brindle Labs at about €400m. Brindle shares jumped 11.3% on Wednesday.',
      'en',
      PUB,
    );
    expect(moves(claims)).toEqual([{ party: 'Brindle Labs', percent: 11.3, direction: 'up', day: WED }]);
  });

  it('« une offre supérieure de 12 % à celle de lundi »: no move', () => {
    const claims = claimsOf(
      'L’offre de Harlow Group est supérieure de 12 % à celle que Carvel avait annoncée lundi.',
      'fr',
      PUB,
    );
    expect(moves(claims)).toEqual([]);
  });
});

describe('a figure told as "a N% drop" moves the way its noun says', () => {
  it('"rose 3.2% on Thursday, recovering from a 2.4% drop on Wednesday"', () => {
    const claims = claimsOf(
      'Quillon shares rose 3.2% in Paris on Thursday afternoon, recovering from a 2.4% drop on Wednesday when the talks were first reported.',
      'en',
      PUB,
    );
    const m = moves(claims);
    expect(m).toContainEqual({ party: 'Quillon', percent: 3.2, direction: 'up', day: PUB });
    expect(m.filter((x) => x?.percent === 2.4).every((x) => x?.direction === 'down')).toBe(true);
  });

  it('index moves stay out', () => {
    const claims = claimsOf(
      'Quillon shares closed 1.8% higher on Wednesday, while the CAC 40 fell 0.4%.',
      'en',
      PUB,
    );
    expect(moves(claims)).toEqual([{ party: 'Quillon', percent: 1.8, direction: 'up', day: WED }]);
  });
});
