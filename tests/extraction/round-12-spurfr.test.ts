import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 12, spurious claims in French articles: background figures, imagined deals, names inside an
 * inserted clause and hopes read as facts. Every sentence is invented for this file, with other
 * companies and figures than the corpora's.
 */
const PUB = '2029-03-14'; // a Wednesday

const moves = (claims: Claim[]) => claims.filter((c) => c.kind === 'share_move');
const percentOf = (c: Claim | undefined) => (c?.kind === 'share_move' ? c.percent : undefined);

describe('a share move over a past year or since an event is no session’s move', () => {
  it('« avait perdu 35 % en 2028 », « En 2026, … en une séance »: a past year dates a background figure', () => {
    const claims = claimsOf(
      [
        'Brannac Biotech a signé une licence avec Ipsen.',
        'Le titre avait perdu près de 35 % en 2028 après l’échec d’un essai clinique.',
        'En 2026, Brannac avait démenti toute discussion avec Roche, après des rumeurs qui avaient fait bondir son cours de 22 % en une séance.',
        'Mardi, l’action Brannac Biotech a gagné 6,3 %.',
      ].join(' '),
      'fr',
      PUB,
    );
    expect(moves(claims).map(percentOf)).toEqual([6.3]);
  });

  it('« Depuis la présentation de son plan », « Depuis nos révélations »: a running total since an event', () => {
    const claims = claimsOf(
      [
        'Ternelle Distribution rachète les magasins Maubray.',
        'Depuis la présentation de son plan de relance en janvier, le titre Ternelle Distribution a progressé de 21 %.',
        'Depuis nos révélations, le titre de la foncière a pris plus de 40 %.',
        'Mardi, le titre Ternelle Distribution a encore gagné 2,4 %.',
      ].join(' '),
      'fr',
      PUB,
    );
    expect(moves(claims).map(percentOf)).toEqual([2.4]);
  });

  it('counter-example: « depuis l’ouverture » is the session’s own move, and a dated pluperfect move stays', () => {
    const claims = claimsOf(
      'L’action Ternelle Distribution gagne 3,1 % depuis l’ouverture. Lundi, le titre avait déjà bondi de 5,2 %.',
      'fr',
      PUB,
    );
    expect(moves(claims).map(percentOf)).toEqual([3.1, 5.2]);
  });

  it('counter-example (en): a dated session move is still read', () => {
    const claims = claimsOf('Harnell Foods shares rose 4.6% on Tuesday after the deal.', 'en', PUB);
    expect(moves(claims).map(percentOf)).toEqual([4.6]);
  });
});

describe('an imagined deal weighed for its effects is no deal between the companies it names', () => {
  it('« Un tel rapprochement permettrait … face à X et Y »: the rivals named are no parties', () => {
    const claims = claimsOf(
      'Selon Reuters, Fincantieri lorgnerait Pennavel Sonar. Un tel rapprochement permettrait au groupe de Trieste de se renforcer dans les sonars, un segment où il reste distancé par Naval Group et par l’allemand TKMS.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Naval Group', 'TKMS'])).toEqual([]);
    expect(claims.filter((c) => c.kind === 'agreement' || c.kind === 'acquisition').length).toBe(1);
  });

  it('« un contrat avec X représenterait 12 % des ventes »: an analyst’s hypothesis', () => {
    const claims = claimsOf(
      'Pour un analyste du cabinet nantais Portzic Finance, qui suit la valeur, « un contrat avec Stellantis représenterait à lui seul 12 % du chiffre d’affaires annuel ».',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });

  it('counter-example: a reported deal « qui permettrait … » keeps its parties', () => {
    const claims = claimsOf(
      'Selon nos informations, Corvane Plast et Valeo seraient en train de finaliser un accord de fourniture qui permettrait à l’équipementier de sécuriser ses pièces.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Corvane Plast', 'Valeo'])[0]?.status).toBe('rumour');
  });

  it('counter-example (en): a signed deal is still read', () => {
    const claims = claimsOf('Corvane Plastics signed a supply agreement with Valeo on Tuesday.', 'en', PUB);
    expect(find(claims, 'agreement', ['Corvane Plastics', 'Valeo'])[0]?.status).toBe('confirmed');
  });
});

describe('a company named inside an apposition is no side of the deal', () => {
  it('« X, via sa filiale Y, serait sur le point de racheter Z »: the parent buys', () => {
    const claims = claimsOf(
      'Selon des sources concordantes, LVMH, via sa maison de champagne Ruinart, serait sur le point de racheter les Champagnes Aubriet, une maison familiale d’Épernay.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['LVMH', 'Champagnes Aubriet'])[0]?.status).toBe('rumour');
    expect(claims.filter((c) => c.kind === 'acquisition' && c.parties.includes('Ruinart'))).toEqual([]);
  });

  it('« avec Y, la plateforme rachetée en mai par Z »: Z bought Y, it is no partner', () => {
    const claims = claimsOf(
      'Selon L’Équipe, Canal+ serait en discussions avancées avec Courtside TV, la plateforme belge rachetée en mai par Halvorsen Media, pour diffuser la Ligue des champions de volley.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Canal+', 'Courtside TV'])[0]?.status).toBe('rumour');
    expect(claims.filter((c) => c.kind === 'agreement' && c.parties.includes('Halvorsen Media'))).toEqual([]);
  });
});

describe('what follows a hope to obtain a label depends on it: no label obtained, no dated offer', () => {
  it('« espère obtenir la qualification X, ce qui en ferait un acteur qualifié »: no certification', () => {
    const claims = claimsOf(
      'Kervalec Sécurité a obtenu la qualification PASSI. Kervalec Sécurité espère par ailleurs obtenir la qualification PDIS d’ici l’automne, ce qui en ferait l’un des rares acteurs à cumuler audit et détection qualifiés.',
      'fr',
      PUB,
    );
    const certs = claims.filter((c) => c.kind === 'certification');
    expect(certs.map((c) => (c.kind === 'certification' ? c.label : ''))).toEqual(['PASSI']);
  });

  it('« Nous espérons obtenir l’agrément … pour proposer des comptes »: no launch', () => {
    const claims = claimsOf(
      'Nous espérons obtenir l’agrément de l’ACPR d’ici à la fin de l’année, pour proposer des comptes à nos artisans, explique la fondatrice de Paylorn.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });

  it('counter-example: an offer dated on its own is still a launch', () => {
    const claims = claimsOf(
      'Paylorn commercialisera son offre de comptes professionnels à partir du 1er juin, a précisé la fintech.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['Paylorn'])[0]?.status).toBe('confirmed');
  });
});
