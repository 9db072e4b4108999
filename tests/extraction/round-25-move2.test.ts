import { describe, expect, it } from 'vitest';
import { claimsOf, moves } from './claims-of.ts';

/**
 * Share moves, session 25 (round move2): a founding cue (« a fondé Corbelis en 2009 ») never makes a company whose
 * stock the article quotes a venture; a move told over a month or a week (« sur un mois », "over the month") is a
 * period's, not a session's; the Irish ISEQ indices are indices, not companies.
 */
const TUE = '2028-03-21'; // a Tuesday

describe('a listed company the article says someone founded stays a company', () => {
  it('reads the stock move of « le titre Corbelis » beside « X a fondé Corbelis en 2009 »', () => {
    const text =
      'En Bourse, le titre Corbelis a bondi de 8,4 % lundi. Aude Kervella, 49 ans, a fondé Corbelis en 2009 à Rennes.';
    expect(moves(claimsOf(text, 'fr', TUE)).map((m) => [m.party, m.percent])).toEqual([['Corbelis', 8.4]]);
  });

  it('counter-example: a venture the partners found and name, with no stock quoted, is still an alliance', () => {
    const text =
      'Vantrel et Morlaix Énergie ont fondé Hydravel, une coentreprise détenue à parts égales. Hydravel emploiera 40 personnes.';
    const claims = claimsOf(text, 'fr', TUE);
    const agreement = claims.find((c) => c.kind === 'agreement');
    expect(agreement?.kind === 'agreement' ? agreement.alliance : undefined).toBe('Hydravel');
  });
});

describe('a move told over a month or a week is no session move', () => {
  it('reads no move in « sur un mois », « sur une semaine », "over the month", "over a week"', () => {
    for (const [text, lang] of [
      ['Sur un mois, le titre Corbelis reste en hausse de 21 %.', 'fr'],
      ["Sur une semaine, l'action Corbelis a gagné 6,5 %.", 'fr'],
      ['Over the month, Corbelis shares have gained 14%.', 'en'],
      ['Corbelis shares rose 9% over a week.', 'en'],
    ] as const)
      expect(moves(claimsOf(text, lang, TUE))).toEqual([]);
  });

  it("counter-examples: the day's move in the same words' neighbourhood is still read", () => {
    expect(
      moves(claimsOf("L'action Corbelis a gagné 6,5 % mardi.", 'fr', TUE)).map((m) => m.percent),
    ).toEqual([6.5]);
    expect(
      moves(claimsOf('Corbelis shares rose 9% on Tuesday, their biggest gain in a month.', 'en', TUE)).map(
        (m) => m.percent,
      ),
    ).toEqual([9]);
  });
});

describe('the ISEQ indices are indices', () => {
  it('reads no move of "ISEQ 20" or "ISEQ Overall", nor gives their figure to the company before them', () => {
    expect(moves(claimsOf('The ISEQ 20 closed 0.4% lower on Tuesday.', 'en', TUE))).toEqual([]);
    expect(moves(claimsOf('The ISEQ Overall rose 1.1% on Tuesday.', 'en', TUE))).toEqual([]);
    expect(
      moves(
        claimsOf(
          'Travel stocks led Dublin higher on Tuesday, with Corbelis Travel among the gainers and the ISEQ 20 closing up 0.8%.',
          'en',
          TUE,
        ),
      ),
    ).toEqual([]);
  });

  it("counter-example: the company's own move beside the index is still read", () => {
    expect(
      moves(
        claimsOf('Corbelis Travel shares rose 2.4% on Tuesday, while the ISEQ 20 gained 0.8%.', 'en', TUE),
      ).map((m) => [m.party, m.percent]),
    ).toEqual([['Corbelis Travel', 2.4]]);
  });
});

describe('a listing apposition between the stock and its figure tells neither an index nor a period', () => {
  it('reads the move past « coté à Londres depuis la scission de … » and « inscrite à la Bourse de croissance TSX »', () => {
    expect(
      moves(
        claimsOf(
          'Le titre Zorvane, coté à Londres depuis la scission de Vermeil, a gagné 1,9 % mardi.',
          'fr',
          TUE,
        ),
      ).map((m) => [m.party, m.percent]),
    ).toEqual([['Zorvane', 1.9]]);
    expect(
      moves(
        claimsOf(
          "L'action de Zorvane Propulsion, inscrite à la Bourse de croissance TSX, s'est envolée de 38,5 % mardi.",
          'fr',
          TUE,
        ),
      ).map((m) => [m.party, m.percent]),
    ).toEqual([['Zorvane Propulsion', 38.5]]);
  });

  it('counter-examples: a period after the apposition, or an index figure, still blocks', () => {
    expect(
      moves(
        claimsOf(
          "Le titre Zorvane, coté à Paris depuis 2019, a gagné 41 % depuis le début de l'année.",
          'fr',
          TUE,
        ),
      ),
    ).toEqual([]);
    expect(
      moves(claimsOf('Le titre Zorvane, coté à Paris, a suivi le CAC 40, en hausse de 0,5 %.', 'fr', TUE)),
    ).toEqual([]);
  });
});
