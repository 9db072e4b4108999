import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/** Classes a second blind phrasebook showed the engine missing, written afresh with invented companies. */
const PUB = '2027-04-20'; // a Tuesday

const kinds = (claims: Claim[]) => claims.map((c) => c.kind);

describe('deals told with a verb that hands work or products to another company', () => {
  const cases: [string, 'fr' | 'en', string[]][] = [
    [
      'Le groupe Thales s’associe à Norvalis, jeune pousse rennaise spécialisée dans la détection d’intrusions.',
      'fr',
      ['Thales', 'Norvalis'],
    ],
    [
      'Safran a confié à Ardelis, PME iséroise, la maintenance de ses bancs d’essai pour cinq ans.',
      'fr',
      ['Safran', 'Ardelis'],
    ],
    [
      'Orange a confié à Belvanne, éditeur lyonnais, la conception de son nouveau portail client.',
      'fr',
      ['Orange', 'Belvanne'],
    ],
    [
      'Aux termes d’un contrat signé mardi, Brélia Ciments livrera chaque année 40 000 tonnes de liant à Vinci.',
      'fr',
      ['Brélia Ciments', 'Vinci'],
    ],
    [
      'Capgemini will resell Tarrowby’s security software to European banks.',
      'en',
      ['Capgemini', 'Tarrowby'],
    ],
    [
      'Siemens has licensed Morwent’s compression technology for its factory controllers.',
      'en',
      ['Siemens', 'Morwent'],
    ],
    [
      'Nokia has licensed its 5G patents to Farrowdale Devices in a five-year deal.',
      'en',
      ['Nokia', 'Farrowdale Devices'],
    ],
  ];
  for (const [text, lang, parties] of cases)
    it(`${lang}: ${text.slice(0, 60)}`, () => {
      expect(find(claimsOf(text, lang, PUB), 'agreement', parties)).toHaveLength(1);
    });

  it('a task given to a person, or a company distributing its own reports, is no deal', () => {
    expect(
      claimsOf('Le ministre a confié à Jean Morvan la rédaction d’un rapport sur la filière.', 'fr', PUB),
    ).toEqual([]);
    expect(kinds(claimsOf('Readers may distribute the newsletter freely.', 'en', PUB))).toEqual([]);
  });
});

describe('mergers, groupings and programmes joined are agreements between the companies named', () => {
  it('« vont fusionner », « fusionnera avec »', () => {
    const a = claimsOf(
      'Les mutuelles Arvelle Santé et Corvina Prévoyance vont fusionner l’an prochain.',
      'fr',
      PUB,
    );
    expect(find(a, 'agreement', ['Arvelle Santé', 'Corvina Prévoyance'])).toHaveLength(1);
    const b = claimsOf('Kelvane Énergie fusionnera avec Doralis Solaire d’ici la fin de l’année.', 'fr', PUB);
    expect(find(b, 'agreement', ['Kelvane Énergie', 'Doralis Solaire'])).toHaveLength(1);
  });

  it('a grouping formed or led by two companies; a programme joined', () => {
    const a = claimsOf(
      'Le consortium mené par Vinci et Orvanne Ingénierie a remporté le marché du tunnel.',
      'fr',
      PUB,
    );
    expect(find(a, 'agreement', ['Vinci', 'Orvanne Ingénierie'])).toHaveLength(1);
    const b = claimsOf('Siemens has joined Harrowgate’s hydrogen alliance as a founding member.', 'en', PUB);
    expect(find(b, 'agreement', ['Siemens', 'Harrowgate'])).toHaveLength(1);
  });

  it('nuclear fusion and services merged inside one company are no deals', () => {
    expect(claimsOf('La fusion nucléaire reste un horizon lointain pour Engie.', 'fr', PUB)).toEqual([]);
    expect(claimsOf('Thales et Safran ont chacun fusionné leurs services informatiques.', 'fr', PUB)).toEqual(
      [],
    );
  });
});

describe('bids with a price per share, and stakes taken', () => {
  it('« propose N euros par action pour s’offrir X », "prepared to pay $N a share for X"', () => {
    const a = claimsOf(
      'Sopra Steria propose 31 euros par action pour s’offrir Quillard Logiciels.',
      'fr',
      PUB,
    );
    expect(find(a, 'acquisition', ['Sopra Steria', 'Quillard Logiciels'])).toHaveLength(1);
    const b = claimsOf(
      'Cisco is ready to pay $18 a share for Pellham Networks, people familiar said.',
      'en',
      PUB,
    );
    expect(find(b, 'acquisition', ['Cisco', 'Pellham Networks'])).toHaveLength(1);
  });

  it('"has taken a 30% stake in X"', () => {
    const a = claimsOf('Siemens has taken a 30% stake in Brackwell, a maker of grid sensors.', 'en', PUB);
    expect(find(a, 'acquisition', ['Siemens', 'Brackwell'])).toHaveLength(1);
  });
});

describe('figures that are no share moves', () => {
  const none: [string, 'fr' | 'en'][] = [
    ['Le chiffre d’affaires de Valdorne a bondi de 22 % au troisième trimestre.', 'fr'],
    ['Selon Kepler, l’action Orange pourrait gagner 15 % si la cession aboutit.', 'fr'],
    ['Google’s share of the search advertising market slipped to 61% last year.', 'en'],
    ['Analysts said the shares could rise 25% if the deal closes.', 'en'],
  ];
  for (const [text, lang] of none)
    it(`${lang}: ${text.slice(0, 60)}`, () => {
      expect(kinds(claimsOf(text, lang, PUB)).filter((k) => k === 'share_move')).toEqual([]);
    });

  it('a move told beside a quantity it does not own is still one', () => {
    const c = claimsOf(
      'Malgré un chiffre d’affaires en hausse, l’action Kering a cédé 3,1 % lundi.',
      'fr',
      PUB,
    );
    expect(c.filter((x) => x.kind === 'share_move')).toHaveLength(1);
  });
});

describe('share moves: signs, verbs and moments of the session', () => {
  const move = (claims: Claim[]) => claims.find((c) => c.kind === 'share_move');

  it('a typographic minus sign in brackets is a fall', () => {
    const m = move(
      claimsOf('Lundi, Thales (+2,0 %) a progressé et Safran (\u22121,4 %) a reculé.', 'fr', PUB),
    );
    const all = claimsOf('Lundi, Thales (+2,0 %) a progressé et Safran (\u22121,4 %) a reculé.', 'fr', PUB);
    expect(m).toBeDefined();
    const safran = all.find((c) => c.kind === 'share_move' && c.parties[0] === 'Safran');
    expect(safran?.kind === 'share_move' && safran.direction).toBe('down');
  });

  it('« a rendu 2 % » is a fall', () => {
    const m = move(claimsOf('L’action Atos a rendu 2,3 % mardi après sa hausse de la veille.', 'fr', PUB));
    expect(m?.kind === 'share_move' && m.direction).toBe('down');
  });

  it('premarket and after-hours moves, and a session ended lower, are of the publication day', () => {
    for (const text of [
      'Drayfield Robotics jumped 14% in premarket trading after winning an Army contract.',
      'Colborne Systems slid 6.1% in after-hours trading on a profit warning.',
      'Harwick Space ended the session 4.2% lower, erasing the gains of the week.',
    ]) {
      const m = move(claimsOf(text, 'en', PUB));
      expect(m?.kind === 'share_move' && m.eventDate).toBe(PUB);
    }
    const lower = move(
      claimsOf('Harwick Space ended the session 4.2% lower, erasing the gains of the week.', 'en', PUB),
    );
    expect(lower?.kind === 'share_move' && lower.direction).toBe('down');
  });
});

describe('opinions and figures of speech are no deals', () => {
  const none: [string, 'fr' | 'en'][] = [
    ['« Nous sommes d’accord avec Orange sur le constat », a déclaré le patron de Bouygues Telecom.', 'fr'],
    ['Une fusion entre Atos et Capgemini aurait tout son sens, juge un analyste de la place.', 'fr'],
    ['A tie-up between Nokia and Ericsson would make strategic sense, one banker said.', 'en'],
    ['An analyst said he had seen no sign of talks between Vodafone and Orange.', 'en'],
  ];
  for (const [text, lang] of none)
    it(`${lang}: ${text.slice(0, 60)}`, () => {
      expect(kinds(claimsOf(text, lang, PUB)).filter((k) => k === 'agreement')).toEqual([]);
    });

  it('agreeing on a price is still a deal', () => {
    const c = claimsOf(
      'Orange et Bouygues Telecom ont signé un accord sur le partage des pylônes.',
      'fr',
      PUB,
    );
    expect(find(c, 'agreement', ['Orange', 'Bouygues Telecom'])).toHaveLength(1);
  });
});

describe('launches and certifications by companies named once, with a bare month', () => {
  it('a month without a year after "in", "for", « en »', () => {
    const a = claimsOf('Tenwick’s fleet tracking service rolls out to hauliers in September.', 'en', PUB);
    expect(a.find((c) => c.kind === 'launch')?.eventDate).toBe('2027-09');
    const b = claimsOf('Brassac lancera sa plateforme de paie en juin, a annoncé la société.', 'fr', PUB);
    expect(b.find((c) => c.kind === 'launch')?.eventDate).toBe('2027-06');
    // A month already past is next year's.
    const c = claimsOf('Tenwick’s fleet tracking service rolls out to hauliers in February.', 'en', PUB);
    expect(c.find((x) => x.kind === 'launch')?.eventDate).toBe('2028-02');
  });

  it('a certification obtained by a company named only as the subject', () => {
    const a = claimsOf(
      'Ferlande vient d’obtenir la qualification SecNumCloud pour son offre de stockage.',
      'fr',
      PUB,
    );
    expect(a.filter((c) => c.kind === 'certification').map((c) => c.parties)).toEqual([['Ferlande']]);
    const b = claimsOf(
      'Holloway has received SOC 2 Type II attestation for its payroll platform.',
      'en',
      PUB,
    );
    expect(b.filter((c) => c.kind === 'certification').map((c) => c.parties)).toEqual([['Holloway']]);
  });

  it('rockets and satellites launched are no offers; a past offer in a month is no launch', () => {
    expect(
      kinds(claimsOf('Arianespace launched two Galileo satellites on Monday from Kourou.', 'en', PUB)),
    ).not.toContain('launch');
    expect(
      kinds(
        claimsOf(
          'An earlier story said that Leonardo had made a rival offer for Skarvik in September.',
          'en',
          PUB,
        ),
      ),
    ).not.toContain('launch');
  });
});

describe('a stake and a typed deal told in one sentence are two claims; an offtake is no purchase', () => {
  it('« entre au capital de X et signe avec la start-up un accord de coopération »', () => {
    const c = claimsOf(
      'Thales entre au capital de Quervin Optique à hauteur de 12 % et signe avec la PME un accord de licence sur ses capteurs.',
      'fr',
      PUB,
    );
    expect(find(c, 'acquisition', ['Thales', 'Quervin Optique'])).toHaveLength(1);
    expect(find(c, 'agreement', ['Thales', 'Quervin Optique'])).toHaveLength(1);
  });

  it('"agreed to buy all the output produced at X" is an agreement with X', () => {
    for (const text of [
      'Renault agreed to buy all the nickel sulphate produced at Harlow Metals’ Finnish plant for six years.',
      'Airbus will purchase most of the titanium sponge made by Corvey Alloys until 2032.',
    ]) {
      const c = claimsOf(text, 'en', PUB);
      expect(c.filter((x) => x.kind === 'acquisition')).toEqual([]);
      expect(c.filter((x) => x.kind === 'agreement')).toHaveLength(1);
    }
  });

  it('buying a company outright stays an acquisition', () => {
    const c = claimsOf('Renault agreed to buy Harlow Metals for €300m.', 'en', PUB);
    expect(find(c, 'acquisition', ['Renault', 'Harlow Metals'])).toHaveLength(1);
  });
});

describe('a launch by a company named once as the subject of "will make ... available"', () => {
  it('"Kestrelle will make its app available ..."', () => {
    const c = claimsOf(
      'Brennock will make its tax assistant available to all customers in October.',
      'en',
      PUB,
    );
    expect(c.filter((x) => x.kind === 'launch').map((x) => [x.parties, x.eventDate])).toEqual([
      [['Brennock'], '2027-10'],
    ]);
  });
});

describe('share moves of a company named once, and of a parent named as such', () => {
  it('« Vers 11 heures, X s’adjugeait 4 % » gives X, on the day of publication', () => {
    const c = claimsOf('Vers 14 heures, Dormelle s’adjugeait 3,8 %, dans un marché calme.', 'fr', PUB);
    expect(c.filter((x) => x.kind === 'share_move').map((x) => [x.parties, x.eventDate])).toEqual([
      [['Dormelle'], PUB],
    ]);
  });

  it('an apposition naming the subsidiary leaves the parent as the mover', () => {
    for (const [text, lang, mover] of [
      ['Le groupe Bouygues, maison mère de Bouygues Telecom, a cédé 1,9 % lundi.', 'fr', 'Bouygues'],
      ['Vivendi, the parent of Canal+, fell 3.1% on Monday after the ruling.', 'en', 'Vivendi'],
    ] as const) {
      const c = claimsOf(text, lang, PUB);
      expect(c.filter((x) => x.kind === 'share_move').map((x) => x.parties)).toEqual([[mover]]);
    }
  });
});
