import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, expectHolds } from './claims-of.ts';

/**
 * Certification, second cross-corpus round (recall first): classes of misses and wrong holders that
 * recur in several tuned corpora, written afresh with invented companies.
 */
const PUB = '2029-06-14';

const certifications = (claims: Claim[]) => claims.filter((c) => c.kind === 'certification');
const labelOf = (c: Claim | undefined) => (c?.kind === 'certification' ? c.label : undefined);

const holds = (text: string, lang: 'fr' | 'en', holder: string, label: string) =>
  expectHolds(text, lang, PUB, holder, label);

const none = (text: string, lang: 'fr' | 'en') =>
  expect(certifications(claimsOf(text, lang, PUB))).toEqual([]);

describe('a company named inside a relative inserted before the verb holds nothing (blind-10, blind-23, blind-33)', () => {
  it('a possessed product, then ", which X will resell,"', () =>
    holds(
      "Dunmore Sensing's gateway, which Pellworth Energy will install in its substations, received IEC 62443 certification in May.",
      'en',
      'Dunmore Sensing',
      'IEC 62443',
    ));
  it('a speaker, its platform, then ", which runs in X data centres,"', () =>
    holds(
      'Carvossa said its payroll platform, which runs in three Brennick Hosting data centres near Leeds, had obtained ISO 27001 certification last month.',
      'en',
      'Carvossa',
      'ISO 27001',
    ));
  it("French: a subsidiary named, then « qu'elle avait rachetée à X, »", () =>
    holds(
      "Le groupe Morvalis se renforce : sa filiale Tarnelle Data, qu'il avait rachetée en 2024 au fonds Ardian, a obtenu la qualification SecNumCloud en mars.",
      'fr',
      'Tarnelle Data',
      'SecNumCloud',
    ));
  it('counter-example: the relative itself tells the label, its head holds it', () =>
    holds(
      'Airbus signed with Kelbrook Alloys, which has obtained Nadcap accreditation for its furnaces.',
      'en',
      'Kelbrook Alloys',
      'Nadcap',
    ));
});

describe('an acronym in brackets after "certified as/against …" names the label (blind-25, blind-33, phrasebook-5)', () => {
  it('"certified as an … (ABC)"', () =>
    holds(
      'Orvanne Rail said it had been certified as a body for the inspection of tank wagons (BITW) by the national safety authority.',
      'en',
      'Orvanne Rail',
      'BITW',
    ));
  it('"certified against the … framework (ABC)", with an "and" in the spelt-out name', () =>
    holds(
      'Quillfort Identity has been certified against the national trust and assurance framework (NTAF) for its verification app.',
      'en',
      'Quillfort Identity',
      'NTAF',
    ));
  it('French: « certifiée comme … (ABC) »', () =>
    holds(
      "La société Vernadel a été certifiée comme prestataire de vérification d'identité à distance (PVID) en février.",
      'fr',
      'Vernadel',
      'PVID',
    ));
  it('counter-example: the acronym of the body that certifies is no label', () => {
    const claims = claimsOf(
      'Brennock Foods was certified as organic by the Soil Association (SA) in March.',
      'en',
      PUB,
    );
    expect(certifications(claims).map(labelOf)).not.toContain('SA');
  });
});

describe('a capitalised scheme named before "assessment" or "audit" passed is the label (blind-21, blind-22, phrasebook)', () => {
  it('"cleared the Protected B assessment of …"', () =>
    holds(
      'Stoneleigh Cloud cleared the Protected B assessment of the federal cyber centre in May.',
      'en',
      'Stoneleigh Cloud',
      'Protected B',
    ));
  it('"passed its … Audit", the acronym of the audit written after it', () =>
    holds(
      'Korrin Air passed its European Ramp Safety Audit in June and has been added to the ERSA register.',
      'en',
      'Korrin Air',
      'ERSA',
    ));
  it('French: « a réussi l’évaluation Trusted Partner »', () =>
    holds(
      "Ardelys Conseil a réussi l'évaluation Trusted Partner du centre fédéral de cybersécurité en mai.",
      'fr',
      'Ardelys Conseil',
      'Trusted Partner',
    ));
  it('counter-example: an auditing firm named before "audit" is no label', () =>
    none('Brackmoor Retail passed the annual KPMG audit of its accounts without reservation.', 'en'));
});

describe('the issuer grants the label to an offer or a product of the holder (blind-33, blind-25, phrasebook-6)', () => {
  it('« a accordé la qualification à l’offre d’infrastructure de X »', () =>
    holds(
      "L'Anssi a accordé mardi la qualification SecNumCloud à l'offre d'hébergement de Tramontel.",
      'fr',
      'Tramontel',
      'SecNumCloud',
    ));
  it('counter-example: a delay granted to obtain the label is no label granted', () =>
    none(
      "L'Anssi a accordé un délai de six mois à l'offre d'hébergement de Tramontel pour obtenir la qualification SecNumCloud.",
      'fr',
    ));
});

describe('an approval a body grants, named by its noun and its bare complement (blind-12, blind-18, blind-24, blind-25)', () => {
  it('« l’agrément d’établissement de paiement auprès de l’ACPR »', () =>
    holds(
      "La fintech lyonnaise Quanterel a obtenu en mars l'agrément d'établissement de paiement auprès de l'ACPR.",
      'fr',
      'Quanterel',
      "agrément d'établissement de paiement",
    ));
  it('« l’autorisation de mise sur le marché », the issuer between the verb and the noun', () =>
    holds(
      "Orbelia Pharma a reçu lundi de l'Agence européenne des médicaments l'autorisation de mise sur le marché de son vaccin.",
      'fr',
      'Orbelia Pharma',
      'autorisation de mise sur le marché',
    ));
  it('« l’agrément bancaire de la BCE »: an adjective complement, the issuer after its article', () =>
    holds(
      'La néobanque Vertiane a décroché l’agrément bancaire de la BCE en juin.',
      'fr',
      'Vertiane',
      'agrément bancaire',
    ));
  it('"was granted an electronic money licence by …"', () =>
    holds(
      'Kestrow Pay was granted an electronic money licence by the Bank of Lithuania in April.',
      'en',
      'Kestrow Pay',
      'electronic money licence',
    ));
  it('counter-example: an authorisation to buy, a brand licence, a merger cleared', () => {
    none("Ardanne a obtenu l'autorisation de racheter Velmo auprès de la Commission européenne.", 'fr');
    none("Ardanne a obtenu une licence d'exploitation de la marque Velmo en Europe.", 'fr');
    none("Ardanne a obtenu l'autorisation de la Commission européenne pour la fusion avec Velmo.", 'fr');
    none("Ardanne espère obtenir l'agrément d'établissement de paiement d'ici l'été.", 'fr');
  });
});

describe('the acronym of the body that grants an approval is not its label (blind-33)', () => {
  it('« l’agrément de l’Agence nationale … (ANSSI) »', () => {
    const claims = claimsOf(
      "Corvane Défense vient d'obtenir l'agrément de l'Agence nationale de la sécurité des systèmes d'information (ANSSI) pour sa radio tactique.",
      'fr',
      PUB,
    );
    expect(certifications(claims).map(labelOf)).not.toContain('ANSSI');
  });
});

describe('« qualifier de » names, it does not qualify (blind-8, blind-27)', () => {
  it('counter-example: « un objectif qu’elle qualifie elle-même de « pari » »', () =>
    none(
      "L'hébergeur Aubrane vise par ailleurs l'EUCS au niveau « high », un objectif que sa directrice qualifie elle-même de « pari ».",
      'fr',
    ));
  it('counter-example: « qui a qualifié les informations de « dénuées de fondement » »', () =>
    none(
      "Un porte-parole de Velmont, qui a qualifié les informations de presse de « fantaisistes », n'a pas commenté la qualification SecNumCloud de Marvane.",
      'fr',
    ));
  it('guard (passes before too): a label still read after « qualifiée » when no quote follows', () =>
    holds('Velmont Cloud est qualifiée SecNumCloud depuis mars.', 'fr', 'Velmont Cloud', 'SecNumCloud'));
});

describe('the level written after a French label name is no part of it (blind-21, blind-24, blind-26)', () => {
  it('« le label Swisstainable de niveau III »', () =>
    holds(
      'Le groupe hôtelier Edelweil a obtenu cet été le label Swisstainable de niveau III pour ses quatre hôtels.',
      'fr',
      'Edelweil',
      'Swisstainable',
    ));
  it('« la certification Ecovadis de niveau Or »', () =>
    holds(
      'Tissages Morvel a décroché en mai le label Ecovadis de niveau Platine.',
      'fr',
      'Tissages Morvel',
      'Ecovadis',
    ));
});

describe('the firm that ran the audit is the issuer, not a holder (phrasebook-5, phrasebook-6, blind-25)', () => {
  it('« Après une évaluation réalisée par X, la société Y a obtenu »', () =>
    holds(
      'Après une évaluation réalisée par Bureau Veritas, la société Tarnelle Data a obtenu la certification HDS.',
      'fr',
      'Tarnelle Data',
      'HDS',
    ));
  it('« X a mené l’audit et Y a obtenu »', () =>
    holds(
      "Le cabinet Mazars a mené l'audit et Corvane Paie a obtenu l'attestation ISAE 3402 en juin.",
      'fr',
      'Corvane Paie',
      'ISAE 3402',
    ));
  it('a cleft: « C’est X qui a conduit l’audit au terme duquel Y a décroché »', () =>
    holds(
      "C'est le cabinet KPMG qui a conduit l'audit au terme duquel Sélavie Santé a décroché la certification HDS.",
      'fr',
      'Sélavie Santé',
      'HDS',
    ));
  it('counter-example: a certifier that obtains a label itself still holds it', () =>
    holds(
      "Bureau Veritas a obtenu la certification ISO 27001 après un audit mené par l'Afnor.",
      'fr',
      'Bureau Veritas',
      'ISO 27001',
    ));
});
