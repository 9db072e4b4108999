import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Agreements, round 11. Talks whose object is buying one of the talkers (« en négociation avec X en vue d'un
 * rachat », "not in discussions with X about a stake", "briefed on the discussions" after a stake) are that
 * purchase, not a partnership; interviews whose only labelled speaker is the interviewer, or whose headline
 * gives the interviewee as "Company's Person:", speak for the interviewee's company in their answers
 * ("Nous avons signé un partenariat avec …", "we signed a distribution agreement with …").
 * Invented companies, both languages.
 */
const PUB = '2029-05-09T08:00:00Z'; // a Wednesday

const of = (claims: Claim[], kind: Claim['kind']) =>
  claims
    .filter((c) => c.kind === kind)
    .map((c) => `${[...c.parties].sort().join(' | ')} ${c.status}`)
    .sort();

describe('talks about buying one of the talkers are a purchase', () => {
  it('« a démenti être en négociation avec Y en vue d’un rachat » is a denied acquisition', () => {
    const claims = claimsOf(
      'Valmorel Robotique a démenti mardi être en négociation avec Ternelle Industrie en vue d’un rachat, au lendemain d’un article de presse.',
      'fr',
      PUB,
    );
    expect(of(claims, 'agreement')).toEqual([]);
    expect(of(claims, 'acquisition')).toEqual(['Ternelle Industrie | Valmorel Robotique denied']);
  });

  it('"not in discussions with Y about a stake" is a denied acquisition, scare quotes or not', () => {
    const claims = claimsOf(
      'On Tuesday, Corvane said it was “not in discussions” with Brightholm Data about a stake.',
      'en',
      PUB,
    );
    expect(of(claims, 'agreement')).toEqual([]);
    expect(of(claims, 'acquisition')).toEqual(['Brightholm Data | Corvane denied']);
  });

  it('a stake weighed, "according to executives briefed on the discussions", is a rumoured acquisition', () => {
    const claims = claimsOf(
      'Aldwick Air is weighing a minority stake of up to 15% in Pellory Airways, according to two executives briefed on the discussions.',
      'en',
      PUB,
    );
    expect(of(claims, 'agreement')).toEqual([]);
    expect(of(claims, 'acquisition')).toEqual(['Aldwick Air | Pellory Airways rumour']);
  });

  it('« démenti toute négociation avec Y, après que … eut évoqué une entrée … au capital » is that purchase', () => {
    const claims = claimsOf(
      'Le studio nantais Brumeval a démenti toute négociation avec Korrigan Media, après que la presse eut évoqué une entrée du groupe breton à hauteur de 25 % de son capital.',
      'fr',
      PUB,
    );
    expect(of(claims, 'agreement')).toEqual([]);
    expect(of(claims, 'acquisition')).toEqual(['Brumeval | Korrigan Media denied']);
  });

  it('counter-example: talks in view of a distribution partnership stay an agreement', () => {
    const claims = claimsOf(
      'Selon nos informations, Ternelle Industrie serait en négociation avec Valmorel Robotique en vue d’un partenariat de distribution en Allemagne.',
      'fr',
      PUB,
    );
    expect(of(claims, 'agreement')).toEqual(['Ternelle Industrie | Valmorel Robotique rumour']);
    expect(of(claims, 'acquisition')).toEqual([]);
  });

  it('counter-example: talks to sell a stake in a third company are no purchase between the talkers', () => {
    const claims = claimsOf(
      'Castelbro Telecom is in talks with Quenby Capital to sell a 30% stake in Fibrora Networks, its rural fibre unit, people familiar with the matter said.',
      'en',
      PUB,
    );
    expect(of(claims, 'acquisition')).not.toContain('Castelbro Telecom | Quenby Capital rumour');
  });
});

describe('interviews whose only labelled speaker is the interviewer', () => {
  const fr = [
    'Le courtier bordelais Gravelune vient de lancer une offre d’épargne.',
    '',
    'Océane Ribot, directrice générale de Gravelune. © Le Fil Éco',
    '',
    'Le Fil Éco : Votre offre d’épargne est-elle disponible ?',
    '',
    'Océane Ribot : Oui, depuis lundi, pour tous nos clients.',
    '',
    'Le Fil Éco : Et la prévoyance ?',
    '',
    'Nous avons signé un partenariat avec la Mutuelle des Landiers, qui assurera nos emprunteurs.',
    '',
    'Le Fil Éco : Vos concurrents se regroupent…',
    '',
    'Nous restons indépendants, et nos actionnaires nous soutiennent.',
  ].join('\n');

  it('« Nous avons signé un partenariat avec Y » in an answer is the interviewee’s agreement', () => {
    const claims = claimsOf(fr, 'fr', PUB, 'Océane Ribot (Gravelune) : « Nous restons indépendants »');
    expect(of(claims, 'agreement')).toEqual(['Gravelune | Mutuelle des Landiers confirmed']);
  });

  const en = [
    'The Rotterdam payments start-up has a new bank partner.',
    '',
    'Joris Haverkamp, chief executive of Tulpay. © The Ledger Desk',
    '',
    'Ledger Desk: You have also signed with a bank.',
    '',
    'Joris Haverkamp: Yes, we signed a distribution agreement with Rijnhaven Bank last week.',
    '',
    'Ledger Desk: And Germany?',
    '',
    'We will open there next year, starting with fashion retailers.',
    '',
    'Ledger Desk: Are you for sale?',
    '',
    'No. We are well funded and growing.',
  ].join('\n');

  it('"we signed a distribution agreement with Y" in an answer is the interviewee’s agreement', () => {
    const claims = claimsOf(en, 'en', PUB, 'Tulpay’s Joris Haverkamp: "We are not for sale"');
    expect(of(claims, 'agreement')).toEqual(['Rijnhaven Bank | Tulpay confirmed']);
  });

  it('counter-example: a lead with no interview keeps "we" as nobody', () => {
    const claims = claimsOf(
      'Analysts said we signed too many deals this year. Rijnhaven Bank has not commented.',
      'en',
      PUB,
    );
    expect(of(claims, 'agreement')).toEqual([]);
  });
});

describe('an unlabelled interview whose headline is "Company’s Person:"', () => {
  const text = [
    'A week after it won a new hosting label, the Lille-based provider’s founder, Maëlle Corvisart, talked to The Circuit about expansion.',
    '',
    'Where do you go next?',
    '',
    'Belgium. We signed a reciprocity agreement with Scheldwolk Cloud this spring: they will host our replicas in Ghent.',
    '',
    'Are you for sale?',
    '',
    'No. We are profitable and our shareholders are long-term.',
  ].join('\n');

  it('the answer’s "we" is the headline’s company, in the full name the body gives', () => {
    const claims = claimsOf(
      `Nordavel Cloud opened its second data centre this year.\n\n${text}`,
      'en',
      PUB,
      'Nordavel’s Maëlle Corvisart: ‘We are not for sale’',
    );
    expect(of(claims, 'agreement')).toEqual(['Nordavel Cloud | Scheldwolk Cloud confirmed']);
  });
});
