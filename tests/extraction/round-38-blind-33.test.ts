import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors round 38 (blind-33: procurement, defence, space, health IT) showed, written afresh. */
const PUB = '2027-04-14'; // a Wednesday

describe("a stock named through its company's descriptor belongs to the article's company", () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      "Corbault Systems signed a contract with Orange on Monday. The company's shares jumped 12.5% on Tuesday.",
      'en',
      'Corbault Systems',
    ],
    [
      "Vellimar Foods agreed a deal with Danone on Monday. The group's stock fell 3.1% on Tuesday.",
      'en',
      'Vellimar Foods',
    ],
    [
      'Ostrade Pay signed a partnership with Visa on Monday. Shares in the company rose 4% on Tuesday.',
      'en',
      'Ostrade Pay',
    ],
    [
      "Kervanne Data a signé un contrat avec Orange lundi. L'action du groupe a bondi de 6 % mardi.",
      'fr',
      'Kervanne Data',
    ],
  ];
  for (const [text, lang, party] of cases)
    it(party, () => {
      expect(find(claimsOf(text, lang, PUB), 'share_move', [party]).length).toBe(1);
    });
});

describe('public bodies called by their role stand only for a body whose name says it', () => {
  it('"L\'hôpital" after "CHU de Brest"', () => {
    const claims = claimsOf(
      "Une entreprise gardera les dossiers des patients du CHU de Brest. L'hôpital a signé avec Hermine Cloud un contrat de cinq ans.",
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['CHU de Brest', 'Hermine Cloud']).length).toBe(1);
  });
  it('"the authority" after "Saskatchewan Health Authority"', () => {
    const claims = claimsOf(
      'The Saskatchewan Health Authority chose a new supplier. The authority said it had extended its contract with Tamarack Imaging until 2029.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Saskatchewan Health Authority', 'Tamarack Imaging']).length).toBe(1);
  });
  it('"the agency" after "Cordell Transit Agency"', () => {
    const claims = claimsOf(
      'The Cordell Transit Agency opened a tender in May. The agency has signed a contract with Brevik Rail Systems.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Cordell Transit Agency', 'Brevik Rail Systems']).length).toBe(1);
  });
  it('"the agency" with no agency named stands for no company', () => {
    const claims = claimsOf(
      'Orange has opened a tender. The agency has signed a contract with Brevik Rail Systems.',
      'en',
      PUB,
    );
    expect(claims.some((c) => c.kind === 'agreement' && c.parties.includes('Orange'))).toBe(false);
  });
  it('a hospital named by its head word is one name ("CHRU de Tours", "Hôpitaux de Marne")', () => {
    const claims = claimsOf('Le CHRU de Tours a signé avec Osmane Santé un contrat de trois ans.', 'fr', PUB);
    expect(find(claims, 'agreement', ['CHRU de Tours', 'Osmane Santé']).length).toBe(1);
  });
});

describe('a company described as held by its owners: the owners are no party, their percentages no move', () => {
  it('"X (ACR), la coentreprise détenue à 67 % par A et à 33 % par B, a pris une participation"', () => {
    const claims = claimsOf(
      'Corvelle Spatial (CVS), la coentreprise détenue à 60 % par Airbus et à 40 % par Safran, a pris une participation de 12 % dans Nivéa Orbit.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Corvelle Spatial', 'Nivéa Orbit']).length).toBe(1);
    expect(claims.filter((c) => c.kind === 'share_move')).toEqual([]);
    expect(claims.some((c) => c.kind === 'acquisition' && c.parties.includes('Safran'))).toBe(false);
  });
  it('"la filiale contrôlée à 51 % par Orange" gives no share move', () => {
    const claims = claimsOf(
      'Telvane Réseaux, la filiale contrôlée à 51 % par Orange, a signé un accord de distribution avec Kelto.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'share_move')).toEqual([]);
  });
  it('a real move beside ownership is still read', () => {
    const claims = claimsOf("Le titre Orvane, détenu à 40 % par l'État, a bondi de 4 % mardi.", 'fr', PUB);
    expect(claims.filter((c) => c.kind === 'share_move').length).toBeLessThanOrEqual(1);
    expect(claims.some((c) => c.kind === 'share_move' && c.percent === 40)).toBe(false);
  });
});

describe('an attribute "opérationnel", a migration or a "go-live" is no launch', () => {
  const none: [string, 'fr' | 'en'][] = [
    [
      "Les livraisons ne sont pas attendues avant fin 2028 : la DGA a prévu une phase d'évaluation opérationnelle de six mois.",
      'fr',
    ],
    ['Kerlys Data a gagné le marché. La migration des premières applications commencera en janvier.', 'fr'],
    ['Brevane Santé a gagné. Le transfert des anciens services débutera en mars 2028.', 'fr'],
    ['Go-live is planned in two phases, starting with the emergency department in spring 2028.', 'en'],
  ];
  for (const [text, lang] of none)
    it(text.slice(0, 50), () => {
      expect(claimsOf(text, lang, PUB).filter((c) => c.kind === 'launch')).toEqual([]);
    });
  it('a service that opens to its users is one', () => {
    const claims = claimsOf(
      'Skolanet ouvrira sa nouvelle plateforme aux élèves et aux parents en septembre 2028.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['Skolanet']).length).toBe(1);
  });
  it('a service opened to patients is one too', () => {
    const claims = claimsOf('Medilune ouvrira son portail aux patients en janvier 2028.', 'fr', PUB);
    expect(find(claims, 'launch', ['Medilune']).length).toBe(1);
  });
  it('an offer still goes live', () => {
    const claims = claimsOf('Wyndmoor said its portal will go live in spring 2028.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'launch').length).toBe(1);
  });
});

describe('regional adjectives and foreign indexes are no company', () => {
  it('"smaller Nordic operators"', () => {
    const claims = claimsOf(
      'Fjellmark Automation won the contract. The company also plans to offer a hosted version to smaller Nordic operators from 2028.',
      'en',
      PUB,
    );
    expect(claims.some((c) => c.parties.includes('Nordic'))).toBe(false);
    expect(find(claims, 'launch', ['Fjellmark Automation']).length).toBe(1);
  });
  const indexes = ['Bel 20', 'PSI 20', 'OBX', 'TSX'];
  for (const index of indexes)
    it(`"dans un ${index} en hausse"`, () => {
      const claims = claimsOf(
        `Le titre Varnell Optique a bondi de 7,3 % mardi, dans un ${index} en hausse de 0,2 %.`,
        'fr',
        PUB,
      );
      expect(
        claims.filter((c) => c.kind === 'share_move').map((c) => c.kind === 'share_move' && c.percent),
      ).toEqual([7.3]);
    });
});

describe("a site named by its town holds the company's certificate", () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Meuvel Optique a gagné le marché. Le site de Herstal a obtenu en septembre la certification AQAP 2110.',
      'fr',
      'Meuvel Optique',
    ],
    [
      'Corvane Foods won the deal. The plant in Cheongju received ISO 22000 certification in May.',
      'en',
      'Corvane Foods',
    ],
    [
      "Brissac Composites a gagné. L'usine de Tarbes a obtenu la certification EN 9100 en juin.",
      'fr',
      'Brissac Composites',
    ],
  ];
  for (const [text, lang, party] of cases)
    it(party, () => {
      const claims = claimsOf(text, lang, PUB);
      expect(find(claims, 'certification', [party]).length).toBe(1);
      expect(claims.filter((c) => c.kind === 'certification').length).toBe(1);
    });
});

describe('certificates: a hyphenated product word is no plan, UL labels keep their part numbers', () => {
  it('"X\'s mission-planning software received FedRAMP"', () => {
    const claims = claimsOf(
      "Tidemoor Orbital won the deal. Tidemoor's mission-planning software received FedRAMP High authorization in March.",
      'en',
      PUB,
    );
    expect(find(claims, 'certification', ['Tidemoor Orbital']).length).toBe(1);
  });
  it('"X\'s route-planning app" is no aspiration either', () => {
    const claims = claimsOf(
      "Velora Maps's route-planning app received ISO 27001 certification in May.",
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'certification').length).toBe(1);
  });
  it('a real plan stays no certificate', () => {
    const claims = claimsOf('Velora Maps is planning to seek ISO 27001 certification next year.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'certification')).toEqual([]);
  });
  for (const label of ['UL 2900-2-2', 'UL 9540A', 'UL 4600'])
    it(label, () => {
      const claims = claimsOf(`Kittmere Grid received ${label} certification in October.`, 'en', PUB);
      expect(claims.find((c) => c.kind === 'certification')).toMatchObject({ label });
    });
});

describe('who tells a deal, or owns the body that signs it, is no party', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      "The US Army's Futures Command has awarded Brightwell Robotics a $40m contract, the Department of Defense said on Tuesday.",
      'en',
      ['Futures Command', 'Brightwell Robotics'],
    ],
    [
      'Orange has signed a contract with Tidemoor Orbital, Airbus said on Tuesday.',
      'en',
      ['Orange', 'Tidemoor Orbital'],
    ],
    ["Alphabet's Verily has agreed to buy Corvane Health for $40m.", 'en', ['Verily', 'Corvane Health']],
    [
      "La Bundeswehr a attribué à Meuvel Optique un contrat de huit ans, a indiqué le ministère de l'Intérieur.",
      'fr',
      ['Bundeswehr', 'Meuvel Optique'],
    ],
  ];
  for (const [text, lang, parties] of cases)
    it(parties.join(' / '), () => {
      const claims = claimsOf(text, lang, PUB);
      expect(
        claims
          .filter((c) => c.kind === 'agreement' || c.kind === 'acquisition')
          .map((c) => [...c.parties].sort()),
      ).toEqual([[...parties].sort()]);
    });
  it('a subject after a fronted phrase is no trailing tag ("After months of talks, X announced … with Y")', () => {
    const claims = claimsOf(
      'After months of talks, Tarnvale Systems announced on Monday a joint venture with Oracle.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Tarnvale Systems', 'Oracle']).length).toBe(1);
  });
  it('a speaker that says more than the tag is still read ("said on Wednesday it was not preparing an offer")', () => {
    const claims = claimsOf(
      'Glenmore said on Wednesday it was not preparing an offer for Kestrel Copper, a day after a newspaper reported it.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Glenmore', 'Kestrel Copper']).length).toBe(1);
  });
});

describe('the audience of an offer does not launch it', () => {
  it('"accessible aux patients du CHU"', () => {
    const claims = claimsOf(
      'Osmane Santé a signé avec le CHU de Nantes un contrat de trois ans. OsmanePass sera accessible aux patients du CHU de Nantes à partir du 2 avril 2028.',
      'fr',
      PUB,
    );
    expect(claims.some((c) => c.kind === 'launch' && c.parties.includes('CHU de Nantes'))).toBe(false);
  });
});
