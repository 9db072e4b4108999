import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Where a name starts and ends (names round 2): a bracketed acronym bounds a name written with lowercase
 * words; a public body's head noun alone is no short form; the auxiliary opening a question is no word of
 * the name after it; a trade noun before a name makes it an organisation, and the place or nationality
 * qualifying that noun is none; a place a sentence opens on is not listed with the name after its comma.
 * Invented companies, both languages, with counter-examples.
 */
const PUB = '2029-05-09T08:00:00Z'; // a Wednesday

const partiesOf = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => [...c.parties].sort().join(' | '));

describe('a bracketed acronym bounds the name before it, lowercase words included', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Nacre Cloud a remporté un marché de l’Agence du numérique de défense (AND) pour héberger ses applications.',
      'fr',
      'Agence du numérique de défense | Nacre Cloud',
    ],
    [
      'L’agence suédoise d’achats militaires, Försvarets materielverk (FMV), a passé commande à Saab de six radars.',
      'fr',
      'Försvarets materielverk | Saab',
    ],
    [
      'L’Office de la logistique portuaire (OLP) a signé avec Quaymark un contrat de maintenance de cinq ans.',
      'fr',
      'Office de la logistique portuaire | Quaymark',
    ],
    [
      'The Agency for naval procurement (ANP) signed a five-year support contract with Tallowmere Systems on Monday.',
      'en',
      'Agency for naval procurement | Tallowmere Systems',
    ],
  ];
  for (const [text, language, parties] of cases)
    it(`${language}: ${parties}`, () => {
      expect(partiesOf(claimsOf(text, language, PUB), 'agreement')).toEqual([parties]);
    });

  it('a lowercase word whose initial the acronym lacks ends the match: no longer name', () => {
    const claims = claimsOf(
      'Orvalis a signé avec la Caisse régionale de prévoyance (CRM) un contrat de gestion.',
      'fr',
      PUB,
    );
    expect(partiesOf(claims, 'agreement').some((p) => p.includes('Caisse régionale de prévoyance'))).toBe(
      false,
    );
  });

  it('a regulator spelled by its acronym is no party', () => {
    const claims = claimsOf(
      'Pellane Assurances a obtenu l’agrément de l’Autorité de surveillance des fonds mutuels (ASFM) pour sa nouvelle offre.',
      'fr',
      PUB,
    );
    expect(claims.flatMap((c) => c.parties)).not.toContain('Autorité de surveillance des fonds mutuels');
  });
});

describe('a public body’s head noun alone is never the short form of a body named in full', () => {
  it('fr: "Direction" cut at a lowercase word does not become the directorate named before', () => {
    const claims = claimsOf(
      'La Direction de la maintenance navale (DMN) a signé avec Kervalec un contrat de soutien. L’attribution a été notifiée par la Direction générale Achats publics, qui a racheté les stocks de Kervalec.',
      'fr',
      PUB,
    );
    expect(
      claims.flatMap((c) => c.parties).filter((p) => p === 'Direction de la maintenance navale'),
    ).toHaveLength(1);
  });
});

describe('the auxiliary opening a question is no word of the name after it', () => {
  const cases: [string, string, string, Claim['kind'], string][] = [
    [
      'Is Quorvane Robotics preparing a bid for Peltier Labs?',
      'Quorvane Robotics has held early talks about a possible offer for Peltier Labs, people familiar with the matter said.',
      'en',
      'acquisition',
      'Peltier Labs | Quorvane Robotics',
    ],
    [
      'Could Marlow Freight be circling Tessan Ports?',
      'Marlow Freight is weighing an offer for Tessan Ports, according to two people familiar with the matter.',
      'en',
      'acquisition',
      'Marlow Freight | Tessan Ports',
    ],
    [
      'Does Brenvale Energy want Orsk Wind?',
      'Brenvale Energy declined to comment on reports that it had approached Orsk Wind.',
      'en',
      'statement',
      'Brenvale Energy',
    ],
    [
      'Has Tandry Foods found a buyer?',
      'Tandry Foods shares rose 4.2% on Tuesday after reports of a sale.',
      'en',
      'share_move',
      'Tandry Foods',
    ],
  ];
  for (const [title, text, , kind, parties] of cases)
    it(`en: ${title}`, () => {
      expect(partiesOf(claimsOf(text, 'en', PUB, title), kind)).toEqual([parties]);
    });

  it('a name that only starts like an auxiliary keeps its word ("Isola Foods")', () => {
    const claims = claimsOf('Isola Foods has agreed to buy Penrith Dairy.', 'en', PUB);
    expect(partiesOf(claims, 'acquisition')).toEqual(['Isola Foods | Penrith Dairy']);
  });
});

describe('a trade noun before a name makes it an organisation; its place or nationality is none', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Kelso Foods has agreed to buy a 30% stake in Spanish freight forwarder Transportes Olvena.',
      'en',
      'Kelso Foods | Transportes Olvena',
    ],
    ['Kelso Foods has bought Welsh dairy cooperative Tregaron Milk.', 'en', 'Kelso Foods | Tregaron Milk'],
    ['Harnell Group has agreed to buy Danish haulier Brandt Linjer.', 'en', 'Brandt Linjer | Harnell Group'],
    ['Gravelotte Aero has bought Jura machine shop Tarnelec.', 'en', 'Gravelotte Aero | Tarnelec'],
    [
      'Vendrel Industrie a racheté l’atelier jurassien Usinage Morvaline.',
      'fr',
      'Usinage Morvaline | Vendrel Industrie',
    ],
    [
      'Aéro Castelnau a aussi racheté cet été l’atelier de traitement de surface Galvaris, à Cholet.',
      'fr',
      'Aéro Castelnau | Galvaris',
    ],
    ['Vendrel Industrie a repris l’usineur savoyard Tarnelec.', 'fr', 'Tarnelec | Vendrel Industrie'],
  ];
  for (const [text, language, parties] of cases)
    it(`${language}: ${parties}`, () => {
      expect(partiesOf(claimsOf(text, language, PUB), 'acquisition')).toEqual([parties]);
    });

  it('a trade noun with no name after it gives no acquisition', () => {
    expect(
      partiesOf(claimsOf('Kelso Foods has bought a workshop in Leeds.', 'en', PUB), 'acquisition'),
    ).toEqual([]);
    expect(
      partiesOf(claimsOf('Vendrel Industrie a racheté un atelier à Annecy.', 'fr', PUB), 'acquisition'),
    ).toEqual([]);
  });
});

describe('a place the sentence opens on is not listed with the name after its comma', () => {
  const cases: [string, 'fr' | 'en', Claim['kind'], string][] = [
    [
      'En Moselle, Gravelotte Aéro a racheté l’atelier jurassien Usinage Morvaline.',
      'fr',
      'acquisition',
      'Gravelotte Aéro | Usinage Morvaline',
    ],
    [
      'In Leeds, Varnley Foods has bought Welsh dairy cooperative Tregaron Milk.',
      'en',
      'acquisition',
      'Tregaron Milk | Varnley Foods',
    ],
    [
      'Dans le Perche, Forgeval a signé un accord de distribution avec Quenlor.',
      'fr',
      'agreement',
      'Forgeval | Quenlor',
    ],
  ];
  for (const [text, language, kind, parties] of cases)
    it(`${language}: ${parties}`, () => {
      expect(partiesOf(claimsOf(text, language, PUB), kind)).toEqual([parties]);
    });

  it('a list of names opening the sentence still gives every party', () => {
    const claims = claimsOf('Vendrel, Tarnelec et Orsatech ont signé un accord de coopération.', 'fr', PUB);
    expect(partiesOf(claims, 'agreement')).toEqual(['Orsatech | Tarnelec | Vendrel']);
  });
});
