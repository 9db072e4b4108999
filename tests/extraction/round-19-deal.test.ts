import { describe, expect, it } from 'vitest';
import { claimsOf, expectHolds, find } from './claims-of.ts';

/** Agreements made by three founders or more, and certifications listed together or held before the story. */
const PUB = '2027-04-20';

const agreements = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB).filter((c) => c.kind === 'agreement');
const certifications = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB).filter((c) => c.kind === 'certification');
const labels = (text: string, lang: 'fr' | 'en') =>
  certifications(text, lang).map((c) => (c.kind === 'certification' ? `${c.parties[0]}:${c.label}` : ''));

describe('a venture whose apposition lists its founders', () => {
  it('"…, a joint venture of A, B and C." at the end of the sentence keeps every founder', () => {
    const claims = agreements(
      "The port authority has awarded the dredging contract to Harrowgate Marine Partners, a joint venture of Belgium's Dremont, Dutch contractor Vessling and Hull-based engineer Carrick Soils.",
      'en',
    );
    const venture = find(claims, 'agreement', ['Dremont', 'Vessling', 'Carrick Soils']);
    expect(venture).toHaveLength(1);
    expect(venture[0]?.kind === 'agreement' ? venture[0].alliance : undefined).toBe(
      'Harrowgate Marine Partners',
    );
  });

  it("« Le groupement X, formé par A, l'entreprise … B, installée à …, et C »: the name between noun and members", () => {
    const claims = agreements(
      "Le groupement Mirabel, formé par Torvane, l'entreprise de terrassement Quessard TP, installée à Vienne, et le bureau d'études Pelvane Ingénierie, a remporté le marché de la Métropole.",
      'fr',
    );
    const venture = find(claims, 'agreement', ['Torvane', 'Quessard TP', 'Pelvane Ingénierie']);
    expect(venture).toHaveLength(1);
    expect(venture[0]?.kind === 'agreement' ? venture[0].alliance : undefined).toBe('Mirabel');
  });

  it('counter-examples: an apposition ending on "de X" still describes the name before it', () => {
    expect(
      agreements(
        'Torvane, la filiale de Quessard, a signé un accord de distribution avec Pelvane.',
        'fr',
      ).map((c) => [...c.parties].sort()),
    ).toEqual([['Pelvane', 'Torvane']]);
    expect(
      agreements(
        'Brenner Rail, the Leeds-based operator, and Talvik Systems have signed a maintenance partnership.',
        'en',
      ).map((c) => [...c.parties].sort()),
    ).toEqual([['Brenner Rail', 'Talvik Systems']]);
  });

  it('a named venture told again with fewer founders keeps the founders of its fullest telling', () => {
    const claims = agreements(
      "Le cimentier Dravelle, le constructeur suédois Holmstad Bygg et le recycleur suisse Aarwil Recycling ont signé mardi l'acte de naissance de Granulia, une coentreprise qui produira des bétons recyclés. Holmstad Bygg a annoncé qu'il dirigera la coentreprise Granulia avec Dravelle.",
      'fr',
    );
    expect(claims.map((c) => [...c.parties].sort())).toEqual([
      ['Aarwil Recycling', 'Dravelle', 'Holmstad Bygg'],
    ]);
  });
});

describe('labels listed with the one a verb governs', () => {
  it('"certified to ISO 9001 (…), ISO 14001 (…) and ISO 45001 (…) by X": one claim per label', () => {
    expect(
      labels(
        'Quenby Facilities said its operations have been certified to ISO 9001 (quality management), ISO 14001 (environmental management) and ISO 45001 (occupational health and safety) by Lloyd Audit Services.',
        'en',
      ),
    ).toEqual(['Quenby Facilities:ISO 9001', 'Quenby Facilities:ISO 14001', 'Quenby Facilities:ISO 45001']);
  });

  it('« la certification BREEAM au niveau « Excellent », délivrée par …, ainsi que la certification HQE … »', () => {
    expect(
      labels(
        'Foncière Ardoise a obtenu la certification BREEAM au niveau « Excellent », délivrée par le BRE, ainsi que la certification HQE Bâtiment durable au niveau « Exceptionnel ».',
        'fr',
      ),
    ).toEqual(['Foncière Ardoise:BREEAM', 'Foncière Ardoise:HQE']);
  });

  it('counter-example: a label still to seek after the one obtained is no second claim', () => {
    expect(
      labels(
        'Ostrane said its plants have been certified to ISO 9001 and that it intends to seek ISO 14001 next year.',
        'en',
      ),
    ).toEqual(['Ostrane:ISO 9001']);
  });

  it('« NF Habitat HQE »: two codes bridged by a capitalised word are one scheme', () => {
    expectHolds(
      'Ostrane Promotion a obtenu la certification NF Habitat HQE, délivrée par Cerqual.',
      'fr',
      PUB,
      'Ostrane Promotion',
      'NF Habitat HQE',
    );
    // Counter-example: a code and a capitalised word with no second code keep the code alone.
    expect(labels('Ostrane a obtenu le label NF Habitat pour sa résidence.', 'fr')).toEqual(['Ostrane:NF']);
  });
});

describe('labels named after a complement or a French noun of their own', () => {
  it('« la certification de durabilité ISCC EU »: the code after the noun and its complement', () => {
    expectHolds(
      'Méthanor a obtenu le mois dernier la certification de durabilité ISCC EU.',
      'fr',
      PUB,
      'Méthanor',
      'ISCC EU',
    );
    // Counter-example: « de la FIFA » names the body, not a label code.
    expect(certifications('Méthanor a obtenu la certification de la FIFA.', 'fr')).toEqual([]);
  });

  it("« l'écolabel Clef Verte »: the title after the French noun", () => {
    expectHolds(
      "Le groupe Ostrane a obtenu l'écolabel Clef Verte, attribué par l'association Teragir.",
      'fr',
      PUB,
      'Ostrane',
      'Clef Verte',
    );
  });
});

describe('a label recalled from the outlet’s own report is no certification of the article', () => {
  it('a label a company already holds stays a certification (DOMAIN.md: the seed’s « already qualified »)', () => {
    expect(
      labels(
        'Les hébergeurs qui détiennent déjà la qualification SecNumCloud, notamment 3DS Outscale et OVHcloud, gardent une avance.',
        'fr',
      ),
    ).toEqual(['3DS Outscale:SecNumCloud', 'OVHcloud:SecNumCloud']);
    expect(
      labels(
        'Le report profite aux hébergeurs déjà qualifiés SecNumCloud, comme OVHcloud et Worldline.',
        'fr',
      ).length,
    ).toBeGreaterThan(0);
  });

  it('« nous indiquions que X avait obtenu … »: the outlet recalls its own earlier report', () => {
    expect(
      certifications(
        'Dans notre édition du 2 mai, nous indiquions que Ostrane avait obtenu la certification ISO 14001.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('counter-example: « a déjà obtenu en mars » tells the obtaining itself', () => {
    expectHolds(
      'Ostrane a déjà obtenu en mars la certification ISO 14001.',
      'fr',
      PUB,
      'Ostrane',
      'ISO 14001',
    );
  });
});

describe('agreement words that tell another event', () => {
  it("« la signature d'un accord : X rachète … »: the agreement explained as a purchase is that purchase", () => {
    const claims = claimsOf(
      "Les discussions entre Marvell Testing et Quorane ont débouché lundi sur la signature d'un accord : Marvell Testing rachète le bloc de contrôle de la famille fondatrice.",
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Marvell Testing', 'Quorane'])).toHaveLength(1);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });

  it('counter-example: a typed agreement a colon explains stays an agreement', () => {
    expect(
      agreements(
        'Marvell Testing et Quorane ont signé un accord de distribution : Quorane vendra les appareils de Marvell Testing en Espagne.',
        'fr',
      ).map((c) => [...c.parties].sort()),
    ).toEqual([['Marvell Testing', 'Quorane']]);
  });

  it('« une entente au prix évoqué serait « raisonnable » »: an analyst weighing a deal is no report of one', () => {
    expect(
      agreements(
        "Pour l'analyste Martine Leclair, de la firme montréalaise Valeurs Orford, une entente au prix évoqué serait « raisonnable ».",
        'fr',
      ),
    ).toEqual([]);
    // Counter-example: a deal concluded, then judged.
    expect(
      agreements(
        'Brossard et Valmonte ont conclu une entente de distribution, une décision raisonnable selon les analystes.',
        'fr',
      ).map((c) => [...c.parties].sort()),
    ).toEqual([['Brossard', 'Valmonte']]);
  });

  it('"… X, the contractor that won … as part of the joint venture with A and B": the antecedent is the side', () => {
    const claims = claimsOf(
      'Kestrel Build has denied a report that it is in talks to buy Holvik Bygg, the contractor that beat it to the tunnel contract last week as part of the Brenna joint venture with Dalmora and Fjelstad.',
      'en',
      PUB,
    );
    const venture = find(claims, 'agreement', ['Holvik Bygg', 'Dalmora', 'Fjelstad']);
    expect(venture.map((c) => c.status)).toEqual(['confirmed']);
    expect(find(claims, 'acquisition', ['Kestrel Build', 'Holvik Bygg']).map((c) => c.status)).toEqual([
      'denied',
    ]);
  });
});

describe('names beside a deal that are no side of it', () => {
  it('« la banque Lazard conseille la biotech », "Lazard is advising …": an adviser is no side', () => {
    expect(
      agreements(
        "Un accord entre Pellmont et Oncovia pourrait être annoncé avant la fin de l'année, glisse une source, qui précise que la banque Lazard conseille la biotech.",
        'fr',
      ).map((c) => [...c.parties].sort()),
    ).toEqual([['Oncovia', 'Pellmont']]);
    // Counter-example: "advised by" makes the name before it a client, not an adviser.
    expect(
      agreements('Orange, advised by Lazard, has signed a partnership with Brevalle.', 'en').map((c) =>
        [...c.parties].sort(),
      ),
    ).toEqual([['Brevalle', 'Orange']]);
  });

  it('"A and B have both …": each made its own deal', () => {
    expect(
      agreements('Microsoft and Google have both preferred alliances with local operators.', 'en'),
    ).toEqual([]);
    expect(
      agreements('Orvane and Brevalle have both signed distribution deals with Capgemini.', 'en').map((c) =>
        [...c.parties].sort(),
      ),
    ).toEqual([
      ['Capgemini', 'Orvane'],
      ['Brevalle', 'Capgemini'],
    ]);
  });

  it('« X ou Y pourraient être approchés »: alternatives are never two sides', () => {
    expect(
      agreements(
        "Selon plusieurs observateurs, Sopra Steria ou Ascalis pourraient être approchés, même si aucun des deux groupes n'a fait état de discussions.",
        'fr',
      ),
    ).toEqual([]);
    // Counter-example: « et » joins two sides.
    expect(
      agreements(
        "Selon plusieurs observateurs, Sopra Steria et Ascalis discuteraient d'un partenariat.",
        'fr',
      ).map((c) => [...c.parties].sort()),
    ).toEqual([['Ascalis', 'Sopra Steria']]);
  });
});
