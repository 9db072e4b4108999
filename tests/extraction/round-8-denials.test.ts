import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Denials and their scope (mechanism round 8): a would-be buyer's denial that names what it would buy,
 * denial idioms of the trade (« il n'en est pas question », « ne nous a jamais fait d'offre », "there is no
 * plan for X to invest"), a denial spoken by a role or a person of a company named after the quote, and
 * a rumour recalled inside a relative clause that does not make the denial old. Written afresh with
 * other companies and other words.
 */
const PUB = '2026-05-12';

describe("a would-be buyer's denial naming the company it would buy is that takeover denied", () => {
  const cases: [string, 'fr' | 'en', string, string][] = [
    [
      'Brenmark Logistics said on Tuesday it had no interest in Tarrow Freight and would not bid.',
      'en',
      'Brenmark Logistics',
      'Tarrow Freight',
    ],
    [
      'Osterby Capital said in a statement that it was not taking part in the sale process for Kelmont Dairies.',
      'en',
      'Osterby Capital',
      'Kelmont Dairies',
    ],
    ['Halden Power said on Monday it had "no interest" in Vireo Grid.', 'en', 'Halden Power', 'Vireo Grid'],
    [
      '« Il n’y a ni projet ni intérêt pour Maubec Énergie », a assuré mardi la direction de Solvane Groupe.',
      'fr',
      'Solvane Groupe',
      'Maubec Énergie',
    ],
    [
      '« Nous n’avons ni étudié ni déposé d’offre sur Ferrand Textiles », a déclaré un porte-parole de Lavergne Industries.',
      'fr',
      'Lavergne Industries',
      'Ferrand Textiles',
    ],
  ];
  it.each(cases)('%s', (text, lang, buyer, target) => {
    const claims = claimsOf(text, lang, PUB);
    const deal = find(claims, 'acquisition', [buyer, target]);
    expect(deal.map((c) => [c.parties, c.status])).toEqual([[[buyer, target], 'denied']]);
    expect(find(claims, 'statement', [buyer])[0]?.status).toBe('denied');
    expect(find(claims, 'agreement', [buyer, target])).toEqual([]);
  });

  it('a lack of interest in something else denies no takeover', () => {
    const claims = claimsOf(
      'Brenmark Logistics said it had no interest in commenting on the report about Tarrow Freight.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'acquisition' || c.status === 'denied')).toEqual([]);
  });

  it('"declined to comment" is no denial', () => {
    const claims = claimsOf(
      'Brenmark Logistics declined to comment on a report that it was weighing a bid for Tarrow Freight.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.status === 'denied')).toEqual([]);
  });

  it('an old denial recalled beside the deal now signed leaves the deal signed', () => {
    const claims = claimsOf(
      'Brenmark Logistics agreed on Monday to buy Tarrow Freight for $400 million. In March, Brenmark Logistics had said it had no interest in Tarrow Freight.',
      'en',
      PUB,
    );
    expect(
      find(claims, 'acquisition', ['Brenmark Logistics', 'Tarrow Freight']).map((c) => c.status),
    ).toEqual(['confirmed']);
  });

  it('a company told as having made no offer, in the third person, is no denial of its own', () => {
    const claims = claimsOf(
      'Intermarché, dont le nom avait été cité, n’a pas fait d’offre pour la Sablière.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'statement')).toEqual([]);
  });
});

describe('a rumour recalled in a relative clause does not date the denial', () => {
  it.each([
    [
      'Hexley Group, which had been linked with Pardon Mills last year, said on Monday that it had not made an offer and would not do so.',
      'Hexley Group',
    ],
    [
      'Corvane Airlines, which had been reported earlier this year to be considering a bid for Fjell Air, said on Thursday it had "no interest" in the Norwegian carrier.',
      'Corvane Airlines',
    ],
  ])('%s', (text, speaker) => {
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'statement', [speaker]).map((c) => c.status)).toEqual(['denied']);
  });

  it('the rumoured bid of the relative clause is denied by its bidder', () => {
    const claims = claimsOf(
      'Corvane Airlines, which had been reported earlier this year to be considering a bid for Fjell Air, said on Thursday it had "no interest" in the Norwegian carrier.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Corvane Airlines', 'Fjell Air']).map((c) => c.status)).toEqual([
      'denied',
    ]);
  });

  it('a denial inside the relative clause stays old when the deal is now agreed', () => {
    const claims = claimsOf(
      'Kestrel Foods, which said last year it had made no offer for Ambry Dairies, has now agreed to buy Ambry Dairies for $90 million.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.status === 'denied')).toEqual([]);
  });
});

describe('denial idioms, and the role or person who speaks them after the quote', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      '« Il n’en est pas question », a répondu Claire Vasseur, présidente de Ternelle Logiciels.',
      'fr',
      'Ternelle Logiciels',
    ],
    [
      '« Arvalis ne nous a jamais fait d’offre », affirme un porte-parole de Pellerin Composites.',
      'fr',
      'Pellerin Composites',
    ],
    [
      '« Il n’y a aucune discussion avec Ocavia », a démenti Anne Martin, directrice financière de Brassac Industries.',
      'fr',
      'Brassac Industries',
    ],
    [
      '« Il n’y a aucun projet commun avec Ocavia, ni aujourd’hui ni demain », nous a assuré lundi la direction de Mirabel Distribution.',
      'fr',
      'Mirabel Distribution',
    ],
    [
      '"There is no plan for Vodafone to invest in Pellis Robotics," a Vodafone spokeswoman told reporters.',
      'en',
      'Vodafone',
    ],
  ];
  it.each(cases)('%s', (text, lang, speaker) => {
    const claims = claimsOf(text, lang, PUB);
    const denials = claims.filter((c) => c.kind === 'statement' && c.status === 'denied');
    expect(denials.map((c) => c.parties)).toEqual([[speaker]]);
  });

  it('an analyst answering « il n’en est pas question » speaks for no company', () => {
    const claims = claimsOf(
      '« Il n’en est pas question », a tranché Marc Delorme, analyste chez Oddo, à propos d’un rachat de Ternelle Logiciels.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'statement')).toEqual([]);
  });
});
