import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors round 37 (blind-28) showed, written afresh with invented companies. */
const PUB = '2029-05-10'; // a Thursday

const ofKind = (claims: Claim[], kind: Claim['kind']) => claims.filter((c) => c.kind === kind);

describe('a title-case headline verb ends the name before it', () => {
  const cases: [string, string[]][] = [
    ['Halvery Foods and Brasken Labs Announce Strategic Partnership', ['Halvery Foods', 'Brasken Labs']],
    [
      'Corvale Freight and Mendrick Systems Announce Joint Venture for Rail Yards',
      ['Corvale Freight', 'Mendrick Systems'],
    ],
    ['Tarrow Energy Signs Partnership With Olvane Grid', ['Tarrow Energy', 'Olvane Grid']],
  ];
  for (const [title, parties] of cases)
    it(title, () => {
      const body = `${parties[0]} today announced a partnership with ${parties[1]}, a Leeds-based group.`;
      const claims = claimsOf(body, 'en', PUB, title);
      expect(find(claims, 'agreement', parties).length).toBe(1);
      for (const c of claims) for (const p of c.parties) expect(p).not.toMatch(/Announce|Signs/u);
    });

  it('a title-case acquisition headline names buyer and target apart', () => {
    const claims = claimsOf(
      'Penmore Holdings said on Thursday it would acquire Westray Tools for $80 million.',
      'en',
      PUB,
      'Penmore Holdings Acquires Westray Tools',
    );
    expect(find(claims, 'acquisition', ['Penmore Holdings', 'Westray Tools']).length).toBe(1);
  });
});

describe('a sentence-opening connective is no company', () => {
  const cases = [
    'Separately, the company said it had signed a supply agreement with Unilever.',
    'Additionally, the group said it had signed a distribution agreement with Medline.',
    'Elsewhere, the retailer said it had signed a logistics agreement with DoorDash.',
  ];
  for (const text of cases)
    it(text, () => {
      const claims = claimsOf(`Harwick Packaging said on Thursday it had cut 40 jobs. ${text}`, 'en', PUB);
      const agreements = ofKind(claims, 'agreement');
      expect(agreements.length).toBe(1);
      expect(agreements[0]?.parties).toContain('Harwick Packaging');
      expect(agreements[0]?.parties.join(' ')).not.toMatch(/Separately|Additionally|Elsewhere/u);
    });
});

describe('a model code is a product, never a company', () => {
  it('the maker holds the certificate its model obtained', () => {
    const claims = claimsOf(
      "Brightmoor Robotics said its tractor was ready. Brightmoor's BX-7 recently achieved UL 4600 certification from UL Solutions.",
      'en',
      PUB,
    );
    const certs = ofKind(claims, 'certification');
    expect(certs.map((c) => c.parties)).toEqual([['Brightmoor Robotics']]);
  });

  it('a fleet of a model is no second party to a deal', () => {
    const claims = claimsOf(
      'Under the multi-year agreement, Quenby Aero will supply a fleet of its QA-12 drones to Salterne Farms.',
      'en',
      PUB,
    );
    for (const c of claims) expect(c.parties).not.toContain('QA-12');
  });

  it('TF1 and M6 stay companies', () => {
    const claims = claimsOf(
      'M6 a signé jeudi un partenariat avec TF1 pour la distribution de ses chaînes.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['M6', 'TF1']).length).toBe(1);
  });
});

describe('a group named with "Médias" is a company, not an outlet', () => {
  const cases: [string, string][] = [
    [
      "Bouygues a annoncé jeudi l'acquisition de 20 % du capital de Groupe Kervadec Médias.",
      'Groupe Kervadec Médias',
    ],
    ['Vivendi a racheté Groupe Lorient Media pour 40 millions d’euros.', 'Groupe Lorient Media'],
    ['M6 est entré au capital de Groupe Aubrac Médias à hauteur de 10 %.', 'Groupe Aubrac Médias'],
  ];
  for (const [text, target] of cases)
    it(text, () => {
      const acquisitions = ofKind(claimsOf(text, 'fr', PUB), 'acquisition');
      expect(acquisitions.length).toBe(1);
      expect(acquisitions[0]?.parties).toContain(target);
    });

  it('an outlet title is still an outlet', () => {
    const claims = claimsOf(
      'Selon La Gazette Médias, Orléane Fret serait en discussions pour racheter Tivral.',
      'fr',
      PUB,
    );
    for (const c of claims) expect(c.parties).not.toContain('La Gazette Médias');
  });
});

describe('an approval a body grants is a certification, named as written', () => {
  const cases: [string, string, string][] = [
    [
      'Velmont Diagnostics said it had received 510(k) clearance from the U.S. Food and Drug Administration for its test.',
      'Velmont Diagnostics',
      '510(k) clearance',
    ],
    [
      'Corrigan Pay received its electronic money institution authorisation from the Financial Conduct Authority in May.',
      'Corrigan Pay',
      'electronic money institution authorisation',
    ],
    [
      'Ashfield Signalling obtained product acceptance from Network Rail for its axle counter last month.',
      'Ashfield Signalling',
      'product acceptance',
    ],
  ];
  for (const [text, holder, label] of cases)
    it(label, () => {
      const certs = ofKind(claimsOf(text, 'en', PUB), 'certification');
      expect(certs.map((c) => [c.parties, c.kind === 'certification' ? c.label : ''])).toEqual([
        [[holder], label],
      ]);
    });

  const counter = [
    'Brennock won antitrust clearance from the European Commission for its purchase of Tavel.',
    'Tallard Homes obtained planning permission from the council for 300 houses.',
    'Corrigan Pay hopes to obtain a banking licence from the Prudential Regulation Authority next year.',
  ];
  for (const text of counter)
    it(`no label: ${text}`, () => {
      expect(ofKind(claimsOf(text, 'en', PUB), 'certification')).toEqual([]);
    });
});

describe('French first person: "nous avons obtenu" tells a label obtained', () => {
  const lead =
    'Le fabricant Ormel Textiles a racheté Tissages Brivet. Son président, Paul Ormel, détaille sa stratégie.\n\nPourquoi ce rachat ?\n\n« Nous nous connaissons depuis longtemps. »\n\nEt la qualité ?\n\n';
  const cases: [string, string][] = [
    ['« Nous avons obtenu en mai la certification ISO 9001, délivrée par Bureau Veritas. »', 'ISO 9001'],
    ['« Nous avons obtenu la certification ISO 14001 pour nos deux usines. »', 'ISO 14001'],
    ["« J'ai obtenu pour l'entreprise la certification ISO 45001 l'an dernier. »", 'ISO 45001'],
  ];
  for (const [answer, label] of cases)
    it(label, () => {
      const certs = ofKind(claimsOf(lead + answer, 'fr', PUB), 'certification');
      expect(certs.map((c) => c.parties)).toEqual([['Ormel Textiles']]);
    });

  it('an aspiration in the first person is still none', () => {
    const certs = ofKind(
      claimsOf(`${lead}« Nous espérons avoir obtenu la certification ISO 9001 d'ici un an. »`, 'fr', PUB),
      'certification',
    );
    expect(certs).toEqual([]);
  });
});

describe('an interview whose answers are quotes: a statement asks too', () => {
  it('English: "You are announcing a partnership today." then the quoted answer', () => {
    const text = [
      'Harlan Pay, the Bristol fintech, has doubled its revenue. Chief executive Mara Holt, who founded the company in 2019, spoke to us about growth.',
      'What changed this year?',
      '"We moved to new offices and hired forty people."',
      'You are announcing a partnership today.',
      '"Yes, we\'ve signed an agreement with Shopify to offer instant payouts to its merchants."',
      'There were reports that Revolut had approached you.',
      '"I\'m not going to comment on market chatter."',
    ].join('\n\n');
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'agreement', ['Harlan Pay', 'Shopify']).length).toBe(1);
    const statements = ofKind(claims, 'statement');
    expect(statements.map((s) => s.parties)).toEqual([['Harlan Pay']]);
  });

  it('French: an unquestioned remark then « Je ne commente pas les rumeurs »', () => {
    const text = [
      'Le transporteur Vaurel Autocars a racheté vendredi les Cars Quéméner. Son président, Alain Vaurel, détaille sa stratégie.',
      'Pourquoi ce rachat ?',
      '« Nous nous connaissons bien depuis vingt ans. »',
      'Certains évoquent même un intérêt de Keolis pour votre groupe.',
      '« Je ne commente pas les rumeurs. Nous restons une entreprise familiale. »',
      'Et la suite ?',
      '« Nous avons obtenu la certification ISO 14001 pour nos dépôts. »',
    ].join('\n\n');
    const claims = claimsOf(text, 'fr', PUB);
    expect(ofKind(claims, 'statement').map((s) => s.parties)).toEqual([['Vaurel Autocars']]);
    expect(ofKind(claims, 'certification').map((c) => c.parties)).toEqual([['Vaurel Autocars']]);
  });

  it('a plain article with quotes is no interview', () => {
    const text = [
      'Morvan Logistique a signé jeudi un contrat avec Carrefour.',
      '« Nous sommes fiers de ce contrat », a déclaré son président.',
      'Le groupe emploie 400 personnes.',
      '« Nous recruterons cette année », a-t-il ajouté.',
    ].join('\n\n');
    const claims = claimsOf(text, 'fr', PUB);
    expect(find(claims, 'agreement', ['Morvan Logistique', 'Carrefour']).length).toBe(1);
    expect(ofKind(claims, 'statement')).toEqual([]);
  });
});

describe('after a town, a descriptor heads the name that follows it', () => {
  const cases: [string, string][] = [
    [
      'Fondée en 2012 à Vannes, la marque de soins Laboratoires Kerlia a obtenu la certification Cosmos Organic.',
      'Laboratoires Kerlia',
    ],
    [
      'Installée depuis 1990 à Cholet, la PME Mécaparts Ouest a obtenu la certification EN 9100.',
      'Mécaparts Ouest',
    ],
    ['Basée à Quimper, la coopérative Terres Bigoudènes a obtenu la certification HVE.', 'Terres Bigoudènes'],
  ];
  for (const [text, holder] of cases)
    it(holder, () => {
      const claims = claimsOf(text, 'fr', PUB);
      const certs = ofKind(claims, 'certification');
      expect(certs.map((c) => c.parties)).toEqual([[holder]]);
      for (const c of claims)
        for (const p of c.parties) expect(['Vannes', 'Cholet', 'Quimper']).not.toContain(p);
    });

  it('a town in an interview lead leaves the brand the interviewee’s company', () => {
    const text = [
      'Fondée en 2010 à Rezé, la marque de soins Cosmétiques Ondaine emploie 80 personnes. Sa fondatrice, Lise Ondaine, revient sur une semaine chargée.',
      'Vous venez d’obtenir un label. Qu’est-ce que cela change ?',
      '« Nous avons obtenu la certification Cosmos Organic, délivrée par Ecocert. Cela nous ouvre les portes de l’export. Notre gamme solaire sera disponible en pharmacie à partir de mars 2030. »',
      'Et vos partenaires ?',
      '« Nous travaillons avec le laboratoire nantais Algaline, un partenariat signé au printemps. »',
    ].join('\n\n');
    const claims = claimsOf(text, 'fr', PUB);
    expect(ofKind(claims, 'certification').map((c) => c.parties)).toEqual([['Cosmétiques Ondaine']]);
    expect(ofKind(claims, 'launch').map((c) => c.parties)).toEqual([['Cosmétiques Ondaine']]);
    expect(find(claims, 'agreement', ['Cosmétiques Ondaine', 'Algaline']).length).toBe(1);
  });
});

describe("a wire's round-up item opening on its company's slug in capitals", () => {
  const text = [
    'PARIS, 10 mai (Trésor Dépêches) - Le CAC 40 est attendu en hausse. Voici les valeurs susceptibles de bouger à la Bourse de Paris :',
    'VERNALIS - Le laboratoire a annoncé jeudi un partenariat avec Sanofi dans les vaccins.',
    "NEXITY - Le groupe immobilier a remporté un contrat de 90 millions d'euros auprès de la SNCF, a annoncé jeudi le groupe. Le titre a gagné 2,4 % jeudi.",
    "SOPRA STERIA - L'entreprise a obtenu la qualification SecNumCloud de l'Anssi, selon un communiqué.",
  ].join('\n\n');
  const claims = claimsOf(text, 'fr', PUB);

  it('the slug is the subject of the item’s descriptor', () => {
    expect(find(claims, 'agreement', ['Vernalis', 'Sanofi']).length).toBe(1);
    expect(find(claims, 'agreement', ['Nexity', 'SNCF']).length).toBe(1);
    expect(ofKind(claims, 'certification').map((c) => c.parties)).toEqual([['Sopra Steria']]);
  });

  it('a bare "le titre" is the item’s company', () => {
    expect(ofKind(claims, 'share_move').map((c) => c.parties)).toEqual([['Nexity']]);
  });

  it('a capitalised dateline is no slug', () => {
    const dated = claimsOf(
      'NANTES - Le groupe Brevalis a signé jeudi un partenariat avec Orange.',
      'fr',
      PUB,
    );
    for (const c of dated) expect(c.parties).not.toContain('Nantes');
  });
});
