import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Round 24, names: registry facts (RTX and KNDS under their present names); trade nouns heading a town
 * (« l’électronicien de Castelnau », « le turbinier de Meylan »).
 */
const PUB = '2028-03-10'; // a Friday

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  claimsOf(text, language, PUB)
    .filter((c) => c.kind === kind)
    .map((c) => [...c.parties].sort());

describe('registry facts: companies under their present names', () => {
  it('RTX (Raytheon Technologies until 2023) is RTX, under either name', () => {
    expect(of('RTX a gagné 0,4 % jeudi à New York.', 'fr', 'share_move')).toEqual([['RTX']]);
    expect(of('Raytheon Technologies shares rose 1.2% on Thursday.', 'en', 'share_move')).toEqual([['RTX']]);
  });
  it('KNDS France (Nexter until 2024) is not its Franco-German parent KNDS', () => {
    expect(
      of(
        'Castelmure and KNDS France signed a cooperation agreement to co-produce shell bodies.',
        'en',
        'agreement',
      ),
    ).toEqual([['Castelmure', 'KNDS France']]);
    expect(
      of(
        'Castelmure and Nexter signed a cooperation agreement to co-produce shell bodies.',
        'en',
        'agreement',
      ),
    ).toEqual([['Castelmure', 'KNDS France']]);
    // Counter-example: the parent group stays the parent.
    expect(
      of('Castelmure and KNDS signed a cooperation agreement to co-produce shell bodies.', 'en', 'agreement'),
    ).toEqual([['Castelmure', 'KNDS']]);
  });
});

describe('« l’électronicien », « le turbinier », « le pneumaticien »: trade nouns, the town after them no party', () => {
  it('« L’électronicien de Castelnau a signé » is the company the article named, not the town', () => {
    expect(
      of(
        'Varonde Systèmes change de dimension. L’électronicien de Castelnau a signé avec Dassault Aviation un accord de coopération portant sur un radar.',
        'fr',
        'agreement',
      ),
    ).toEqual([['Dassault Aviation', 'Varonde Systèmes']]);
  });
  it('« Le turbinier de Meylan a gagné 3 % » is the turbine maker named before', () => {
    expect(
      of(
        'La Compagnie nationale du Rhône a signé mardi avec le turbinier grenoblois Vorlane Hydro un contrat de modernisation. Le turbinier de Meylan a gagné 3 % lundi.',
        'fr',
        'share_move',
      ),
    ).toEqual([['Vorlane Hydro']]);
  });
  it('« Le pneumaticien de Riom »; counter-example: a company named after « de » stays the party', () => {
    expect(
      of(
        'Pneus Arvandel a annoncé un plan d’investissement. Le pneumaticien de Riom a reculé de 2,1 % lundi.',
        'fr',
        'share_move',
      ),
    ).toEqual([['Pneus Arvandel']]);
    expect(of('L’action de Vorlane Hydro a gagné 3 % lundi.', 'fr', 'share_move')).toEqual([
      ['Vorlane Hydro'],
    ]);
  });
});

describe('registry batch: large listed companies of Toronto, Sydney, Tokyo, Hong Kong and Seoul', () => {
  it('a short form after the full name is the same company (Westpac Banking Corporation, Westpac)', () => {
    expect(
      of(
        'Westpac Banking Corporation agreed to buy Corrimal Lending. Westpac shares rose 1.4% on Thursday.',
        'en',
        'share_move',
      ),
    ).toEqual([['Westpac']]);
  });
  it('« Suncor Énergie » and "Takeda Pharmaceutical" name the registry companies', () => {
    expect(of('Suncor Énergie a gagné 2,3 % jeudi à Toronto.', 'fr', 'share_move')).toEqual([['Suncor']]);
    expect(
      of('Takeda Pharmaceutical has signed a licensing agreement with Olvenra Bio.', 'en', 'agreement'),
    ).toEqual([['Olvenra Bio', 'Takeda']]);
  });
  it('Fortis is not BNP Paribas Fortis (counter-example: the Belgian bank keeps its full name)', () => {
    expect(of('Fortis shares fell 1.1% on Thursday in Toronto.', 'en', 'share_move')).toEqual([['Fortis']]);
    expect(
      of('BNP Paribas Fortis a signé un accord de distribution avec Kalvenne.', 'fr', 'agreement'),
    ).toEqual([['BNP Paribas Fortis', 'Kalvenne']]);
  });
});
