import { describe, expect, it } from 'vitest';
import { claimsOf, expectHolds, find } from './claims-of.ts';

/** Agreements and certifications: approvals named by their acronym, licences from regulators. */
const PUB = '2027-04-20';

const ofKind = (text: string, lang: 'fr' | 'en', kind: string) =>
  claimsOf(text, lang, PUB).filter((c) => c.kind === kind);
const labels = (text: string, lang: 'fr' | 'en') =>
  ofKind(text, lang, 'certification').map((c) =>
    c.kind === 'certification' ? `${c.parties[0]}:${c.label}:${c.issuer ?? ''}` : '',
  );

describe('« agrément » and a bare acronym: the approval keeps its noun', () => {
  it('« son agrément GFIA », « l’agrément IARD »: the acronym names a status, the label is the approval', () => {
    expectHolds(
      'Morvelle Gestion a reçu mardi son agrément GFIA.',
      'fr',
      PUB,
      'Morvelle Gestion',
      'agrément GFIA',
    );
    expectHolds(
      'Assurances Tilbane a obtenu l’agrément IARD pour couvrir les flottes de camions.',
      'fr',
      PUB,
      'Assurances Tilbane',
      'agrément IARD',
    );
  });

  it('counter-examples: a numbered rulebook part and a certification keep their own name', () => {
    expectHolds(
      'Aérotelle a obtenu en mai l’agrément Part 145 de l’EASA.',
      'fr',
      PUB,
      'Aérotelle',
      'Part 145',
    );
    expectHolds('Datavelle a obtenu la certification HDS en juin.', 'fr', PUB, 'Datavelle', 'HDS');
  });
});

describe('a licence granted by a regulator is a certification, not a deal with it', () => {
  it('« a obtenu de la Commission de surveillance du secteur financier (CSSF) sa licence … »', () => {
    const text =
      'Pavrelle Pay a obtenu de la Commission de surveillance du secteur financier (CSSF) sa licence d’établissement de paiement, a annoncé lundi la société.';
    expect(labels(text, 'fr')).toEqual(['Pavrelle Pay:licence d’établissement de paiement:CSSF']);
    expect(ofKind(text, 'fr', 'agreement')).toEqual([]);
  });

  it('« a obtenu de l’Autorité nationale des jeux sa licence … »: the regulator is no side', () => {
    const text = 'Parivo a obtenu de l’Autorité nationale des jeux sa licence d’opérateur de paris sportifs.';
    expect(labels(text, 'fr')).toEqual(['Parivo:licence d’opérateur de paris sportifs:ANJ']);
    expect(ofKind(text, 'fr', 'agreement')).toEqual([]);
  });

  it('counter-example: a licence a company grants is a licensing deal, no label', () => {
    const text = 'Pavrelle Films a obtenu de Warner la licence de distribution de ses séries en Belgique.';
    expect(ofKind(text, 'fr', 'certification')).toEqual([]);
    expect(find(claimsOf(text, 'fr', PUB), 'agreement', ['Pavrelle Films', 'Warner'])).toHaveLength(1);
  });
});
