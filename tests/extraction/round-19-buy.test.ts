import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find, moves } from './claims-of.ts';

/** Acquisitions read from interest, approaches and press-release boilerplate; share-move days and futures. */
const PUB = '2027-04-21'; // a Wednesday

const deals = (claims: Claim[]) =>
  claims.filter((c) => c.kind === 'acquisition').map((c) => [...c.parties, c.status]);

describe('interest in a company is a rumoured purchase of it', () => {
  it('« s’intéresserait à », « a manifesté son intérêt pour »', () => {
    expect(
      deals(
        claimsOf(
          'Le groupe Kordalis s’intéresserait, selon nos informations, au menuisier savoyard Bois Vantrel, qui emploie 80 personnes.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Kordalis', 'Bois Vantrel', 'rumour']]);
    expect(
      deals(
        claimsOf('Le groupe Vintrelle aurait manifesté son intérêt pour la société Polmarin.', 'fr', PUB),
      ),
    ).toEqual([['Vintrelle', 'Polmarin', 'rumour']]);
  });

  it('counter-examples: interest in a market, a technology or patents buys no company', () => {
    for (const text of [
      'Le groupe Vintrelle s’intéresserait au marché de la société Polmarin.',
      'Le groupe Vintrelle s’intéresse de près aux technologies de la société Polmarin.',
      'Le groupe Vintrelle a marqué son intérêt pour les brevets de la société Polmarin.',
    ])
      expect(deals(claimsOf(text, 'fr', PUB)), text).toEqual([]);
  });
});

describe('an approach to "its" management is an approach to buy the company told just before', () => {
  it('« X pourrait changer de mains. Y aurait approché sa direction »', () => {
    expect(
      deals(
        claimsOf(
          'La société Valdrome pourrait bientôt changer de mains. Selon plusieurs sources, le groupe Kordalis aurait approché sa direction en vue d’un rachat.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Kordalis', 'Valdrome', 'rumour']]);
  });

  it('counter-example: its finance department approached for a job', () => {
    expect(
      deals(
        claimsOf(
          'La société Valdrome a publié ses comptes. Le groupe Kordalis a approché sa direction financière pour un poste.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
  });
});

describe('a purchase the sentence rules out, or a remainder bought from a family', () => {
  it('« sans prendre de participation au capital de X » takes no stake', () => {
    expect(
      deals(
        claimsOf(
          'Le groupe Vintrelle financera une usine pilote, sans prendre de participation au capital de la société Polmarin.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
    // Counter-example: the stake taken.
    expect(
      deals(
        claimsOf('Le groupe Vintrelle prend une participation au capital de la société Polmarin.', 'fr', PUB),
      ),
    ).toEqual([['Vintrelle', 'Polmarin', 'confirmed']]);
  });

  it('"an option to buy the remaining 49% from the founding X family": the family sells, it is no target', () => {
    const claims = claimsOf(
      'Vintrelle Group agreed to buy 51% of Dalbret Foods. Vintrelle will pay 40 million euros for the stake, with an option to buy the remaining 49% from the founding Dalbret family from 2030.',
      'en',
      PUB,
    );
    expect(deals(claims)).toEqual([['Vintrelle Group', 'Dalbret Foods', 'confirmed']]);
  });
});

describe('a company named as its founder’s family, or right after where it is based', () => {
  it('"X’s founder, Anna X": the company keeps its name in the deal', () => {
    const claims = claimsOf(
      "Kordalis Group has agreed to buy 60 per cent of Mersholt, a Danish recycler. The remaining 40 per cent will stay with Mersholt's founder, Anna Mersholt, who will remain chief executive.",
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Kordalis Group', 'Mersholt'])).toHaveLength(1);
  });

  it('"Founded in 1998 and headquartered in Sorvennes, X employs …": X is the subject, not a town', () => {
    const claims = claimsOf(
      'Kordalis Group and Vantrel today announced an agreement under which Kordalis Group will acquire Vantrel.\nFounded in 1998 and headquartered in Sorvennes, Vantrel employs 900 people.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Kordalis Group', 'Vantrel'])).toHaveLength(1);
  });
});

describe('share moves: futures, and a day told in the pluperfect', () => {
  it('"Wheat futures on Euronext fell 1.3%" moves no stock; counter-example: "Shares in Euronext fell 1.3%"', () => {
    expect(moves(claimsOf('Wheat futures on Euronext in Paris fell 1.3% on Wednesday.', 'en', PUB))).toEqual(
      [],
    );
    expect(moves(claimsOf('Shares in Euronext fell 1.3% on Wednesday.', 'en', PUB))).toEqual([
      { party: 'Euronext', percent: 1.3, direction: 'down', day: '2027-04-21' },
    ]);
  });

  it('a move that "had sent" a stock up on an earlier day leaves the next dayless move on the report’s session', () => {
    const friday = '2027-04-23T17:00:00Z';
    const dayOf = (text: string) => moves(claimsOf(text, 'en', friday)).find((m) => m.party === 'Kordalis');
    expect(
      dayOf(
        'European shares fell on Friday. A press report on Wednesday that Kordalis was preparing a bid had sent Valdrome up 9.3 per cent that day. Kordalis closed 0.4 per cent higher in Zurich.',
      )?.day,
    ).toBe('2027-04-23');
    // Counter-example: the pluperfect is only the relative clause's; the main move's day carries on.
    expect(
      dayOf(
        'European shares fell on Friday. Valdrome shares, which had jumped 19.5 per cent on Wednesday, fell 12.8 per cent on Thursday. Kordalis closed 0.3 per cent higher.',
      )?.day,
    ).toBe('2027-04-22');
  });
});

describe('a deal told as done is not hedged by the report it confirms, the talks before it, or a sourced price', () => {
  const statusOf = (text: string, lang: 'fr' | 'en') =>
    claimsOf(text, lang, PUB).find((c) => c.kind === 'acquisition')?.status;

  it('"agreed to buy X, confirming talks first reported by Y"; counter-example: "according to talks first reported"', () => {
    expect(
      statusOf(
        'Vintrelle Group agreed on Wednesday to buy Dalbret Foods, confirming talks first reported by the Lyon Ledger.',
        'en',
      ),
    ).toBe('confirmed');
    expect(
      statusOf(
        'Vintrelle Group agreed to buy Dalbret Foods, according to talks first reported by the Lyon Ledger.',
        'en',
      ),
    ).toBe('rumour');
  });

  it('"signed …, below the figure it floated when it confirmed exclusive talks last week"', () => {
    expect(
      statusOf(
        'Vintrelle Group signed an agreement on Wednesday to buy Dalbret Foods, below the figure the seller had floated when it confirmed exclusive talks last week.',
        'en',
      ),
    ).toBe('confirmed');
    // Counter-example: talks still going on.
    expect(statusOf('Vintrelle Group is in exclusive talks to buy Dalbret Foods.', 'en')).toBe('rumour');
  });

  it('« pour un montant que plusieurs sources évaluent à … », "for an amount that two sources put at …"', () => {
    expect(
      statusOf(
        'Le groupe Vintrelle a finalisé jeudi le rachat de la société Polmarin, pour un montant que plusieurs sources évaluent à 140 millions d’euros.',
        'fr',
      ),
    ).toBe('confirmed');
    expect(
      statusOf(
        'Vintrelle Group completed the purchase of Dalbret Foods on Thursday, for an amount that two sources put at 140 million euros.',
        'en',
      ),
    ).toBe('confirmed');
    // Counter-examples: the sources tell the deal itself.
    expect(
      statusOf(
        'Selon plusieurs sources, le groupe Vintrelle a finalisé le rachat de la société Polmarin.',
        'fr',
      ),
    ).toBe('rumour');
    expect(statusOf('Vintrelle Group completed the purchase of Dalbret Foods, two sources said.', 'en')).toBe(
      'rumour',
    );
  });
});

describe('a seller confirming the sale its sentence tells confirms it', () => {
  const sale = (text: string) =>
    find(claimsOf(text, 'en', PUB), 'acquisition', ['Kordan Capital', 'Dalbret Foods'])[0]?.status;

  it('"X has confirmed that it is in exclusive negotiations to sell its unit, Y, to Z"', () => {
    expect(
      sale(
        'Vintrelle Group has confirmed that it is in exclusive negotiations to sell its dairy unit, Dalbret Foods, to Kordan Capital.',
      ),
    ).toBe('confirmed');
    // Counter-example: the same talks told by people familiar with them.
    expect(
      sale(
        'Vintrelle Group is in exclusive negotiations to sell its dairy unit, Dalbret Foods, to Kordan Capital, people familiar with the matter said.',
      ),
    ).toBe('rumour');
  });
});

describe('interest in "the whole" of what the sentence put on sale', () => {
  it('« étudierait la cession de sa filiale X, et Y aurait manifesté son intérêt pour l’ensemble »', () => {
    expect(
      deals(
        claimsOf(
          'Selon nos informations, le groupe Vintrelle étudierait la cession de sa filiale Dalbret Services, et le groupe Kordalis aurait déjà manifesté son intérêt pour l’ensemble.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Kordalis', 'Dalbret Services', 'rumour']]);
  });

  it('counter-example: nothing was put on sale before "l’ensemble"', () => {
    expect(
      deals(
        claimsOf(
          'Le groupe Vintrelle a signé un contrat avec la société Dalbret, et le groupe Kordalis aurait manifesté son intérêt pour l’ensemble.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
  });
});

describe('talks with the shareholders of a company, denied or not', () => {
  it('« n’est en discussion avec aucun actionnaire de X », "not in talks with any shareholders of X"', () => {
    expect(
      deals(
        claimsOf(
          '« Le groupe Vintrelle n’a remis aucune offre et n’est en discussion avec aucun actionnaire de la société Polmarin », a déclaré un porte-parole.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Vintrelle', 'Polmarin', 'denied']]);
    expect(
      deals(
        claimsOf(
          'Vintrelle Group said it had made no offer and was not in talks with any shareholders of Dalbret Foods.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Vintrelle Group', 'Dalbret Foods', 'denied']]);
  });

  it('counter-example: talks with a company’s customers are no purchase', () => {
    expect(
      deals(
        claimsOf('Le groupe Vintrelle est en discussion avec des clients de la société Polmarin.', 'fr', PUB),
      ),
    ).toEqual([]);
  });
});

describe('a market wrap’s signed figure in brackets after a company', () => {
  it('« Givaudan (+0,4%) et DSM-Firmenich, coté à Amsterdam (-1,1%) », "Kordalis (+2.1%)"', () => {
    expect(
      moves(
        claimsOf(
          'Vintrelle (+0,4%) et Kordalis, coté à Amsterdam (-1,1%), ont évolué en ordre dispersé.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([
      { party: 'Vintrelle', percent: 0.4, direction: 'up', day: PUB },
      { party: 'Kordalis', percent: 1.1, direction: 'down', day: PUB },
    ]);
    expect(
      moves(claimsOf('Among the laggards, Kordalis (-2.1%) and Vintrelle (+0.3%) traded mixed.', 'en', PUB)),
    ).toEqual([
      { party: 'Kordalis', percent: 2.1, direction: 'down', day: PUB },
      { party: 'Vintrelle', percent: 0.3, direction: 'up', day: PUB },
    ]);
  });

  it('counter-examples: a company’s sales, a region, or a figure in brackets after an amount', () => {
    for (const text of [
      'Le chiffre d’affaires de Vintrelle (+4%) a dépassé les attentes.',
      'Vintrelle a publié un chiffre d’affaires de 7 milliards (+4%).',
      'Les ventes en Europe (+4%) ont soutenu Vintrelle.',
    ])
      expect(moves(claimsOf(text, 'fr', PUB)), text).toEqual([]);
  });
});
