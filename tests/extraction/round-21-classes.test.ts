import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors a tuning round on regional-daily, wire and newsletter articles showed. */
const PUB = '2028-10-04'; // a Wednesday

describe('"reprendre" is a purchase verb, with or without a stake', () => {
  const cases: [string, number | undefined][] = [
    ['Kervalis reprend Brandoux, le fabricant de meubles savoyard.', undefined],
    ['Le groupe Kervalis reprend 100 % du capital de Brandoux.', 100],
    ['Kervalis reprendra 60 % du capital de Brandoux.', 60],
  ];
  for (const [text, percent] of cases)
    it(text, () => {
      const found = find(claimsOf(text, 'fr', PUB), 'acquisition', ['Kervalis', 'Brandoux']);
      expect(found.length).toBe(1);
      expect(found[0]?.kind === 'acquisition' ? found[0].percent : undefined).toBe(percent);
    });

  it('counter-examples: "reprend des couleurs", "reprend la main" buy nothing', () => {
    for (const text of [
      'Kervalis reprend des couleurs en Bourse après un été difficile.',
      'Kervalis reprend la main sur sa distribution en Espagne.',
    ])
      expect(claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

describe('a company "cédée à" / "vendue à" a buyer is bought by it', () => {
  const cases: [string, string, string][] = [
    [
      'Les Transports Brandoux ont été cédés à Kervalis Logistique, a annoncé la direction.',
      'Kervalis Logistique',
      'Transports Brandoux',
    ],
    ['La biscuiterie Maunoury a été vendue au groupe Lorvane.', 'Lorvane', 'Maunoury'],
    ['La fonderie Tessain vient d’être cédée à Brolvane Industries.', 'Brolvane Industries', 'Tessain'],
  ];
  for (const [text, buyer, target] of cases)
    it(text, () => {
      expect(find(claimsOf(text, 'fr', PUB), 'acquisition', [buyer, target]).length).toBe(1);
    });

  it('counter-example: goods sold to customers are no company sold', () => {
    const claims = claimsOf('Les produits Brandoux sont vendus aux hypermarchés Carrefour.', 'fr', PUB);
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});

describe('a town written with hyphens and a lowercase link is one place, never a party', () => {
  const cases: [string, string[]][] = [
    [
      'Le distributeur Carrefour a signé avec Maison Dorlan, volailler de Bourg-en-Bresse, un contrat de distribution.',
      ['Carrefour', 'Maison Dorlan'],
    ],
    [
      'Kervalis, fabricant de Villefranche-sur-Saône, a signé un partenariat avec Brandoux Industries.',
      ['Kervalis', 'Brandoux Industries'],
    ],
    [
      'Tarvel Group signed a partnership with Brolvane Foods, a bakery from Stratford-upon-Avon.',
      ['Tarvel Group', 'Brolvane Foods'],
    ],
  ];
  for (const [text, parties] of cases)
    it(text, () => {
      const lang = text.includes(' signed ') ? 'en' : 'fr';
      const claims = claimsOf(text, lang, PUB);
      expect(find(claims, 'agreement', parties).length).toBe(1);
      expect(
        claims.flatMap((c) => c.parties).some((p) => /Bresse|Saône|Avon|Bourg|Villefranche/u.test(p)),
      ).toBe(false);
    });
});

describe("a one-word town after the topic's site is the site's place: the topic holds the label", () => {
  const cases: [string, string][] = [
    [
      'Le groupe Kervalis a publié ses comptes. Son usine de Roanne a obtenu la certification ISO 9001.',
      'Kervalis',
    ],
    [
      'La biotech Orlanis a publié ses comptes. Autre bonne nouvelle : son unité de production de lots cliniques de Saint-Fons a obtenu la certification BPF.',
      'Orlanis',
    ],
    [
      'Le fabricant Brandoux a relevé ses prévisions. Son atelier de Cholet a décroché la certification ISO 14001.',
      'Brandoux',
    ],
  ];
  for (const [text, holder] of cases)
    it(text, () => {
      const certs = claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'certification');
      expect(certs.map((c) => c.parties)).toEqual([[holder]]);
    });

  it("counter-example: a possessive after a clause with its own subject is that subject's", () => {
    const claims = claimsOf(
      "Le groupe Kervalis a publié ses comptes. Brandoux Industries a une longueur d'avance : son offre a obtenu dès 2020 l'attestation C5 du BSI.",
      'fr',
      PUB,
    );
    expect(find(claims, 'certification', ['Kervalis'])).toEqual([]);
  });
});

describe('a name closed by a newspaper-title word is a company when a company noun is apposed to it', () => {
  it('fr', () => {
    const claims = claimsOf(
      'Mécanique Dauphiné, PME de 230 salariés installée à Voiron, a obtenu la certification EN 9100.',
      'fr',
      PUB,
    );
    expect(find(claims, 'certification', ['Mécanique Dauphiné']).length).toBe(1);
  });

  it('counter-example: the outlet cited as a source stays an outlet', () => {
    const claims = claimsOf(
      'Selon Le Dauphiné, Kervalis a signé un partenariat avec Brandoux Industries.',
      'fr',
      PUB,
    );
    expect(claims.flatMap((c) => c.parties).includes('Le Dauphiné')).toBe(false);
    expect(claims.find((c) => c.kind === 'agreement')?.status).toBe('rumour');
  });
});

describe('a registry company followed by a short name closed by a division word is that company', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Kervalis a signé avec Safran Landing Systems, la filiale du groupe Safran, un contrat de fourniture de sept ans.',
      'fr',
      ['Kervalis', 'Safran'],
    ],
    // A unit the registry lists on its own (a joint venture of Thales and Leonardo) keeps its name.
    ['Tarvel signe un accord avec Thales Alenia Space.', 'fr', ['Tarvel', 'Thales Alenia Space']],
    ['Tarvel signe un accord avec Thales Cyber Solutions.', 'fr', ['Tarvel', 'Thales']],
    [
      'Brandoux Industries signed a supply agreement with Siemens Smart Infrastructure.',
      'en',
      ['Brandoux Industries', 'Siemens'],
    ],
  ];
  for (const [text, lang, parties] of cases)
    it(text, () => {
      expect(find(claimsOf(text, lang, PUB), 'agreement', parties).length).toBe(1);
    });
});

describe('a plant told as the subject of its commissioning is no launch', () => {
  const cases = [
    'Kervalis et Brandoux créent la coentreprise Solvane. Ses trois premières centrales, dans la Drôme, devraient être mises en service en 2030.',
    'Kervalis et Brandoux créent la coentreprise Solvane. Leur usine de Dunkerque entrera en production en 2029.',
    'Kervalis et Brandoux créent la coentreprise Solvane. Son premier parc éolien sera mis en service en 2029.',
  ];
  for (const text of cases)
    it(text, () => {
      expect(claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'launch')).toEqual([]);
    });

  it('counter-example: an offer made available is a launch', () => {
    const claims = claimsOf(
      'Kervalis et Brandoux créent la coentreprise Solvane. Son offre sera disponible en 2029.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['Solvane']).length).toBe(1);
  });
});

describe('a target saying it received no approach denies the deal', () => {
  const cases: [string, string][] = [
    ['Marlcote Freight said it had not received any approach from DSV.', 'Marlcote Freight'],
    ['Brandoux Logistics said on Monday it had received no offer from Kervalis.', 'Brandoux Logistics'],
    ['Tarvel Group said it has not received any proposal from Kervalis.', 'Tarvel Group'],
  ];
  for (const [text, speaker] of cases)
    it(text, () => {
      const said = find(claimsOf(text, 'en', PUB), 'statement', [speaker]);
      expect(said.map((c) => (c.kind === 'statement' ? c.stance : ''))).toEqual(['deny']);
    });

  it('counter-example: a target confirming an approach does not deny', () => {
    const claims = claimsOf(
      'Tarvel Group said it had received an approach from Kervalis Holdings.',
      'en',
      PUB,
    );
    expect(claims.some((c) => c.kind === 'statement' && c.stance === 'deny')).toBe(false);
  });
});

describe('a takeover-rule deadline is no launch and no new deal; a clock time is no party', () => {
  const cases = [
    'Kervalis Group confirmed it had received a proposal from Tarvel. Under UK takeover rules, Tarvel has until 5pm on 7 November to announce a firm offer or walk away.',
    'Kervalis Group confirmed it had received a proposal from Tarvel. Tarvel now has until 5 December to make a firm offer.',
    'Kervalis Group confirmed it had received a proposal from Tarvel Holdings. The buyer has until 19 May to come forward with a binding bid.',
  ];
  for (const text of cases)
    it(text, () => {
      const claims = claimsOf(text, 'en', '2028-10-12');
      expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
      expect(claims.flatMap((c) => c.parties).some((p) => /\d/u.test(p))).toBe(false);
    });
});

describe('taking over a site or staff of a company is no purchase of the company', () => {
  const cases = [
    "Kervalis and Brandoux Motors will form a joint venture that will take over Brandoux's gearbox plant in Turin.",
    'Tarvel Group will take over the Leeds factory of Brandoux Motors.',
    "Tarvel Group is taking over Brandoux Motors' warehouse lease near Rotterdam.",
  ];
  for (const text of cases)
    it(text, () => {
      expect(claimsOf(text, 'en', PUB).filter((c) => c.kind === 'acquisition')).toEqual([]);
    });

  it('counter-example: taking over the company itself is a purchase', () => {
    const claims = claimsOf(
      'Tarvel Group agreed to take over Brandoux Motors for 300 million euros.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Tarvel Group', 'Brandoux Motors']).length).toBe(1);
  });
});
