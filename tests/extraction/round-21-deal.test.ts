import { describe, expect, it } from 'vitest';
import { claimsOf, expectHolds, find } from './claims-of.ts';

/** Round 21, agreements and certifications: who certified what, goods bought under a deal, licences from authorities. */
const PUB = '2028-05-16';

const ofKind = (text: string, lang: 'fr' | 'en', kind: string) =>
  claimsOf(text, lang, PUB).filter((c) => c.kind === kind);
const labels = (text: string, lang: 'fr' | 'en') =>
  ofKind(text, lang, 'certification').map((c) =>
    c.kind === 'certification' ? `${c.parties[0]}:${c.label}:${c.issuer ?? ''}` : '',
  );
const agreements = (text: string, lang: 'fr' | 'en') =>
  ofKind(text, lang, 'agreement').map((c) => [...c.parties].sort());

describe('a level spelt out with its acronym in brackets, a tier in Roman figures', () => {
  it('"certified to Safety Integrity Level 4 (SIL 4) by …": the bracketed acronym with its level is the label', () => {
    expect(
      labels(
        'Brennwald Signaltechnik today announced that its KX-3 interlocking has been certified to Safety Integrity Level 4 (SIL 4) by Bureau Veritas, the highest level of the standard.',
        'en',
      ),
    ).toEqual(['Brennwald Signaltechnik:SIL 4:Bureau Veritas']);
  });

  it('"awarded Tier IV Constructed Facility certification": the label is the tier', () => {
    expectHolds(
      'Ostrava Datahall said its Brno campus had been awarded Tier IV Constructed Facility certification by the Uptime Institute.',
      'en',
      PUB,
      'Ostrava Datahall',
      'Tier IV',
    );
  });

  it('counter-examples: an acronym in brackets with no level, a code and its named scheme keep their names', () => {
    expectHolds(
      'Pharmelle Labs said its Lyon plant obtained a good manufacturing practice (GMP) certificate in March.',
      'en',
      PUB,
      'Pharmelle Labs',
      'GMP',
    );
    expectHolds(
      'Aerovane Services has received Part 145 approval from the Civil Aviation Authority.',
      'en',
      PUB,
      'Aerovane Services',
      'Part 145',
    );
  });
});

describe('"X had certified its Y to LABEL": the certifier is the subject, the holder the object’s owner', () => {
  it('the company that tells of it holds the label; the certifier is its issuer', () => {
    expect(
      labels(
        'Brennwald Signaltechnik said on Tuesday that Bureau Veritas had certified its KX-3 interlocking to SIL 4.',
        'en',
      ),
    ).toEqual(['Brennwald Signaltechnik:SIL 4:Bureau Veritas']);
  });

  it('a named owner after the verb holds it', () => {
    expect(
      labels(
        'Brennwald Signaltechnik makes signalling for branch lines. Bureau Veritas has certified Brennwald Signaltechnik’s KX-3 interlocking to SIL 4.',
        'en',
      ),
    ).toEqual(['Brennwald Signaltechnik:SIL 4:Bureau Veritas']);
  });

  it('the certifier told beside a deal is no side of it', () => {
    const text =
      'Brennwald Signaltechnik said on Tuesday that Bureau Veritas had certified its KX-3 interlocking to SIL 4, and that Siemens Mobility will offer the system under a new framework agreement.';
    expect(agreements(text, 'en')).toEqual([['Brennwald Signaltechnik', 'Siemens Mobility']]);
  });

  it('counter-examples: the passive keeps its subject as holder; a company that certifies nothing stays a side', () => {
    expect(
      labels(
        'Brennwald Signaltechnik said its KX-3 interlocking was certified to SIL 4 by Bureau Veritas.',
        'en',
      ),
    ).toEqual(['Brennwald Signaltechnik:SIL 4:Bureau Veritas']);
    expect(
      agreements(
        'Brennwald Signaltechnik said that Siemens Mobility will offer its KX-3 interlocking under a new framework agreement.',
        'en',
      ),
    ).toEqual([['Brennwald Signaltechnik', 'Siemens Mobility']]);
  });
});

describe('goods bought from a maker under a deal are a supply agreement, not a purchase of the maker', () => {
  it('"signed a seven-year agreement to buy Ebrelle’s cells": an agreement, no acquisition', () => {
    const claims = claimsOf(
      'Torvane Motors said on Monday it has signed a seven-year agreement to buy Ebrelle Cells’s battery modules for its small cars.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
    expect(find(claims, 'agreement', ['Torvane Motors', 'Ebrelle Cells'])).toHaveLength(1);
  });

  it('told beside a stake in the same maker, the supply deal stays a deal of its own', () => {
    const claims = claimsOf(
      'Torvane Motors said it will take 30% of Ebrelle Cells, and that it has signed a seven-year agreement to buy Ebrelle Cells’s cells for small cars.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Torvane Motors', 'Ebrelle Cells'])).toHaveLength(1);
    expect(find(claims, 'agreement', ['Torvane Motors', 'Ebrelle Cells'])).toHaveLength(1);
  });

  it('counter-example: a business of the company bought is an acquisition', () => {
    const claims = claimsOf(
      'Torvane Motors agreed to buy Ebrelle Cells’s battery business for 2 billion euros.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Torvane Motors', 'Ebrelle Cells'])).toHaveLength(1);
  });
});

describe('a licence from a body the sentence calls an authority is a label, not a deal', () => {
  it('« a obtenu du X (XYZ), l’autorité …, une licence de réexportation couvrant … »', () => {
    const text =
      'Après un an d’attente, Dauphinelle Équipements a obtenu du Office of Export Licensing (OEL), l’autorité américaine de contrôle des exportations, une licence de réexportation couvrant ses fours, a annoncé lundi la société.';
    expect(labels(text, 'fr')).toEqual([
      'Dauphinelle Équipements:licence de réexportation:Office of Export Licensing',
    ]);
    expect(ofKind(text, 'fr', 'agreement')).toEqual([]);
  });

  it('counter-example: a licence from a company described as a maker is a licensing deal', () => {
    const text =
      'Dauphinelle Équipements a obtenu de Varnoux Semiconductors, le fabricant grenoblois de capteurs, une licence d’exploitation de ses brevets.';
    expect(ofKind(text, 'fr', 'certification')).toEqual([]);
    expect(agreements(text, 'fr')).toEqual([['Dauphinelle Équipements', 'Varnoux Semiconductors']]);
  });
});

describe('a tenancy is a contract between tenant and landlord', () => {
  it('"will sign a 15-year lease for the first 300 megawatts of X’s campus": the owner of what is leased', () => {
    const claims = claimsOf(
      'Velmont Cloud took a 20% stake in Harrowgate Compute on Monday. Under the deal, Velmont Cloud will also sign a 15-year lease for the first 300 megawatts of Harrowgate Compute’s flagship campus.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Velmont Cloud', 'Harrowgate Compute'])).toHaveLength(1);
  });

  it('"will be the anchor tenant of X’s new campus"', () => {
    expect(
      agreements(
        'Velmont Cloud has confirmed that it will be the anchor tenant of Brisfield Data Centers’ new campus.',
        'en',
      ),
    ).toEqual([['Brisfield Data Centers', 'Velmont Cloud']]);
  });

  it('"agreed to take the first two data halls as anchor tenant": the landlord is the story’s company', () => {
    const claims = claimsOf(
      'Brisfield Data Centers has finished its campus near Ghent. A local newspaper reported that Velmont Cloud had agreed to take the first two data halls as anchor tenant.',
      'en',
      PUB,
    );
    const deal = find(claims, 'agreement', ['Brisfield Data Centers', 'Velmont Cloud']);
    expect(deal).toHaveLength(1);
    expect(deal[0]?.status).toBe('rumour');
  });

  it('counter-example: a lease naming no landlord gives nothing, even in a story about another company', () => {
    expect(
      agreements(
        'Brisfield Data Centers has finished its campus near Ghent. Velmont Cloud signed a ten-year lease for new offices in Antwerp.',
        'en',
      ),
    ).toEqual([]);
  });
});

describe('"X’s planned campus": a participle after a possessive is no speech of X', () => {
  it('a lease a newspaper says is being discussed stays a rumour', () => {
    const claims = claimsOf(
      'Velmont Cloud is in talks to buy a 25% stake in Harrowgate Compute, the Financial Times reported. Under the terms being discussed, Velmont Cloud would also sign a long-term lease for most of the capacity at Harrowgate Compute’s planned campus, the newspaper said.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Velmont Cloud', 'Harrowgate Compute'])[0]?.status).toBe('rumour');
  });

  it('"X’s expected agreement with Y would be signed in May": hedged, no party speaking', () => {
    const claims = claimsOf(
      'Velmont Cloud’s expected distribution agreement with Harrowgate Compute would be signed in May.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Velmont Cloud', 'Harrowgate Compute'])[0]?.status).toBe('rumour');
  });

  it('counter-example: a possessive before a speaker’s noun still speaks for the company', () => {
    const claims = claimsOf(
      'Velmont Cloud’s board said the group would sign a distribution agreement with Harrowgate Compute.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Velmont Cloud', 'Harrowgate Compute'])[0]?.status).toBe('confirmed');
  });
});

describe('a role noun already read as a company is no pronoun for the story’s topic', () => {
  it('« Client historique de la PME, l’allemand X … conservera ses contrats »: no deal of the buyer', () => {
    const claims = claimsOf(
      'Castelor a annoncé lundi le rachat de Résinoval, une PME lyonnaise de résines. Client historique de la PME, l’allemand Dravex Chemie n’est pas partie à l’opération et conservera ses contrats d’approvisionnement.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
    expect(find(claims, 'acquisition', ['Castelor', 'Résinoval'])).toHaveLength(1);
  });

  it('counter-example: a bare pronoun still stands for the topic', () => {
    expect(
      agreements(
        'Castelor Industries a publié ses résultats annuels. Il vient de signer un contrat d’approvisionnement avec Safran.',
        'fr',
      ),
    ).toEqual([['Castelor Industries', 'Safran']]);
  });
});

describe('who holds a label told in a relative, and a deal’s clearance', () => {
  it('"The company, which received a C5 attestation … and signed a partnership with X": the story’s company', () => {
    expect(
      labels(
        'Brackwater Cloud shares fell 4% on Monday. The company, which received a C5 attestation last month and signed a partnership with SAP, has had a volatile few weeks.',
        'en',
      ),
    ).toEqual(['Brackwater Cloud:C5:']);
  });

  it('"clearance from the French competition authority": a deal’s clearance, no label', () => {
    expect(
      labels(
        'Optelia agreed to be bought by EssilorLuxottica in May. It received clearance from the French competition authority last month.',
        'en',
      ),
    ).toEqual([]);
  });

  it('counter-examples: an object relative keeps its holder after the verb; a regulator’s clearance is a label', () => {
    expect(
      labels(
        'Brackwater Cloud bought a data centre. Only one host holds the SecNumCloud qualification, which was awarded to Cloud Temple in May.',
        'en',
      ),
    ).toEqual(['Cloud Temple:SecNumCloud:']);
    expect(
      labels(
        'Wrenfield Devices said it has received 510(k) clearance from the US Food and Drug Administration.',
        'en',
      ),
    ).toEqual(['Wrenfield Devices:510(k) clearance:FDA']);
  });
});

describe('a standard’s code is a label, never a side of a deal', () => {
  it('"supplies power to … customers …, said its subsidiary had obtained ISO 55001 certification": no deal with ISO 55001', () => {
    const claims = claimsOf(
      'Syndelor Énergie published its results on Monday. Syndelor Énergie, which supplies power and gas to about 600,000 customers in the Isère department, also said its grid subsidiary had obtained ISO 55001 asset management certification from Bureau Veritas.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement' && c.parties.includes('ISO 55001'))).toEqual([]);
    expect(find(claims, 'certification', ['Syndelor Énergie'])).toHaveLength(1);
  });

  it('counter-example: a company whose name holds a number stays a side', () => {
    expect(
      agreements('Syndelor Énergie signed a supply agreement with Studio 54 Records on Monday.', 'en'),
    ).toEqual([['Studio 54 Records', 'Syndelor Énergie']]);
  });
});
