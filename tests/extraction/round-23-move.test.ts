import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, moves } from './claims-of.ts';

/**
 * Share moves and acquisitions, session 23: bare names with "is now up" or "shares are up", « celle de X » after
 * « l'action de Y », a subject before an apposition with a figure of its own, a copula joined to an earlier move,
 * periods of years, a day's close as a reference price, a day in another company's clause, a record day as the
 * session; what a company sells is no acquisition.
 */
const TUE = '2028-03-21'; // a Tuesday
const THU = '2028-03-23'; // a Thursday

const acquisitions = (claims: Claim[]) =>
  claims.flatMap((c) => (c.kind === 'acquisition' ? [[...c.parties, c.status]] : []));

describe('a bare name before its move: "is now up", "shares are up"', () => {
  it('"Danish cable layer Skarrow Subsea is now up 14.3% in Oslo": the live move of the named company', () => {
    expect(
      moves(
        claimsOf(
          'Danish cable layer Skarrow Subsea is now up 14.3% in Oslo after winning a grid contract.',
          'en',
          TUE,
        ),
      ),
    ).toEqual([{ party: 'Skarrow Subsea', percent: 14.3, direction: 'up', day: TUE }]);
  });

  it('"Velhyra shares are up 6.4% in Paris": a stock word between the bare name and its move', () => {
    expect(
      moves(
        claimsOf(
          'Velhyra shares are up 6.4% in Paris after the hydrogen producer won a certificate.',
          'en',
          TUE,
        ),
      ),
    ).toEqual([{ party: 'Velhyra', percent: 6.4, direction: 'up', day: TUE }]);
  });

  it('counter-example: "European shares are up 0.4%" is the market, no company', () => {
    expect(moves(claimsOf('European shares are up 0.4% in early trading.', 'en', TUE))).toEqual([]);
  });
});

describe('« celle de X » stands for the noun that headed the other company’s complement', () => {
  it('« l’action de Y … à la Bourse de croissance TSX, alors que celle de X reculait »: the stock of X', () => {
    expect(
      moves(
        claimsOf(
          "L'action de Mirabel Éolien a bondi de 15,2 % mercredi à la Bourse de croissance TSX, alors que celle de Boisvert Énergie reculait de 1,4 % à Toronto.",
          'fr',
          THU,
        ),
      ),
    ).toEqual([
      { party: 'Mirabel Éolien', percent: 15.2, direction: 'up', day: '2028-03-22' },
      { party: 'Boisvert Énergie', percent: 1.4, direction: 'down', day: '2028-03-22' },
    ]);
  });

  it('counter-example: « la part de marché de Y … celle de X » stays a market share', () => {
    expect(
      moves(
        claimsOf(
          'La part de marché de Mirabel Télécom a progressé de 2 % en un trimestre, alors que celle de Boisvert Mobile reculait de 1,4 %.',
          'fr',
          THU,
        ),
      ),
    ).toEqual([]);
  });
});

describe('the subject before an apposition holding a figure of its own', () => {
  it('"Shares of X, the London-listed fund that owns 22% of the company, closed up 8.8% on Monday"', () => {
    expect(
      moves(
        claimsOf(
          'Tessaly Bio is not listed. Shares of Brannock Capital, the London-listed fund that owns roughly 22% of the company, closed up 8.8% on Monday.',
          'en',
          THU,
        ),
      ),
    ).toEqual([{ party: 'Brannock Capital', percent: 8.8, direction: 'up', day: '2028-03-20' }]);
  });

  it('counter-example: the stake in the apposition is no move of its own', () => {
    expect(
      moves(
        claimsOf(
          'Shares of Brannock Capital, the London-listed fund that owns roughly 22% of Tessaly Bio, were suspended on Monday.',
          'en',
          THU,
        ),
      ),
    ).toEqual([]);
  });
});

describe('"… and were 0.4% lower": a copula joined to an earlier move starts the second move’s words', () => {
  it('"rose 1.6% on Wednesday after the media reports and were 0.4% lower at 1010 GMT on Thursday"', () => {
    const found = claimsOf(
      'Korvik shares rose 1.6% on Wednesday after the media reports and were 0.4% lower at 1010 GMT on Thursday.',
      'en',
      THU,
    ).filter((c) => c.kind === 'share_move');
    expect(moves(found)).toEqual([
      { party: 'Korvik', percent: 1.6, direction: 'up', day: '2028-03-22' },
      { party: 'Korvik', percent: 0.4, direction: 'down', day: THU },
    ]);
    // The reports hedge nothing of Thursday's move.
    expect(found[1]?.status).toBe('confirmed');
  });

  it('counter-example: "after rising 11% on Monday" still dates a move told as earlier', () => {
    expect(
      moves(claimsOf('Korvik shares were down 4.3% on Thursday, after rising 11% on Monday.', 'en', THU)).map(
        (m) => m.day,
      ),
    ).toEqual([THU, '2028-03-20']);
  });
});

describe('a fall over several years is no session’s move', () => {
  it('« a perdu près de 60 % de sa valeur en trois ans »: no share move', () => {
    expect(
      moves(
        claimsOf(
          "Le titre Brenvik reste loin de ses sommets, puisqu'il a perdu près de 60 % de sa valeur en trois ans.",
          'fr',
          THU,
        ),
      ),
    ).toEqual([]);
  });

  it('"has lost 60% over the past three years": the session’s move alone', () => {
    expect(
      moves(
        claimsOf('Brenvik shares fell 4% on Monday and have lost 60% over the past three years.', 'en', THU),
      ),
    ).toEqual([{ party: 'Brenvik', percent: 4, direction: 'down', day: '2028-03-20' }]);
  });

  it('counter-example: « a perdu 6 % en une séance » stays a move', () => {
    expect(
      moves(claimsOf("L'action Brenvik a perdu 6 % mardi, sa pire baisse en trois ans.", 'fr', THU)).map(
        (m) => m.percent,
      ),
    ).toEqual([6]);
  });
});

describe('a day that dates something else than the move', () => {
  it('"a premium to Friday’s closing price": Friday is the reference price’s day, not the session', () => {
    expect(
      moves(
        claimsOf(
          'Halvard Energy will buy a 12% stake in Norrfjell at 31 crowns a share, a 14% premium to Friday’s closing price. Norrfjell shares were up 11.2% at 1330 GMT, while Halvard Energy shares were down 0.3% in Paris.',
          'en',
          '2028-03-20',
        ),
      ).map((m) => m.day),
    ).toEqual(['2028-03-20', '2028-03-20']);
  });

  it('counter-example: "at Friday’s close" is the session the move is told at', () => {
    expect(
      moves(claimsOf('At Friday’s close, Norrfjell shares were up 3.2%.', 'en', '2028-03-20')).map(
        (m) => m.day,
      ),
    ).toEqual(['2028-03-17']);
  });

  it('"after its shares had jumped 22.7% …, X confirmed it had received a proposal on 1 October": the fronted Friday', () => {
    expect(
      moves(
        claimsOf(
          'Quenby Bank has rejected two proposals from Halden Holdings. In a statement on Friday evening, after its shares had jumped 22.7% in the final hour of trading, Quenby Bank confirmed that it had received a proposal on 1 October.',
          'en',
          '2027-10-11',
        ),
      ).map((m) => m.day),
    ).toEqual(['2027-10-08']);
  });

  it('counter-example: a day right in the move’s phrase is its own', () => {
    expect(
      moves(
        claimsOf('Quenby Bank shares jumped 22.7% on Friday, a week after the results.', 'en', '2027-10-11'),
      ).map((m) => m.day),
    ).toEqual(['2027-10-08']);
  });
});

describe('a record day named before the move is its session', () => {
  it('"X had its best day as a public company on Wednesday. Shares … jumped 12.1%": the Wednesday', () => {
    expect(
      moves(
        claimsOf(
          'Kestwick Security had its best day as a public company on Wednesday. Shares of the Denver-based vendor jumped 12.1% after it raised its forecast.',
          'en',
          '2028-03-10',
        ),
      ).map((m) => m.day),
    ).toEqual(['2028-03-08']);
  });

  it('counter-example: a day naming another event leaves the dayless move to the publication day', () => {
    expect(
      moves(
        claimsOf(
          'Kestwick Security presented its new product on Wednesday. Its shares jumped 12.1%.',
          'en',
          '2028-03-10',
        ),
      ).map((m) => m.day),
    ).toEqual(['2028-03-10']);
  });
});

describe('what a company sells is not the company', () => {
  it('« dont la production est vendue à X »: no acquisition by the buyer of the output', () => {
    expect(
      acquisitions(
        claimsOf(
          'Fondée en 2009, Mérival Énergie exploite trois parcs éoliens, dont la production est vendue à Hydro-Québec en vertu de contrats à long terme.',
          'fr',
          THU,
        ),
      ),
    ).toEqual([]);
  });

  it('"whose output is sold to X": no acquisition either', () => {
    expect(
      acquisitions(
        claimsOf(
          'Merival Energy runs three wind farms whose output is sold to Hydro-Quebec under long-term contracts.',
          'en',
          THU,
        ),
      ),
    ).toEqual([]);
  });

  it('counter-example: « la société Mérival Énergie a été vendue à X » is an acquisition', () => {
    expect(
      acquisitions(claimsOf('La société Mérival Énergie a été vendue à Hydro-Québec.', 'fr', THU)),
    ).toEqual([['Hydro-Québec', 'Mérival Énergie', 'confirmed']]);
  });

  it('counter-example: "sold its X unit to Y" is an acquisition', () => {
    expect(
      acquisitions(claimsOf('Carvalis sold its Merival Energy unit to Hydro-Quebec.', 'en', THU)),
    ).toEqual([['Hydro-Québec', 'Merival Energy', 'confirmed']]);
  });
});
