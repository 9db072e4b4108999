import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Agreements told by a verb of talks and agreements said not to exist (round 10): « X discuterait également
 * avec Y pour … », « X négocierait avec Y la distribution … », « nous ne discutons pas avec Y » are talks
 * between two companies (a rumour, or denied); "there is no joint venture project with Y", "there was no
 * partnership with Y" deny the agreement instead of asserting it. Invented companies, both languages.
 */
const PUB = '2029-05-09T08:00:00Z'; // a Wednesday

const agreements = (claims: Claim[]) =>
  claims
    .filter((c) => c.kind === 'agreement')
    .map((c) => `${[...c.parties].sort().join(' | ')} ${c.status}`)
    .sort();

describe('talks told with a verb, an adverb or an object between the verb and its partner', () => {
  it('« discuterait également avec Y pour … » is a rumoured agreement', () => {
    const claims = claimsOf(
      'Selon nos informations, Brastel Télécom discuterait également avec Orvane Mobile pour proposer ses forfaits dans les boutiques du fabricant.',
      'fr',
      PUB,
    );
    expect(agreements(claims)).toEqual(['Brastel Télécom | Orvane Mobile rumour']);
  });

  it('« négocierait avec Y la distribution … » is a rumoured agreement', () => {
    const claims = claimsOf(
      'La chaîne Maravel négocierait avec le suédois Kelvaro Audio la distribution exclusive de ses enceintes en France.',
      'fr',
      PUB,
    );
    expect(agreements(claims)).toEqual(['Kelvaro Audio | Maravel rumour']);
  });

  it('« discutent toujours avec Y de … » keeps the rumour', () => {
    const claims = claimsOf(
      'Les dirigeants de Tessandre Logistique discutent toujours avec Quorvel Rail d’un partage de leurs terminaux, selon deux sources proches du dossier.',
      'fr',
      PUB,
    );
    expect(agreements(claims)).toEqual(['Quorvel Rail | Tessandre Logistique rumour']);
  });

  it('« nous ne discutons pas avec Y » in a company’s mouth denies the talks', () => {
    const claims = claimsOf(
      'Halvène Cloud a démenti mardi les informations de la presse. « Nous ne discutons pas avec Durnavel d’une offre commune », a déclaré son directeur général.',
      'fr',
      PUB,
    );
    expect(agreements(claims)).toEqual(['Durnavel | Halvène Cloud denied']);
  });

  it('counter-example: talking with a union or the board is no agreement', () => {
    const claims = claimsOf(
      'La direction de Brastel Télécom discute également avec les syndicats des conditions du plan de départs.',
      'fr',
      PUB,
    );
    expect(agreements(claims)).toEqual([]);
  });
});

describe('an agreement said not to exist is denied, not asserted', () => {
  it('"there was no partnership with Y" is a denial', () => {
    const claims = claimsOf(
      'Corvane Systems said on Monday that there was no partnership with Mellridge Data, a spokeswoman said.',
      'en',
      PUB,
    );
    expect(agreements(claims)).toEqual(['Corvane Systems | Mellridge Data denied']);
  });

  it('"has no joint venture project with Y" is a denial', () => {
    const claims = claimsOf(
      'Brightholm Chemicals has no joint venture project with Taskerby Polymers, its chief executive told analysts on Tuesday.',
      'en',
      PUB,
    );
    expect(agreements(claims)).toEqual(['Brightholm Chemicals | Taskerby Polymers denied']);
  });

  it('"there is no licensing discussion with Y" is a denied agreement', () => {
    const claims = claimsOf(
      'Velloran Devices said there was no licensing discussion with Kestrava Electronics at this stage.',
      'en',
      PUB,
    );
    expect(agreements(claims)).toEqual(['Kestrava Electronics | Velloran Devices denied']);
  });

  it('counter-example: a partnership signed stays confirmed', () => {
    const claims = claimsOf(
      'Corvane Systems said on Monday it had signed a partnership with Mellridge Data to host its software in France.',
      'en',
      PUB,
    );
    expect(agreements(claims)).toEqual(['Corvane Systems | Mellridge Data confirmed']);
  });

  it('counter-example: "no discussion" of a price names no agreement', () => {
    const claims = claimsOf(
      'Corvane Systems raised its prices by 4% in March after no discussion with customers, a trade group complained.',
      'en',
      PUB,
    );
    expect(agreements(claims)).toEqual([]);
  });
});

describe('a licence or a partnership renewed or extended with a named partner', () => {
  it('"has renewed its eyewear licence with Y" is an agreement', () => {
    const claims = claimsOf(
      'Harrowgate Fashion has renewed its footwear licence with Dellmont Shoes until 2034.',
      'en',
      PUB,
    );
    expect(agreements(claims)).toEqual(['Dellmont Shoes | Harrowgate Fashion confirmed']);
  });

  it('"signed a four-year licence with Y" is an agreement', () => {
    const claims = claimsOf(
      'Brackwell Media has signed a four-year licence with Arvelle Sports to stream its matches.',
      'en',
      PUB,
    );
    expect(agreements(claims)).toEqual(['Arvelle Sports | Brackwell Media confirmed']);
  });

  it('« a renouvelé mardi pour six ans le contrat … avec Y » is an agreement', () => {
    const claims = claimsOf(
      'Corvanne Industries a renouvelé mardi pour six ans son contrat de maintenance avec Trelmor Énergie.',
      'fr',
      PUB,
    );
    expect(agreements(claims)).toEqual(['Corvanne Industries | Trelmor Énergie confirmed']);
  });

  it('« la prolongation jusqu’en 2031 de son partenariat avec Y » is an agreement', () => {
    const claims = claimsOf(
      'Velmonde Sport a annoncé la prolongation jusqu’en 2031 de son partenariat avec la Mutuelle Orvandine.',
      'fr',
      PUB,
    );
    expect(agreements(claims)).toEqual(['Mutuelle Orvandine | Velmonde Sport confirmed']);
  });

  it('counter-example: a licence renewed by a regulator names no agreement', () => {
    const claims = claimsOf('Harrowgate Fashion renewed its export licence last year.', 'en', PUB);
    expect(agreements(claims)).toEqual([]);
  });
});
