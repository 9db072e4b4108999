import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { findAmount } from '../../src/extraction/values/parse-amount.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Error classes every unseen corpus has shown so far, written afresh with invented companies: clauses
 * inserted after a subject, companies introduced in unusual ways, who launches, per-share prices.
 */
const PUB = '2027-04-20'; // a Tuesday

type Case = [text: string, lang: 'fr' | 'en', parties: string[]];

const withParty = (claims: Claim[], name: string) => claims.filter((c) => c.parties.includes(name));

describe('a relative clause or an apposition after the subject names no party of the main verb', () => {
  const agreements: [...Case, string][] = [
    [
      'Lumaro, qui avait racheté Fendel en 2024, a signé un accord avec Orange.',
      'fr',
      ['Lumaro', 'Orange'],
      'Fendel',
    ],
    [
      "Orange, dont la filiale Totem détient 27 000 pylônes, s'est allié à Kervalis pour déployer des antennes.",
      'fr',
      ['Orange', 'Kervalis'],
      'Totem',
    ],
    [
      'Brevik, which bought a stake in Osta last year, has signed a partnership with Nokia.',
      'en',
      ['Brevik', 'Nokia'],
      'Osta',
    ],
    [
      'Kelto, a spin-off of Thales based in Rennes, has agreed to supply radars to Safran.',
      'en',
      ['Kelto', 'Safran'],
      'Thales',
    ],
    [
      'Nokia, which sold its stake in Dravos to Ericsson in 2025, struck a distribution deal with Kalvern.',
      'en',
      ['Nokia', 'Kalvern'],
      'Ericsson',
    ],
    [
      "Trelis, filiale d'Atos depuis 2019, a noué une alliance avec Orvane.",
      'fr',
      ['Trelis', 'Orvane'],
      'Atos',
    ],
    [
      'Quarnet, the Lyon-based supplier of Airbus, signed a licensing agreement with Veltro.',
      'en',
      ['Quarnet', 'Veltro'],
      'Airbus',
    ],
    [
      'Atos, dont l’action a chuté de 4,2 % mardi, a signé un accord avec Orvane.',
      'fr',
      ['Atos', 'Orvane'],
      'none',
    ],
  ];
  for (const [text, lang, parties, inside] of agreements)
    it(`${parties.join(' + ')} (${lang})`, () => {
      const claims = claimsOf(text, lang, PUB);
      expect(find(claims, 'agreement', parties).length).toBe(1);
      expect(withParty(claims, inside).filter((c) => c.kind === 'agreement')).toEqual([]);
    });

  const purchases: Case[] = [
    [
      'Vantéa, qui a longtemps travaillé avec Capgemini, rachète la société lyonnaise Dorvane.',
      'fr',
      ['Vantéa', 'Dorvane'],
    ],
    [
      'Harlow Grid, whose largest shareholder is Siemens, has agreed to buy Penmor Energy for €200m.',
      'en',
      ['Harlow Grid', 'Penmor Energy'],
    ],
    [
      'Kestrel, whose shares rose 3% on Tuesday, has agreed to buy Tamsin Labs.',
      'en',
      ['Kestrel', 'Tamsin Labs'],
    ],
  ];
  for (const [text, lang, [buyer, target]] of purchases)
    it(`${buyer} buys ${target} (${lang})`, () => {
      const deal = claimsOf(text, lang, PUB).filter((c) => c.kind === 'acquisition');
      expect(deal.map((c) => c.parties)).toEqual([[buyer, target]]);
    });

  it('what the inserted clause itself tells is read with the name it describes', () => {
    const claims = claimsOf(
      "Brumelle, qui a signé l'an dernier un partenariat avec Orange, rachète Talvane.",
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Brumelle', 'Orange']).length).toBe(1);
    expect(find(claims, 'acquisition', ['Brumelle', 'Talvane']).length).toBe(1);
    expect(find(claims, 'acquisition', ['Orange', 'Talvane'])).toEqual([]);
    const moved = claimsOf(
      'Kestrel, whose shares rose 3% on Tuesday, has agreed to buy Tamsin Labs.',
      'en',
      PUB,
    );
    expect(find(moved, 'share_move', ['Kestrel']).length).toBe(1);
  });

  it("a hedge or a no-comment inside the inserted clause does not reach the main verb's claim", () => {
    const claims = claimsOf(
      "Dorvel, qui aurait approché Kestane l'an dernier, a signé mardi un partenariat avec Capgemini.",
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Dorvel', 'Capgemini'])[0]?.status).toBe('confirmed');
    const quiet = claimsOf(
      'Orvane, qui n’a pas souhaité commenter, serait en discussions avec Capgemini.',
      'fr',
      PUB,
    );
    expect(find(quiet, 'agreement', ['Orvane', 'Capgemini'])[0]?.status).toBe('rumour');
    expect(find(quiet, 'statement', ['Orvane'])[0]).toMatchObject({ stance: 'no_comment' });
  });

  it('counter-examples: a name left out stays out; a trailing apposition keeps the source after it', () => {
    const out = claimsOf(
      'Capgemini signed a partnership with Fennick on Monday. Ormond, which held talks with Fennick last year, is not part of the agreement.',
      'en',
      PUB,
    );
    expect(withParty(out, 'Ormond')).toEqual([]);
    const talks = claimsOf(
      'Oracle has held talks to buy Talmeer, a Leeds-based maker of billing software, according to people familiar with the matter.',
      'en',
      PUB,
    );
    expect(find(talks, 'acquisition', ['Oracle', 'Talmeer'])[0]?.status).toBe('rumour');
  });
});

describe('companies introduced in unusual ways are parties', () => {
  const cases: [...Case, Claim['kind']][] = [
    ['Kerlys (ex-Datavia) a noué un partenariat avec Atos.', 'fr', ['Kerlys', 'Atos'], 'agreement'],
    [
      'Brightwater (formerly Kelso Energy) has agreed to a partnership with Shell.',
      'en',
      ['Brightwater', 'Shell'],
      'agreement',
    ],
    [
      'Voltrix, le spécialiste grenoblois des batteries, a signé un accord avec Renault.',
      'fr',
      ['Voltrix', 'Renault'],
      'agreement',
    ],
    [
      'La start-up Pyxeon Radio s’allie à Bouygues Telecom.',
      'fr',
      ['Pyxeon Radio', 'Bouygues Telecom'],
      'agreement',
    ],
    [
      'The Oslo-listed Nordvik Marine has agreed to buy Sandhavn Shipping.',
      'en',
      ['Nordvik Marine', 'Sandhavn Shipping'],
      'acquisition',
    ],
    ['K2 Systems has signed a partnership with Siemens.', 'en', ['K2 Systems', 'Siemens'], 'agreement'],
    [
      'Hale & Morrow has agreed to acquire Brindle Analytics.',
      'en',
      ['Hale & Morrow', 'Brindle Analytics'],
      'acquisition',
    ],
    ['Nord-Est Télécom a conclu un accord avec Orange.', 'fr', ['Nord-Est Télécom', 'Orange'], 'agreement'],
    [
      "L'éditeur nantais indépendant Qolibri a conclu un accord de distribution avec Capgemini.",
      'fr',
      ['Qolibri', 'Capgemini'],
      'agreement',
    ],
  ];
  for (const [text, lang, parties, kind] of cases)
    it(`${parties.join(' + ')} (${lang})`, () => {
      expect(find(claimsOf(text, lang, PUB), kind, parties).length).toBe(1);
    });

  it('a descriptor before the name keeps a passive purchase the right way round', () => {
    for (const text of [
      'Le spécialiste lyonnais de la cybersécurité Tervane a été racheté par Thales.',
      'La société Tervane a été rachetée par Thales.',
    ]) {
      const deal = claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'acquisition');
      expect(deal.map((c) => c.parties)).toEqual([['Thales', 'Tervane']]);
    }
  });

  it("a company named after an executive's title speaks and launches", () => {
    const claims = claimsOf(
      'Le président de Tirevo a indiqué que la plateforme serait commercialisée en septembre 2028.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['Tirevo'])[0]).toMatchObject({
      status: 'confirmed',
      eventDate: '2028-09',
    });
  });
});

describe('launch owners: the venture, or the builder and its partner', () => {
  it('a venture described by its founders launches under its own name', () => {
    const cases: [string, 'fr' | 'en', string, string[]][] = [
      [
        'Ferrovoix, la coentreprise de Thales et Ferrolink, commercialisera sa première offre de radio sécurisée au plus tard fin 2029.',
        'fr',
        'Ferrovoix',
        ['Thales', 'Ferrolink'],
      ],
      [
        'Skyvane, the joint venture of Airbus and Orange, will launch its first service in March 2029.',
        'en',
        'Skyvane',
        ['Airbus', 'Orange'],
      ],
    ];
    for (const [text, lang, venture, founders] of cases) {
      const claims = claimsOf(text, lang, PUB);
      const launch = find(claims, 'launch', [venture]);
      expect(launch.length).toBe(1);
      expect(launch[0]?.kind === 'launch' ? launch[0].alliance : undefined).toBe(venture);
      const deal = find(claims, 'agreement', founders);
      expect(deal[0]?.kind === 'agreement' ? deal[0].alliance : undefined).toBe(venture);
    }
  });

  const built: [...Case, string][] = [
    [
      'The sovereign region that Oracle is building with Orange will open to customers no earlier than 2030.',
      'en',
      ['Oracle', 'Orange'],
      '2030',
    ],
    [
      'The payment service developed by Lydra with Worldline will go live in October 2028.',
      'en',
      ['Lydra', 'Worldline'],
      '2028-10',
    ],
    [
      "L'application conçue par Brevik avec Orange sera disponible en mars 2028.",
      'fr',
      ['Brevik', 'Orange'],
      '2028-03',
    ],
  ];
  for (const [text, lang, parties, date] of built)
    it(`${parties.join(' + ')} (${lang})`, () => {
      expect(find(claimsOf(text, lang, PUB), 'launch', parties)[0]?.eventDate).toBe(date);
    });

  it('counter-examples: a supplier or a company in a later clause does not launch', () => {
    const own = claimsOf(
      'Tirevo lancera en juin son offre de stockage, construite avec les serveurs de Dell.',
      'fr',
      PUB,
    );
    expect(own.filter((c) => c.kind === 'launch').map((c) => c.parties)).toEqual([['Tirevo']]);
    const later = claimsOf(
      'Brevik will launch its payment app in May, two months after Nokia unveiled a rival service.',
      'en',
      PUB,
    );
    expect(later.filter((c) => c.kind === 'launch').map((c) => c.parties)).toEqual([['Brevik']]);
  });
});

describe('a price per share is no deal amount', () => {
  it('per-share prices are skipped, a total beside them is the amount', () => {
    expect(findAmount('salesforce agreed to buy caldris for $3.20 a share.')).toBeUndefined();
    expect(findAmount('leonardo rachete drakkor pour 3,20 euros par action.')).toBeUndefined();
    expect(findAmount('oracle will acquire tessane at $14.50 per share in cash.')).toBeUndefined();
    expect(findAmount('for $52 a share, or $1.2bn in total')).toEqual({ value: 1.2e9, currency: 'USD' });
    expect(findAmount("pour 48 euros par action, soit 900 millions d'euros")).toEqual({
      value: 9e8,
      currency: 'EUR',
    });
    expect(findAmount('pour 2,5 milliards de dollars')).toEqual({ value: 2.5e9, currency: 'USD' });
  });

  it('the purchase keeps its parties and carries no per-share figure as its amount', () => {
    for (const [text, lang] of [
      ['Salesforce agreed to buy Caldris for $3.20 a share.', 'en'],
      ['Leonardo rachète Drakkor pour 3,20 euros par action.', 'fr'],
    ] as const) {
      const deal = claimsOf(text, lang, PUB).filter((c) => c.kind === 'acquisition');
      expect(deal.length).toBe(1);
      expect(deal[0]?.kind === 'acquisition' ? deal[0].amount : 'none').toBeUndefined();
    }
  });
});
