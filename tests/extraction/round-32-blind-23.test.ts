import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors the blind-23 round showed, written afresh with invented companies. */
const PUB = '2028-09-22'; // a Friday

describe('a bare "company" before a name describes a company; it names no venture', () => {
  const cases: [string, string, string][] = [
    [
      'British defence electronics company Carrick Sonar has signed a teaming agreement with Leonardo to bid jointly.\n\nCarrick Sonar shares rose 4.1% on Thursday.',
      'Carrick Sonar',
      'Leonardo',
    ],
    [
      'LONDON, Sept 22 (Dunmore) - Dutch software company Veldhaven has signed a licensing agreement with Siemens.\n\nVeldhaven shares jumped 6.3% on Thursday.',
      'Veldhaven',
      'Siemens',
    ],
    [
      'Norwegian shipping company Fjellmar struck a partnership with Maersk on Tuesday.\n\nShares in Fjellmar fell 2.2% on Thursday.',
      'Fjellmar',
      'Maersk',
    ],
  ];
  for (const [text, company, partner] of cases)
    it(`${company} with ${partner}, and its own share move`, () => {
      const claims = claimsOf(text, 'en', PUB);
      expect(find(claims, 'agreement', [company, partner])).toHaveLength(1);
      expect(find(claims, 'share_move', [company])).toHaveLength(1);
    });

  it('"the new company, Skyvale" still names the venture', () => {
    const claims = claimsOf(
      'Airbus and Orange signed a joint venture agreement on Tuesday. The new company, Skyvale, will sell secure satellite links.',
      'en',
      PUB,
    );
    expect(claims.find((c) => c.kind === 'agreement' && c.alliance === 'Skyvale')).toBeDefined();
  });
});

describe('a change noun then a quantity ("a 14% rise in revenue") is no share move', () => {
  const none = [
    ['Brenlow, which employs 1,100 people, reported a 14% rise in first-half revenue in July.', 'en'],
    ['Dorvane, the Leeds-based lender, posted a 9% drop in annual profit on Tuesday.', 'en'],
    ['Kelvane, qui emploie 800 personnes, a publié une hausse de 12 % de son chiffre d’affaires.', 'fr'],
    ['Marwick, a Bristol grocer, announced a 7% increase in sales on Monday.', 'en'],
  ] as const;
  for (const [text, lang] of none)
    it(text, () => {
      expect(claimsOf(text, lang, PUB).filter((c) => c.kind === 'share_move')).toEqual([]);
    });

  it('a rise in the shares is still a move', () => {
    const claims = claimsOf(
      'Dorvane, the Leeds-based lender, saw a 9% rise in its shares on Tuesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'share_move', ['Dorvane'])).toHaveLength(1);
  });
});

describe('the buyer whose tender a team bids for jointly is no side of the team', () => {
  const cases: [string, string][] = [
    [
      'Kestrel Dynamics has signed a teaming agreement with Thales to bid jointly for a contract to upgrade the radars of the Royal Navy’s frigates.',
      'Royal Navy',
    ],
    [
      'Kestrel Dynamics has signed a teaming agreement with Thales to bid for a Hellenic Navy contract.',
      'Hellenic Navy',
    ],
    [
      'Kestrel Dynamics has signed a partnership with Thales to compete together for the Royal Air Force’s training contract.',
      'Royal Air Force',
    ],
  ];
  for (const [text, buyer] of cases)
    it(`${buyer} is not a party`, () => {
      const title = `Kestrel Dynamics and Thales team up for ${buyer} deal`;
      const claims = claimsOf(text, 'en', PUB, title);
      expect(find(claims, 'agreement', ['Kestrel Dynamics', 'Thales'])).toHaveLength(1);
      expect(claims.some((c) => c.parties.includes(buyer))).toBe(false);
    });
});

describe('an offer of the deal just told, reported by one of the pair, is that company’s launch', () => {
  const deal =
    'Microsoft has chosen Brackwater Cloud to run a sovereign version of its Azure cloud. Under the partnership, Brackwater will operate Azure services in two data centres.';
  it('the service, Brackwater said', () => {
    const claims = claimsOf(
      `${deal} The service will be available in the second quarter of 2029, Brackwater said.`,
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Brackwater Cloud'])).toHaveLength(1);
  });
  it('the service, Microsoft said', () => {
    const claims = claimsOf(`${deal} The service will be launched in June 2029, Microsoft said.`, 'en', PUB);
    expect(find(claims, 'launch', ['Microsoft'])).toHaveLength(1);
  });
  it('a joint service stays the pair’s', () => {
    const claims = claimsOf(
      `${deal} The joint service will be available in 2029, Brackwater said.`,
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Brackwater Cloud', 'Microsoft'])).toHaveLength(1);
  });
  it('"will be offered from", the speaker launches', () => {
    const claims = claimsOf(
      'Corvel has signed a teaming agreement with Thales. The upgraded sonar will be offered to export customers from 2031, Thales said.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Thales'])).toHaveLength(1);
  });
});

describe('a naming participle opening the sentence is no part of the name', () => {
  it('Baptisé <product>, le service …: the maker the product is named after', () => {
    const claims = claimsOf(
      'Pentrel Sécurité a obtenu la qualification PRIS. Contacté, Orange a confirmé la signature de l’accord. Baptisé Pentrel Response, le nouveau service sera disponible à partir du 2 janvier.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['Pentrel Sécurité'])).toHaveLength(1);
  });
  it('Baptisée « X », la plateforme …', () => {
    const claims = claimsOf(
      'Orvane Systèmes a signé un accord avec Airbus. Baptisée « Orvane Shield », la plateforme sera disponible en juin 2029.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['Orvane Systèmes'])).toHaveLength(1);
  });
  it('Branded <product>, the platform …', () => {
    const claims = claimsOf(
      'Orvane Systems signed a deal with Airbus. Branded Orvane Pilot, the platform will be available in June 2029.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Orvane Systems'])).toHaveLength(1);
  });
  it('Baptisé <name>, le partenariat …: the name is the venture’s, no product', () => {
    const claims = claimsOf(
      'Thales et Airbus ont signé mardi un accord de coopération. Baptisé Orvella, le partenariat met en commun 300 ingénieurs. Le partenariat, baptisé « Orvella », prévoit la mise en commun de leurs équipes.',
      'fr',
      PUB,
    );
    expect(claims.find((c) => c.kind === 'agreement' && c.alliance === 'Orvella')).toBeDefined();
  });
});

describe('the outlet an interview was given to is no party', () => {
  const cases: [string, 'fr' | 'en', string, string, string][] = [
    [
      'La présidente de Varnel Cloud, Inès Morvan, a démenti lundi toute discussion de rachat avec OVHcloud, dans un entretien accordé à Cote & Bourse.',
      'fr',
      'Varnel Cloud',
      'OVHcloud',
      'Cote & Bourse',
    ],
    [
      'Dans une interview accordée au Petit Matin Breton, Kelvane a démenti toute négociation avec Orange.',
      'fr',
      'Kelvane',
      'Orange',
      'Petit Matin Breton',
    ],
    [
      'Kelvane denied any talks with Orange in an interview given to Harbour Street Weekly.',
      'en',
      'Kelvane',
      'Orange',
      'Harbour Street Weekly',
    ],
  ];
  for (const [text, lang, speaker, other, outlet] of cases)
    it(`${outlet} is not a party`, () => {
      const claims = claimsOf(text, lang, PUB);
      const deal = claims.filter((c) => c.kind === 'agreement' || c.kind === 'acquisition');
      expect(deal.map((c) => [...c.parties].sort())).toEqual([[speaker, other].sort()]);
      expect(deal[0]?.status).toBe('denied');
    });
});
