import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Acquisition classes that recur across several tuned corpora (session 6, one claim kind across every
 * corpus), written afresh with invented companies.
 */
const PUB = '2029-05-09';

const acquisitions = (claims: Claim[]) => claims.filter((c) => c.kind === 'acquisition');
const percentOf = (c: Claim | undefined) => (c as { percent?: number } | undefined)?.percent;

describe('a subscription "giving it" a stake: the subject buys, the company after "in"/"de" is the target', () => {
  const cases: [string, 'fr' | 'en', string, string, number][] = [
    [
      'Portland Bay Capital will buy new shares in Orrick Games, giving it a 12% stake in the studio.',
      'en',
      'Portland Bay Capital',
      'Orrick Games',
      12,
    ],
    [
      'Halvorsen Energy agreed to subscribe to a capital increase that gives it 20% of Brisa Renovables.',
      'en',
      'Halvorsen Energy',
      'Brisa Renovables',
      20,
    ],
    [
      'Safran a souscrit à une augmentation de capital réservée, qui lui donnera 25 % du capital de Rivecombe Moteurs.',
      'fr',
      'Safran',
      'Rivecombe Moteurs',
      25,
    ],
    [
      'Le fonds Tikehau Capital souscrira à une augmentation de capital de Solvéo Énergie qui lui donnera environ 18 % des parts de Solvéo Énergie.',
      'fr',
      'Tikehau Capital',
      'Solvéo Énergie',
      18,
    ],
    [
      'Le groupe Mervane investit 40 millions d’euros dans la start-up Oprix, ce qui lui donnera 25 % du capital d’Oprix.',
      'fr',
      'Mervane',
      'Oprix',
      25,
    ],
  ];
  for (const [text, lang, buyer, target, percent] of cases)
    it(`${buyer} buys ${percent}% of ${target}`, () => {
      const found = find(claimsOf(text, lang, PUB), 'acquisition', [buyer, target]);
      expect(found).toHaveLength(1);
      expect(found[0]?.parties[0]).toBe(buyer);
      expect(percentOf(found[0])).toBe(percent);
    });

  const none: [string, 'fr' | 'en'][] = [
    ['Tarvell Pumps said the contract gives it access to 40% of the European market for heat pumps.', 'en'],
    ['The licence signed with Ondrax Pharma gives it 15% of royalties on the drug.', 'en'],
    ['Selon Véloria Cycles, ce contrat lui donnera 30 % de parts de marché dans la région.', 'fr'],
  ];
  for (const [text, lang] of none)
    it(`no acquisition: ${text.slice(0, 50)}`, () => {
      expect(acquisitions(claimsOf(text, lang, PUB))).toEqual([]);
    });
});

describe('an investment told with its amount ("25 millions d’euros au capital de") is a stake', () => {
  const cases: [string, string, string][] = [
    [
      'Le fonds Eurazeo investira 40 millions d’euros au capital de Vernier Santé.',
      'Eurazeo',
      'Vernier Santé',
    ],
    [
      'Bpifrance a investi quelque 12 millions d’euros dans le capital de Lumio Robotique.',
      'Bpifrance',
      'Lumio Robotique',
    ],
    [
      'Scaleway a noué un partenariat avec la start-up parisienne Parlimo. Iliad investira par ailleurs 25 millions d’euros au capital de la jeune pousse, pour une participation de 9 %.',
      'Iliad',
      'Parlimo',
    ],
  ];
  for (const [text, buyer, target] of cases)
    it(`${buyer} invests in ${target}`, () => {
      expect(find(claimsOf(text, 'fr', PUB), 'acquisition', [buyer, target])).toHaveLength(1);
    });

  it('money put into a plant is no stake', () => {
    const text = 'Le chimiste Orvalis a investi 30 millions d’euros dans l’usine de Dunkerque.';
    expect(acquisitions(claimsOf(text, 'fr', PUB))).toEqual([]);
  });

  it('a stake told right after a partnership leaves the partners the pair of the joint offer', () => {
    const text =
      'Scaleway a noué un partenariat avec la start-up parisienne Parlimo. Iliad investira par ailleurs 25 millions d’euros au capital de la jeune pousse. L’offre commune sera disponible à partir du 15 octobre 2029.';
    const launches = claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'launch');
    expect(launches.map((c) => [...c.parties].sort())).toEqual([['Parlimo', 'Scaleway']]);
  });
});

describe('selling goods, output or services to customers is no sale of a company', () => {
  const none: string[] = [
    'Under a ten-year offtake agreement announced on Tuesday, Everleigh Solar will sell the output of its Norfolk solar farm to Amazon.',
    'Harwick Wind will sell the electricity from its Dogger Bank turbines to Tesco under a 15-year contract.',
    'Medline, the Illinois-based medical supplies group, will sell the test and its reader to U.S. hospitals.',
    'Quillon Foods will sell its frozen pizzas to Aldi stores across Germany.',
  ];
  for (const text of none)
    it(`no acquisition: ${text.slice(0, 50)}`, () => {
      expect(acquisitions(claimsOf(text, 'en', PUB))).toEqual([]);
    });

  const sales: [string, string, string][] = [
    [
      'Ambervale Semiconductor agreed to sell a 40% stake in its power-chip unit to Rohm.',
      'Rohm',
      'Ambervale Semiconductor',
    ],
    ['Carrow Energy sold its wind unit to Ørsted.', 'Ørsted', 'Carrow Energy'],
  ];
  for (const [text, buyer, target] of sales)
    it(`${buyer} still buys from the seller's side`, () => {
      expect(find(claimsOf(text, 'en', PUB), 'acquisition', [buyer, target])).toHaveLength(1);
    });
});

describe('deal words inside other nouns are no takeover of the names around them', () => {
  const none: string[] = [
    'The transaction will be financed through Kestrel Partners’ fourth buyout fund and a unitranche loan arranged by Ardenne Debt Partners.',
    'Quarndon and Barclaycard are launching a buy-now-pay-later service for furniture shoppers, under a partnership signed in June.',
    'Talvik Space has signed a teaming agreement with Norrbotten Ground Systems to bid for the ground segment of a polar satellite programme.',
    'Carrefour has agreed to sell its Argentine stores. Carrefour will keep a 10% stake in the business and has signed a licence agreement with Grupo Alvear.',
  ];
  for (const text of none)
    it(`no acquisition: ${text.slice(0, 50)}`, () => {
      expect(acquisitions(claimsOf(text, 'en', PUB))).toEqual([]);
    });

  it('a buyout group bidding is still a bid', () => {
    const text = 'The buyout group Cinven has agreed to buy Harlestone Direct for £600 million.';
    expect(find(claimsOf(text, 'en', PUB), 'acquisition', ['Cinven', 'Harlestone Direct'])).toHaveLength(1);
  });
});
