import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 15, the launcher of a product: a name the article gives a product is no company, and its launch is
 * its owner's. Every sentence is invented for this file, with other companies than the corpora's.
 */
const PUB = '2029-03-15';
const launches = (claims: ReturnType<typeof claimsOf>) => claims.filter((c) => c.kind === 'launch');

describe('a possessed product name launches as its owner', () => {
  it('"its Harrier platform … Harrier will be available": the owner, not the product', () => {
    const claims = claimsOf(
      'Brackley Analytics said on Tuesday it had won a state contract for its Harrier platform. Harrier will be available to state agencies from March 2030, the company said.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Brackley Analytics']).map((c) => c.eventDate)).toEqual(['2030-03']);
    expect(launches(claims).filter((c) => c.parties.includes('Harrier'))).toEqual([]);
  });

  it('« son implant Sonelle … Sonelle ne sera pas commercialisé avant 2031 »: the maker, bound not_before', () => {
    const claims = claimsOf(
      'Ostraline Médical a obtenu le marquage CE pour son implant cochléaire Sonelle, a annoncé mardi la société. Aux États-Unis, Sonelle ne sera pas commercialisé avant 2031.',
      'fr',
      PUB,
    );
    const found = find(claims, 'launch', ['Ostraline Médical']);
    expect(found.map((c) => (c.kind === 'launch' ? [c.eventDate, c.bound] : []))).toEqual([
      ['2031', 'not_before'],
    ]);
    expect(launches(claims).filter((c) => c.parties.includes('Sonelle'))).toEqual([]);
  });

  it('« la puce K7 … seront disponibles »: a model code is no company', () => {
    const claims = claimsOf(
      'Miravelle Circuits a levé 40 millions d’euros auprès de ses actionnaires. Les premiers échantillons de la puce K7, gravés à Rousset, seront disponibles en mars 2030, a précisé la présidente de Miravelle Circuits.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['Miravelle Circuits']).map((c) => c.eventDate)).toEqual(['2030-03']);
    expect(launches(claims).filter((c) => c.parties.includes('K7'))).toEqual([]);
  });

  it('"its Lark smartphone … the Lark will be sold": the handset is its maker’s', () => {
    const claims = claimsOf(
      'Pomeroy Mobile, the Danish handset maker, unveiled its Lark smartphone on Monday. Lark will be available in Telenor stores from 4 June.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Pomeroy Mobile']).map((c) => c.eventDate)).toEqual(['2029-06-04']);
  });
});

describe('counter-examples', () => {
  it('a product named in a distribution deal is not a party of it', () => {
    const claims = claimsOf(
      'Wexbridge Devices a signé un accord avec Medtronic pour distribuer son capteur Cicatrix dans douze pays européens.',
      'fr',
      PUB,
    );
    const agreements = claims.filter((c) => c.kind === 'agreement');
    expect(agreements.some((c) => c.parties.includes('Cicatrix'))).toBe(false);
  });

  it('a company named after a possessive partner word stays a company', () => {
    const claims = claimsOf(
      'Orvane Systems a signé avec son partenaire Tessaly Cloud un accord de distribution.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Orvane Systems', 'Tessaly Cloud'])).toHaveLength(1);
  });

  it('"bundle its tools into X’s platform": a company named after a possessive noun and a preposition stays one', () => {
    const claims = claimsOf(
      'Corvex Pay has teamed up with fraud-detection firm Lindqvale to bundle its tools into Corvex’s checkout platform.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Corvex Pay', 'Lindqvale'])).toHaveLength(1);
  });

  it('« son logiciel à Orvane »: a name after a preposition is no product of the possessor', () => {
    const claims = claimsOf(
      'Brisemer Informatique a signé un accord pour fournir son logiciel de paie à Orvane Santé.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'agreement').some((c) => c.parties.includes('Orvane Santé'))).toBe(
      true,
    );
  });

  it('a wind farm starting operation is no launch', () => {
    const claims = claimsOf(
      'Ventolis Énergie a indiqué que son parc éolien Brise-Nord entrera en service en juin 2030.',
      'fr',
      PUB,
    );
    expect(launches(claims)).toEqual([]);
  });
});
