import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { extractClaims } from '../../src/extraction/extract-claims.ts';
import { claimsOf, expectHolds } from './claims-of.ts';

/**
 * Certifications, round 11: a French label named by a capitalised noun and its adjective (« le label Offre
 * …», « la certification Agriculture … »: blind-40, -43, -45); an approval's name stops before the participle
 * that tells who granted it (blind-12, -43); « son homologue » is a counterpart, not a homologation (blind-43);
 * an interview where only the outlet labels its questions speaks as the interviewee in its answers (blind-46);
 * « avons d'ailleurs obtenu » (blind-24). Invented companies, labels and wordings.
 */
const PUB = '2031-06-11';

const certifications = (claims: Claim[]) => claims.filter((c) => c.kind === 'certification');
const holds = (text: string, lang: 'fr' | 'en', holder: string, label: string) =>
  expectHolds(text, lang, PUB, holder, label);

describe('a French label named by a capitalised noun and its adjective', () => {
  it('« le label Bière artisanale de l’Union … »: the name stops before its issuer', () =>
    holds(
      'La Brasserie Quennec a obtenu en mai le label Bière artisanale de l’Union des brasseurs.',
      'fr',
      'Brasserie Quennec',
      'Bière artisanale',
    ));
  it('« la certification Élevage responsable, délivrée par … »: the name stops at the comma', () =>
    holds(
      'La coopérative Valdorne a obtenu la certification Élevage responsable, délivrée par Qualisud.',
      'fr',
      'Valdorne',
      'Élevage responsable',
    ));
  it('« le label Pêche durable décerné par … »: the name stops before the participle', () =>
    holds(
      'Armement Kerbrat a décroché le label Pêche durable décerné par l’association Mer Vivante.',
      'fr',
      'Armement Kerbrat',
      'Pêche durable',
    ));
  it('a one-word label followed by a preposition keeps its one word', () =>
    holds(
      'Kerlys Data a obtenu la certification Qualiopi pour ses formations.',
      'fr',
      'Kerlys Data',
      'Qualiopi',
    ));
  it('a one-word label followed by a verb phrase keeps its one word', () =>
    holds(
      'Ferlane Industrie a obtenu le label Vireo après deux ans d’audit.',
      'fr',
      'Ferlane Industrie',
      'Vireo',
    ));
  it('English labels are untouched: "the Green Harbour Mark"', () =>
    holds(
      'Port Calloway received the Green Harbour Mark from the Maritime Trust in May.',
      'en',
      'Port Calloway',
      'Green Harbour Mark',
    ));
});

describe('an approval named by its noun stops before the participle of its grant', () => {
  it('« l’agrément d’entreprise d’investissement accordé par l’AMF »', () =>
    holds(
      'Fintoria a obtenu en mars l’agrément d’entreprise d’investissement accordé par l’AMF.',
      'fr',
      'Fintoria',
      'agrément d’entreprise d’investissement',
    ));
  it('« l’agrément d’émetteur de monnaie délivré en juin »', () =>
    holds(
      'Banque Orlane a reçu l’agrément d’émetteur de monnaie délivré en juin par l’ACPR.',
      'fr',
      'Banque Orlane',
      'agrément d’émetteur de monnaie',
    ));
  it('"electronic money licence from the FCA" keeps its name', () =>
    holds(
      'Harwick Bank received its electronic money licence from the Financial Conduct Authority in March.',
      'en',
      'Harwick Bank',
      'electronic money licence',
    ));
});

describe('« son homologue » is a counterpart, not a homologation', () => {
  it('« Son homologue de KPN a évoqué … » gives no certification', () => {
    const claims = claimsOf(
      '« La concurrence se jouera sur les services », a déclaré Léa Morin, directrice générale de la filiale belge de Proximus. Son homologue de KPN a évoqué « un modèle appelé à s’étendre ».',
      'fr',
      PUB,
    );
    expect(certifications(claims)).toEqual([]);
  });
  it('« leurs homologues de … » neither', () => {
    const claims = claimsOf(
      'Les ingénieurs de Telvane Mobile ont rencontré leurs homologues de SFR à Lyon.',
      'fr',
      PUB,
    );
    expect(certifications(claims)).toEqual([]);
  });
  it('"his counterpart at KPN" neither', () => {
    const claims = claimsOf(
      'Proximus chief executive Lea Morin welcomed the deal; her counterpart at KPN spoke of a model to extend.',
      'en',
      PUB,
    );
    expect(certifications(claims)).toEqual([]);
  });
  it('a homologation obtained still counts', () =>
    holds(
      'Velora Mobility a obtenu l’homologation de type de l’UTAC pour son scooter.',
      'fr',
      'Velora Mobility',
      'homologation de type',
    ));
});

/** An interview's claims, with the outlet that publishes it (its name labels the questions). */
const interview = (text: string, language: 'fr' | 'en', publisher: string, title: string) =>
  extractClaims({ text, language, publishedAt: PUB, title, publisher }).claims;

describe('an interview where only the interviewer is labelled (« Le Fil Éco : … ? » then the answer)', () => {
  const fr = [
    'Marc Duviard dirige Orvenne Paiements depuis 2024. Il répond aux rumeurs de rachat.',
    'Le Fil Éco : Vous visez l’Espagne. Où en êtes-vous ?',
    'Nous avons obtenu en avril la certification ISO 27001 pour notre plateforme. C’était un préalable pour les banques espagnoles.',
    'Le Fil Éco : Un concurrent vous a-t-il approché ?',
    'Non, aucune discussion n’est en cours.',
  ].join('\n\n');
  it('"nous" in the answer is the interviewee’s company', () => {
    const c = certifications(
      interview(fr, 'fr', 'Le Fil Éco', 'Marc Duviard (Orvenne Paiements) : « Nous restons indépendants »'),
    );
    expect(c.map((x) => [x.parties, x.kind === 'certification' ? x.label : '', x.status])).toEqual([
      [['Orvenne Paiements'], 'ISO 27001', 'confirmed'],
    ]);
  });
  const en = [
    'Hannah Pryce has run Coldwell Ledger since 2023. She spoke about the company’s plans.',
    'The Quarterly Desk: You are expanding into Ireland. Where do things stand?',
    'We obtained ISO 27001 certification for our platform in April, which Irish banks require.',
    'The Quarterly Desk: Has anyone approached you?',
    'No. There are no talks.',
  ].join('\n\n');
  it('"we" in the answer is the interviewee’s company', () => {
    const c = certifications(
      interview(
        en,
        'en',
        'The Quarterly Desk',
        'Hannah Pryce (Coldwell Ledger): "We are staying independent"',
      ),
    );
    expect(c.map((x) => [x.parties, x.kind === 'certification' ? x.label : '', x.status])).toEqual([
      [['Coldwell Ledger'], 'ISO 27001', 'confirmed'],
    ]);
  });
  it('a label the interviewee still hopes for is no certification', () => {
    const text = fr.replace('Nous avons obtenu en avril', 'Nous espérons obtenir d’ici l’été');
    expect(
      certifications(
        interview(
          text,
          'fr',
          'Le Fil Éco',
          'Marc Duviard (Orvenne Paiements) : « Nous restons indépendants »',
        ),
      ),
    ).toEqual([]);
  });
});

describe('an elided adverb between the auxiliary and the participle (« avons d’ailleurs obtenu »)', () => {
  it('« La société a d’ailleurs obtenu … »', () =>
    holds(
      'Kerlys Data a d’ailleurs obtenu en mai la certification ISO 22301.',
      'fr',
      'Kerlys Data',
      'ISO 22301',
    ));
  it('« a d’ailleurs demandé » is no obtaining', () =>
    expect(
      certifications(claimsOf('Kerlys Data a d’ailleurs demandé la certification ISO 22301.', 'fr', PUB)),
    ).toEqual([]));
});
