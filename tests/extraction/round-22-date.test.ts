import { describe, expect, it } from 'vitest';
import { claimsOf, moves } from './claims-of.ts';

/** Which day a share move belongs to: the day after a named day, a recalled move's day, a fronted day, "that day". */
const WED = '2027-06-16'; // a Wednesday
const SUN = '2027-06-20'; // a Sunday

describe('the next day: the morrow of the day just named', () => {
  it('"had surged … on Tuesday, gave back … the next day": the Wednesday', () => {
    expect(
      moves(
        claimsOf(
          'Korridan Rail denied the report. Velmont Systems shares, which had surged 9.4% on Tuesday, gave back 6.1% the next day.',
          'en',
          SUN,
        ),
      ).find((m) => m.percent === 6.1)?.day,
    ).toBe('2027-06-16');
  });

  it('« a bondi de 5,2 % lundi puis a cédé 2,3 % le lendemain »: le mardi', () => {
    expect(
      moves(
        claimsOf("L'action Tervalis a bondi de 5,2 % lundi puis a cédé 2,3 % le lendemain.", 'fr', SUN),
      ).filter((m) => m.percent === 2.3),
    ).toEqual([{ party: 'Tervalis', percent: 2.3, direction: 'down', day: '2027-06-15' }]);
  });

  it('counter-example: "the next day" with no day named before it gives no day after publication', () => {
    const day = moves(claimsOf('Velmont Systems shares fell 6.1% the next day.', 'en', WED))[0]?.day;
    expect(day === undefined || day <= WED).toBe(true);
  });
});

describe('a move recalled in a relative clause keeps its day to itself', () => {
  it('« Le titre, qui avait bondi de 7,9 % le 14 mai, recule de 0,8 % »: the present move is the day’s', () => {
    expect(
      moves(
        claimsOf(
          'Changement de directeur financier chez Brandelys. Le titre, qui avait bondi de 7,9 % le 14 mai après ses ventes, recule de 0,8 %.',
          'fr',
          WED,
        ),
      ),
    ).toEqual([
      { party: 'Brandelys', percent: 7.9, direction: 'up', day: '2027-05-14' },
      { party: 'Brandelys', percent: 0.8, direction: 'down', day: WED },
    ]);
  });

  it('counter-example: « tandis que » after a pluperfect main clause shares its day', () => {
    expect(
      moves(
        claimsOf(
          "Le titre Corvaline s'était envolé de 11,2 % vendredi à Milan, avant l'annonce, tandis que l'action Dormane cédait 1,3 % à Paris.",
          'fr',
          '2027-06-21',
        ),
      ).map((m) => m.day),
    ).toEqual(['2027-06-18', '2027-06-18']);
  });

  it('counter-example: an elliptical second move keeps the first one’s day', () => {
    expect(
      moves(claimsOf('Orvanne Industrie a gagné 1,8 % lundi et Velsira Groupe 1,1 %.', 'fr', WED)).map(
        (m) => m.day,
      ),
    ).toEqual(['2027-06-14', '2027-06-14']);
  });
});

describe('a day fronted at the head of the sentence', () => {
  it('« Vendredi, quelques heures avant l’annonce, l’action X avait encore gagné 2,1 % »: the Friday', () => {
    expect(
      moves(
        claimsOf(
          'Saint-Gobain a déposé une offre sur Tessandre. Vendredi, quelques heures avant l’annonce, l’action Tessandre avait encore gagné 2,1 % à la Bourse suisse.',
          'fr',
          '2027-06-21',
        ),
      ),
    ).toEqual([{ party: 'Tessandre', percent: 2.1, direction: 'up', day: '2027-06-18' }]);
  });

  it('counter-example: a pluperfect move with no day named gets none', () => {
    expect(
      moves(
        claimsOf(
          'Saint-Gobain a déposé une offre sur Tessandre. Quelques heures avant l’annonce, l’action Tessandre avait encore gagné 2,1 % à la Bourse suisse.',
          'fr',
          '2027-06-21',
        ),
      ).map((m) => m.day),
    ).toEqual([undefined]);
  });
});

describe('"that day", « le jour de l’annonce »: the day the story named', () => {
  it('"reported on Wednesday … declined to comment. Its shares fell 2.8% that day": the Wednesday', () => {
    expect(
      moves(
        claimsOf(
          'Reuters reported on Wednesday that Halvorn is in exclusive talks to buy Brisemont Vie. Halvorn declined to comment. Its shares fell 2.8% that day, a cool verdict.',
          'en',
          '2027-06-18',
        ),
      ),
    ).toEqual([{ party: 'Halvorn', percent: 2.8, direction: 'down', day: WED }]);
  });

  it('counter-example: "le même jour" after an earlier move’s day is the day of the paragraph’s main move', () => {
    expect(
      moves(
        claimsOf(
          "L'action Marvane a clôturé en hausse de 21,3 % lundi, après avoir déjà gagné 9,4 % vendredi. Plus d'un million de titres ont changé de mains. À Francfort, l'action Kessburg a en revanche cédé 0,6 % le même jour.",
          'fr',
          '2027-06-15',
        ),
      ).find((m) => m.party === 'Kessburg')?.day,
    ).toBe('2027-06-14');
  });

  it('« a gagné 1,9 % le jour de l’annonce »: the day the article gave the announcement', () => {
    expect(
      moves(
        claimsOf(
          "Vestrane et Caudrel ont annoncé lundi la création d'une coentreprise. L'investissement atteint 140 millions d'euros. À la Bourse de Paris, l’action Vestrane a gagné 1,9 % le jour de l’annonce.",
          'fr',
          '2027-06-17',
        ),
      ),
    ).toEqual([{ party: 'Vestrane', percent: 1.9, direction: 'up', day: '2027-06-14' }]);
  });
});

describe('days that date another event', () => {
  it('« portée par l’entente signée vendredi »: an agreement’s day, not the session’s', () => {
    expect(
      moves(
        claimsOf(
          'Séance contrastée, ce mercredi, pour les minières. Lithium Corbelle a encore gagné 2,4 %, portée par l’entente portuaire signée vendredi avec Port Saguenay.',
          'fr',
          WED,
        ),
      ).map((m) => m.day),
    ).toEqual([WED]);
  });

  it('"as traders position for Monday’s ‘put up or shut up’ deadline": the deadline’s day, not the move’s', () => {
    expect(
      moves(
        claimsOf(
          'Harcastle Insurance shares are up 1.1% at 357p as traders position for Monday’s ‘put up or shut up’ deadline.',
          'en',
          '2027-06-17',
        ),
      ).map((m) => m.day),
    ).toEqual(['2027-06-17']);
  });

  it('counter-example: "Monday’s session" is the move’s own', () => {
    expect(
      moves(claimsOf('Harcastle Insurance shares rose 1.1% in Monday’s session.', 'en', '2027-06-17')).map(
        (m) => m.day,
      ),
    ).toEqual(['2027-06-14']);
  });
});
