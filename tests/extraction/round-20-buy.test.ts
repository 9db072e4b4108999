import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find, moves } from './claims-of.ts';

/** Acquisitions told through descriptors, counterparts and rounds; share moves after participles, periods and metrics. */
const PUB = '2027-10-01'; // a Friday

const deals = (claims: Claim[]) =>
  claims.filter((c) => c.kind === 'acquisition').map((c) => [...c.parties, c.status]);
const stakes = (claims: Claim[]) =>
  claims.flatMap((c) => (c.kind === 'acquisition' ? [[...c.parties, c.percent]] : []));

describe('a share move after a participle clause on the company', () => {
  it('"X, still reeling from …, clawed back 3.2%": the subject moves, up', () => {
    expect(
      moves(
        claimsOf(
          'Harlow Gaming, still reeling from a profit warning issued by Tamworth Leisure earlier this week, clawed back 3.2% on Thursday.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([{ party: 'Harlow Gaming', percent: 3.2, direction: 'up', day: '2027-09-30' }]);
  });
});

describe('figures that are no share move', () => {
  it('a move since the start of a named month is a period move', () => {
    expect(
      moves(
        claimsOf(
          'Shares in Harlow Gaming have gained about 15% since the start of February on talk of a bid.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([]);
  });

  it('tickets sold are a business metric; counter-example: the shares moving on the news', () => {
    expect(
      moves(
        claimsOf(
          'Velmora Tickets sold 2.4 million tickets last year, up 60%, and charges a 5% fee.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([]);
    expect(
      moves(
        claimsOf(
          'Shares in Velmora Tickets rose 6% on Thursday after it said it sold 2.4 million tickets last year.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([{ party: 'Velmora Tickets', percent: 6, direction: 'up', day: '2027-09-30' }]);
  });

  it('the BRVM 30 is an index; the listed company beside it still moves', () => {
    expect(
      moves(claimsOf('Le BRVM 30 a grappillé 0,2 %, tandis que Sonatel a gagné 1,4 % jeudi.', 'fr', PUB)),
    ).toEqual([{ party: 'Sonatel', percent: 1.4, direction: 'up', day: '2027-09-30' }]);
  });
});

describe('a relative clause on the stock moves its antecedent', () => {
  it('« X a démenti tout rachat de Y, dont l’action a bondi »: Y, not the denier', () => {
    const claims = claimsOf(
      'Orange a démenti tout projet de rachat de Sopra Steria, dont l’action a bondi de 4,2 % jeudi.',
      'fr',
      PUB,
    );
    expect(moves(claims)).toEqual([
      { party: 'Sopra Steria', percent: 4.2, direction: 'up', day: '2027-09-30' },
    ]);
    expect(deals(claims)).toEqual([['Orange', 'Sopra Steria', 'denied']]);
  });
});

describe('pouncing on a company is a bid for it', () => {
  it('"poised to pounce on the bookmaker" after its shares jumped; "pounced on X"', () => {
    expect(
      deals(
        claimsOf(
          'Shares in Tamworth Leisure jumped 8% yesterday amid chatter that Kelvard Group is poised to pounce on the bookmaker.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Kelvard Group', 'Tamworth Leisure', 'rumour']]);
    expect(deals(claimsOf('Kelvard Group pounced on Tamworth Leisure.', 'en', PUB))).toEqual([
      ['Kelvard Group', 'Tamworth Leisure', 'confirmed'],
    ]);
  });

  it('counter-example: pouncing on an opportunity buys nothing', () => {
    expect(deals(claimsOf('Kelvard Group pounced on the opportunity to cut prices.', 'en', PUB))).toEqual([]);
  });
});

describe('a share of "the club" bought from the owner talked with is a share of the story’s club', () => {
  it('« des discussions avec X, la holding de la famille, en vue de racheter 70 % du club »', () => {
    expect(
      stakes(
        claimsOf(
          'Stade Vireloup a publié ses comptes annuels. Selon nos informations, le fonds Harnoy Capital aurait engagé des discussions avec Groupe Castelmar, la holding de la famille Dorvel, en vue de racheter 70 % du club.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Harnoy Capital', 'Stade Vireloup', 70]]);
  });

  it('counter-example: a company named after the share is the target', () => {
    expect(
      stakes(
        claimsOf(
          'Stade Vireloup a publié ses comptes annuels. Selon nos informations, le fonds Harnoy Capital aurait engagé des discussions avec Groupe Castelmar en vue de racheter 70 % du capital de Polmarin.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Harnoy Capital', 'Polmarin', 70]]);
  });
});

describe('the one a purchase deal is signed with sells', () => {
  it('« X a signé avec Y le protocole d’acquisition de 70 % de Z »: X buys Z', () => {
    expect(
      stakes(
        claimsOf(
          'Harnoy Capital a signé mardi avec Groupe Castelmar le protocole d’acquisition de 70 % de Vireloup Sport.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Harnoy Capital', 'Vireloup Sport', 70]]);
  });
});

describe('a figurative « s’offrir » buys nothing', () => {
  it('« s’offre sa première vitrine »', () => {
    expect(
      deals(
        claimsOf(
          'Fraîchement promu, Vireloup Sport s’offre sa première vitrine : l’équipementier Dalmor a signé un contrat avec le club.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([]);
  });

  it('counter-example: « s’offre la société X » is a purchase', () => {
    expect(
      deals(claimsOf('Le groupe Dalmor s’offre la société Vireloup pour 12 millions d’euros.', 'fr', PUB)),
    ).toEqual([['Dalmor', 'Vireloup', 'confirmed']]);
  });
});

describe('« une prise de participation de X dans Y »: X takes the stake', () => {
  it('the holder of a stake taken buys', () => {
    expect(
      deals(
        claimsOf(
          'Selon nos informations, le conseil aurait validé une prise de participation de Capgemini dans Sopra Steria.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Capgemini', 'Sopra Steria', 'rumour']]);
  });

  it('counter-example: « la participation de Safran dans Y » bought by another is sold by Safran', () => {
    expect(
      deals(
        claimsOf(
          'Selon nos informations, Capgemini rachèterait la participation de Safran dans Sopra Steria.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Capgemini', 'Sopra Steria', 'rumour']]);
  });
});

describe('money put in a round for a stake is a stake in the raiser', () => {
  it('"had invested €1.2m in the round for a 5% stake"', () => {
    expect(
      stakes(
        claimsOf(
          'Kestrova Pay raised €9m in a Series A round on Monday. Separately, Banque Dorvel said it had invested €1.2m in the round for a 5% stake.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([['Banque Dorvel', 'Kestrova Pay', 5]]);
  });

  it('counter-example: money invested in a branch network buys no company', () => {
    expect(
      deals(claimsOf('Banque Dorvel invested €40m in its branch network last year.', 'en', PUB)),
    ).toEqual([]);
  });
});

describe('a verbless change after a counted quantity is that quantity’s growth', () => {
  it('"performed 48,000 procedures last year, up 17%" moves no stock', () => {
    expect(
      moves(
        claimsOf(
          'Quorvane Clinics performed 48,000 procedures last year, up 17%, and plans to open six clinics.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([]);
  });

  it('counter-example: a closing price, then the change, is the stock’s move', () => {
    expect(
      moves(claimsOf('Quorvane Clinics shares closed at 12.40 euros, up 3%, on Thursday.', 'en', PUB)),
    ).toEqual([{ party: 'Quorvane Clinics', percent: 3, direction: 'up', day: '2027-09-30' }]);
  });
});

describe('« N % du capital » with no company after it is the story’s company’s capital', () => {
  it('« Bpifrance prend 12 % du capital » after the raise is told', () => {
    expect(
      stakes(
        claimsOf(
          'Nouvelle étape pour Brumaire Space. La jeune entreprise a bouclé une levée de fonds de 40 millions d’euros. Bpifrance prend 12 % du capital, aux côtés des actionnaires historiques.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Bpifrance', 'Brumaire Space', 12]]);
  });

  it('« du capital de ce club »: a demonstrative stands for the company told before', () => {
    expect(
      stakes(
        claimsOf(
          'Stade Vireloup a publié ses comptes. Selon L’Agefi, le fonds Harnoy Capital serait entré en négociations exclusives pour acquérir 30 % du capital de ce club de Ligue 2.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Harnoy Capital', 'Stade Vireloup', 30]]);
  });

  it('counter-examples: a named company’s capital; an unnamed rival circling "the company"', () => {
    expect(
      stakes(
        claimsOf(
          'Brumaire Space a publié ses comptes. Bpifrance prend 12 % du capital de Polmarin.',
          'fr',
          PUB,
        ),
      ),
    ).toEqual([['Bpifrance', 'Polmarin', 12]]);
    expect(
      deals(
        claimsOf(
          'Shares in Quorvane Clinics rose 9.7% on Monday on speculation that a larger rival was circling the company.',
          'en',
          PUB,
        ),
      ),
    ).toEqual([]);
  });
});

describe('buying a share of a company’s output buys no stake in it', () => {
  it('"buys around 30 per cent of X’s output"', () => {
    expect(
      find(
        claimsOf(
          'Tamworth Castings said on Monday it had received no approach from Valeo. Kelvard Motors already buys around 30 per cent of Tamworth Castings’ output.',
          'en',
          PUB,
        ),
        'acquisition',
        ['Kelvard Motors', 'Tamworth Castings'],
      ),
    ).toEqual([]);
  });

  it('counter-example: 30% of the company itself is a stake', () => {
    expect(
      stakes(claimsOf('Kelvard Group agreed to buy 30% of Tamworth Leisure on Monday.', 'en', PUB)),
    ).toEqual([['Kelvard Group', 'Tamworth Leisure', 30]]);
  });
});
