import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, partiesAndStatus } from './claims-of.ts';

/**
 * Round 27, certifications and launches: who holds a launch or a label is the owner of the product or the company the
 * anaphor stands for, not the company telling of it nor a public buyer named beside it; a stock's debut, a share
 * issue's subscription window, a bid's valuation and an opening of capital are no launches.
 */
const PUB = '2027-11-18'; // a Thursday

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  partiesAndStatus(claimsOf(text, language, PUB), kind);

describe('a product its owner’s possessive names is the owner’s, whoever tells of it', () => {
  it('"The bank said Corvelle’s mobile wallet would be available": the wallet’s owner launches it', () => {
    expect(
      of(
        'Harlow Bank has agreed to buy Corvelle, a Lyon payments company. The bank said Corvelle’s mobile wallet would be available to its customers in Ireland from March 2029.',
        'en',
        'launch',
      ),
    ).toEqual([{ parties: ['Corvelle'], status: 'confirmed' }]);
  });

  it('"Tamsfield’s current account will be offered": an account is a bank’s offer too', () => {
    expect(
      of(
        'Brisbury Group said Tamsfield’s current account would be available to customers in Portugal from June 2029.',
        'en',
        'launch',
      ),
    ).toEqual([{ parties: ['Tamsfield'], status: 'confirmed' }]);
  });

  it('counter-example: the speaker’s own offer, no possessor named, stays the speaker’s', () => {
    expect(
      of(
        'Harlow Bank said its mobile wallet would be available to customers in Ireland from March 2029.',
        'en',
        'launch',
      ),
    ).toEqual([{ parties: ['Harlow Bank'], status: 'confirmed' }]);
  });
});

describe('"X said Y would launch": the reported clause’s subject launches, not the teller', () => {
  it('gives "Axmora said Brenvik would launch" to Brenvik', () => {
    expect(
      of(
        'Axmora has agreed to buy Brenvik Bageri, a Swedish bakery. Axmora said Brenvik Bageri would launch a range of oat biscuits in April 2029.',
        'en',
        'launch',
      ),
    ).toEqual([{ parties: ['Brenvik Bageri'], status: 'confirmed' }]);
  });

  it('gives « Orlanne a indiqué mardi que Plessac lancerait » to Plessac', () => {
    expect(
      of(
        'Orlanne a racheté Plessac. Orlanne a indiqué mardi que Plessac lancerait une gamme de gaufres en mars 2029.',
        'fr',
        'launch',
      ),
    ).toEqual([{ parties: ['Plessac'], status: 'confirmed' }]);
  });

  it('gives "Orlanne told analysts on Tuesday that Plessac Biscuits would launch" to Plessac Biscuits', () => {
    expect(
      of(
        'Orlanne has agreed to buy Plessac Biscuits. Orlanne told analysts on Tuesday that Plessac Biscuits would launch a range of waffles in March 2029.',
        'en',
        'launch',
      ),
    ).toEqual([{ parties: ['Plessac Biscuits'], status: 'confirmed' }]);
  });

  it('counter-example: "X said it would launch" stays X’s', () => {
    expect(of('Axmora said it would launch a range of oat biscuits in April 2029.', 'en', 'launch')).toEqual([
      { parties: ['Axmora'], status: 'confirmed' },
    ]);
  });
});

describe('« l’entreprise », "the company" is never the ministry or directorate that buys from it', () => {
  it('gives « L’entreprise a obtenu » to the supplier, not the Direction générale named before', () => {
    expect(
      of(
        'La Direction générale de l’armement a notifié à Ferronnerie Vaubert un contrat de 80 millions d’euros. L’entreprise a par ailleurs obtenu la certification EN 9100, délivrée par Bureau Veritas.',
        'fr',
        'certification',
      ),
    ).toEqual([{ parties: ['Ferronnerie Vaubert'], status: 'confirmed' }]);
  });

  it('counter-example: a company named as the subject keeps its label', () => {
    expect(
      of(
        'La Direction générale de l’armement a notifié à Ferronnerie Vaubert un contrat de 80 millions d’euros. Trelmont Usinage a par ailleurs obtenu la certification EN 9100.',
        'fr',
        'certification',
      ),
    ).toEqual([{ parties: ['Trelmont Usinage'], status: 'confirmed' }]);
  });
});

describe('no launch in a stock debut, a subscription window, a bid’s value or an opening of capital', () => {
  it('"The debut was the largest technology listing" is no launch', () => {
    expect(
      of(
        'Hoshida Optics shares jumped 30% on their first day of trading in Tokyo. The debut was the largest technology listing in Tokyo so far this year.',
        'en',
        'launch',
      ),
    ).toEqual([]);
  });

  it('counter-example: a product’s debut is a launch', () => {
    expect(
      of('Hoshida Optics said its new lens would debut in European stores in March 2029.', 'en', 'launch'),
    ).toEqual([{ parties: ['Hoshida Optics'], status: 'confirmed' }]);
  });

  it('« La souscription sera ouverte du … au … » is a share issue’s window', () => {
    expect(
      of(
        'Valmorin Transports a obtenu le visa du régulateur pour son introduction en Bourse. La souscription sera ouverte du 29 novembre au 3 décembre.',
        'fr',
        'launch',
      ),
    ).toEqual([]);
  });

  it('"an offer at that level would value X at" is a bid’s price', () => {
    expect(
      of(
        'Beazmoor is in talks to buy Tamsbury Underwriting for about £900 million. Analysts at Greyfield said an offer at that level would value Tamsbury at roughly 11 times its 2028 earnings, a 25% discount to recent deals.',
        'en',
        'launch',
      ),
    ).toEqual([]);
  });

  it('« une ouverture minoritaire du capital » is no offer opened', () => {
    expect(
      of(
        'Vasoria Infra a démenti vouloir racheter Ferronnerie Vaubert. Le conseil de surveillance de l’entreprise doit se réunir le 30 mars pour examiner les options stratégiques, parmi lesquelles une ouverture minoritaire du capital.',
        'fr',
        'launch',
      ),
    ).toEqual([]);
  });

  it('counter-example: « l’ouverture de la plateforme » is a launch', () => {
    expect(
      of(
        'Ferronnerie Vaubert a annoncé l’ouverture de sa plateforme de commande en ligne à partir du 30 mars 2028.',
        'fr',
        'launch',
      ),
    ).toEqual([{ parties: ['Ferronnerie Vaubert'], status: 'confirmed' }]);
  });
});

describe('a market authority’s visa and a classification society’s approval in principle are attestations obtained', () => {
  it('« a obtenu le visa de l’Autorité … » for a listing', () => {
    expect(
      claimsOf(
        'Valmorin Transports a obtenu mercredi le visa de l’Autorité marocaine du marché des capitaux pour son introduction en Bourse.',
        'fr',
        PUB,
      ).flatMap((c) => (c.kind === 'certification' ? [[c.parties, c.label]] : [])),
    ).toEqual([[['Valmorin Transports'], 'visa']]);
  });

  it('"received the AMMC’s visa"', () => {
    expect(
      claimsOf(
        'Valmorin Transports received the AMMC’s visa on Wednesday for its Casablanca IPO.',
        'en',
        PUB,
      ).flatMap((c) => (c.kind === 'certification' ? [[c.parties, c.label]] : [])),
    ).toEqual([[['Valmorin Transports'], 'visa']]);
  });

  it('« La société a obtenu l’approbation de principe de l’American Bureau of Shipping »', () => {
    expect(
      claimsOf(
        'Cryovane Technologies, fabricant nantais de cuves pour méthaniers, a signé un contrat avec un chantier coréen. La société a obtenu en décembre l’approbation de principe de l’American Bureau of Shipping pour sa cuve.',
        'fr',
        PUB,
      ).flatMap((c) => (c.kind === 'certification' ? [[c.parties, c.label]] : [])),
    ).toEqual([[['Cryovane Technologies'], 'approbation de principe']]);
  });

  it('counter-examples: a travel visa, a visa still needed', () => {
    const claims = [
      ...claimsOf(
        'Travellers from Ghana need a visa from the authority before arrival, Harwick Marine said.',
        'en',
        PUB,
      ),
      ...claimsOf(
        'Le visa de l’AMF sera nécessaire avant toute cotation, a indiqué Valmorin Transports.',
        'fr',
        PUB,
      ),
    ];
    expect(claims.filter((c) => c.kind === 'certification')).toEqual([]);
  });
});
