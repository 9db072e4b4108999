import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 13, undetected claims: an offer « ouvert » / "opened" to its customers (« ouvrira sa boutique en ligne »,
 * « ouvrira les réservations », "its marketplace, which …, will open on"), a signing whose object is a hyphenated
 * term ("signed a seven-year lease with"), and a no-comment dated by a deadline ("did not respond … before the market
 * closed"). Every sentence is invented for this file, with other companies and figures than the corpora's.
 */
const PUB = '2026-03-12'; // a Thursday

const launches = (claims: Claim[]) => claims.filter((c) => c.kind === 'launch');
const dateOf = (c: Claim | undefined) => (c?.kind === 'launch' ? c.eventDate : undefined);

describe('« ouvrir » an offer to its customers is a launch', () => {
  it('« ouvrira sa boutique en ligne », « ouvrira les réservations »: a dated opening', () => {
    const a = claimsOf('Corvelis Robotique ouvrira sa boutique en ligne allemande le 2 juin.', 'fr', PUB);
    expect(dateOf(find(a, 'launch', ['Corvelis Robotique'])[0])).toBe('2026-06-02');
    const b = claimsOf(
      'Corvelis Robotique ouvrira les réservations de ses croisières le 1er octobre.',
      'fr',
      PUB,
    );
    expect(dateOf(find(b, 'launch', ['Corvelis Robotique'])[0])).toBe('2026-10-01');
  });

  it('« a indiqué qu’elle ouvrirait une ligne de fret »: a new service line, told by the company', () => {
    const claims = claimsOf(
      'Corvelis Robotique a indiqué qu’elle ouvrirait une nouvelle ligne de fret entre Caen et Bilbao à partir du 4 mai.',
      'fr',
      PUB,
    );
    const c = find(claims, 'launch', ['Corvelis Robotique'])[0];
    expect(dateOf(c)).toBe('2026-05-04');
    expect(c?.status).toBe('confirmed');
  });

  it('« la région cloud ouvrira au deuxième trimestre 2027 »: the cloud region as the offer', () => {
    const claims = claimsOf(
      'Corvelis Robotique a présenté sa région cloud de Lille. La région cloud ouvrira au deuxième trimestre 2027, a précisé Corvelis Robotique.',
      'fr',
      PUB,
    );
    expect(dateOf(find(claims, 'launch', ['Corvelis Robotique'])[0])).toBe('2027');
  });

  it('a production line, a credit line or a region of the map opening is no launch', () => {
    for (const text of [
      'Corvelis Robotique ouvrira une nouvelle ligne de production à Tours en 2027.',
      'Corvelis Robotique ouvrira une ligne de crédit de 20 millions d’euros en 2027.',
      'La région Occitanie ouvrira en 2027 un lycée à Albi.',
    ])
      expect(launches(claimsOf(text, 'fr', PUB))).toEqual([]);
  });

  it('"its portal, which lets …, will open on": the offer named before a relative clause', () => {
    const claims = claimsOf(
      'Brackwater Foods said its booking portal, which lets hauliers reserve unloading slots, will open on 1 June 2026.',
      'en',
      PUB,
    );
    expect(dateOf(find(claims, 'launch', ['Brackwater Foods'])[0])).toBe('2026-06-01');
  });

  it('"its programme, which …, would open in Poland in March 2027"', () => {
    const claims = claimsOf(
      'Brackwater Foods said its Partner Kitchens programme, which lets restaurants sell through its app, would open in Poland in March 2027.',
      'en',
      PUB,
    );
    expect(dateOf(find(claims, 'launch', ['Brackwater Foods'])[0])).toBe('2027-03');
  });

  it('a plant that will open after a relative clause is no launch', () => {
    const claims = claimsOf(
      'Brackwater Foods said its new distribution centre, which will employ 300 people, will open in March 2027.',
      'en',
      PUB,
    );
    expect(launches(claims)).toEqual([]);
  });
});

describe('"signed a seven-year lease with": a hyphenated term before the partner', () => {
  it('a lease and a concession signed with a named company are agreements', () => {
    const a = claimsOf(
      'Brackwater Foods signed a seven-year lease with Getlink covering six locomotives.',
      'en',
      PUB,
    );
    expect(find(a, 'agreement', ['Brackwater Foods', 'Getlink'])[0]?.status).toBe('confirmed');
    const b = claimsOf(
      'Harrowgate Media signed a ten-year advertising concession with Kestrel Airports, the operator of two regional airports.',
      'en',
      PUB,
    );
    expect(find(b, 'agreement', ['Harrowgate Media', 'Kestrel Airports'])).toHaveLength(1);
  });

  it('a lease with no partner named is no agreement', () => {
    const claims = claimsOf('Brackwater Foods signed a ten-year lease on a warehouse near Leeds.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});

describe('a silence dated by a deadline is still a no-comment', () => {
  it('"did not respond to requests for comment before the market closed"', () => {
    const a = claimsOf(
      'Brackwater Foods did not respond to requests for comment before the market closed.',
      'en',
      PUB,
    );
    const c = find(a, 'statement', ['Brackwater Foods'])[0];
    expect(c?.kind === 'statement' ? c.stance : undefined).toBe('no_comment');
    const b = claimsOf(
      'Harrowgate Media did not immediately respond to an email sent before the open.',
      'en',
      PUB,
    );
    expect(find(b, 'statement', ['Harrowgate Media'])).toHaveLength(1);
  });

  it('« n’a pas répondu à nos sollicitations avant la clôture »', () => {
    const claims = claimsOf(
      'Corvelis Robotique n’a pas répondu à nos sollicitations avant la clôture.',
      'fr',
      PUB,
    );
    const c = find(claims, 'statement', ['Corvelis Robotique'])[0];
    expect(c?.kind === 'statement' ? c.stance : undefined).toBe('no_comment');
  });

  it('"not … before 2027" on an offer stays a lower bound of a confirmed plan', () => {
    const a = claimsOf(
      'Kestrel Mutual Group said its new platform would not be available before 2027.',
      'en',
      PUB,
    );
    const launch = find(a, 'launch', ['Kestrel Mutual Group'])[0];
    expect(launch?.status).toBe('confirmed');
    expect(launch?.kind === 'launch' ? [launch.eventDate, launch.bound] : undefined).toEqual([
      '2027',
      'not_before',
    ]);
    const b = claimsOf(
      'Maubreuil Foncière a indiqué que sa plateforme ne serait pas disponible avant 2027.',
      'fr',
      PUB,
    );
    expect(find(b, 'launch', ['Maubreuil Foncière'])[0]?.status).toBe('confirmed');
  });
});
