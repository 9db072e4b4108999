import { describe, expect, it } from 'vitest';
import { claimsOf, expectHolds, find } from './claims-of.ts';

/** Certifications a body grants to the story's own company, and labels that are no side of a deal. */
const PUB = '2027-04-20';

const certifications = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB).filter((c) => c.kind === 'certification');

describe('an issuer grants a label to the company that tells of it, or to "its" product', () => {
  it('"X said the regulator has granted … to its product": the teller holds it', () => {
    expectHolds(
      'Corvanne Medical said on Tuesday that the US Food and Drug Administration had granted 510(k) clearance to its VX-3 infusion pump.',
      'en',
      PUB,
      'Corvanne Medical',
      '510(k) clearance',
    );
    expectHolds(
      'Halvard Aero, the Bristol-based maker of light aircraft, announced that the EASA has granted a type certificate to its four-seat HA-4.',
      'en',
      PUB,
      'Halvard Aero',
      'type certificate',
    );
  });

  it('"announced that the Commission has granted marketing authorisation for <product>"', () => {
    expectHolds(
      'Pelorin Pharma today announced that the European Commission has granted marketing authorisation for Dolvexa for adults with severe migraine.',
      'en',
      PUB,
      'Pelorin Pharma',
      'marketing authorisation',
    );
  });

  it('"granted the company … (AEO) status": the acronym names the status', () => {
    expectHolds(
      'Brenmoor Logistics said that HM Revenue & Customs has granted the company Authorised Economic Operator (AEO) status.',
      'en',
      PUB,
      'Brenmoor Logistics',
      'AEO',
    );
  });

  it('« a délivré à la compagnie … son certificat »: the topic holds it', () => {
    const claims = certifications(
      "Ventaline prépare son premier vol commercial entre Lorient et Lyon. La Direction générale de l'aviation civile (DGAC) a délivré jeudi à la compagnie lorientaise son certificat de transporteur aérien (CTA).",
      'fr',
    );
    expect(claims.map((c) => c.parties)).toEqual([['Ventaline']]);
  });

  it('counter-examples: no teller and nothing pointing back, or a deal clearance, give no label', () => {
    expect(
      certifications(
        'The Competition and Markets Authority has granted antitrust clearance for the merger of Dunmore Foods and Kestley.',
        'en',
      ),
    ).toEqual([]);
    expect(
      certifications('The FDA has granted breakthrough designation to a rival therapy last year.', 'en'),
    ).toEqual([]);
    expect(
      certifications(
        'Corvanne Medical expects the FDA to grant 510(k) clearance to its VX-3 pump before the end of the year.',
        'en',
      ),
    ).toEqual([]);
  });
});

describe('a participle opening the sentence qualifies its subject, and its label is no side of a deal', () => {
  it('« Fraîchement certifié X, Y a signé avec Z »: Y holds X; X and Z are no holder, X no party', () => {
    const claims = claimsOf(
      'Tout juste certifié ISCC EU, Méthalys a signé avec TotalEnergies un contrat de vente de biométhane de huit ans.',
      'fr',
      PUB,
    );
    const certs = claims.filter((c) => c.kind === 'certification');
    expect(certs.map((c) => c.parties)).toEqual([['Méthalys']]);
    expect(find(claims, 'agreement', ['Méthalys', 'TotalEnergies']).length).toBe(1);
  });

  it('"Newly certified to ISO 14001, X signed a supply deal with Y"', () => {
    const claims = claimsOf(
      'Newly certified to ISO 14001, Carnaby Bakeries signed a three-year supply deal with Sainsbury’s.',
      'en',
      PUB,
    );
    const certs = claims.filter((c) => c.kind === 'certification');
    expect(certs.map((c) => c.parties)).toEqual([['Carnaby Bakeries']]);
    expect(claims.filter((c) => c.kind === 'agreement').map((c) => c.parties.length)).toEqual([2]);
  });

  it('counter-example: an aspiration stays none', () => {
    expect(
      certifications(
        "Désireuse d'être certifiée ISO 50001, Méthalys a signé avec TotalEnergies un contrat de huit ans.",
        'fr',
      ),
    ).toEqual([]);
  });
});

describe('a descriptor subject stands for the story’s company', () => {
  it('« La chaîne a par ailleurs obtenu le label … »', () => {
    const claims = certifications(
      'Hôtels Morvanne a ouvert un nouvel établissement à Dijon. La chaîne a par ailleurs obtenu le label Clef Verte pour neuf de ses hôtels.',
      'fr',
    );
    expect(claims.map((c) => c.parties)).toEqual([['Hôtels Morvanne']]);
  });

  it("« L'électronicien a signé dans la foulée un accord »", () => {
    const claims = claimsOf(
      "Thales a présenté jeudi un nouveau radar côtier. L'électronicien a signé dans la foulée un accord de distribution avec Marvène Systèmes.",
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Thales', 'Marvène Systèmes']).length).toBe(1);
  });
});
