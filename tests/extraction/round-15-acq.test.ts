import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 15, acquisitions. A target whose name opens on a capitalised trade noun after its article
 * (« la Savonnerie Albarède », « l'Aviron Côte d'Argent », « la Polyclinique du Val de l'Isle ») was read only
 * after a purchase verb (« racheter la … »): after the purchase noun (« l'acquisition de la … »), the share bought
 * (« 85 % du capital de la … ») or a stake (« une participation de 20 % dans la … ») it went unread, and the
 * deal was lost or given to a place in an apposition.
 * Every sentence is invented for this file.
 */
const PUB = '2029-03-15';
const acquisitions = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, PUB).filter((c) => c.kind === 'acquisition');

describe('a capitalised trade noun after the article opens the target’s name', () => {
  it('« l’acquisition de 70 % du capital de la Tuilerie Sornac »', () => {
    const claims = claimsOf(
      'Wienerberger a annoncé mardi l’acquisition de 70 % du capital de la Tuilerie Sornac, basée en Corrèze.',
      'fr',
      PUB,
    );
    const c = find(claims, 'acquisition', ['Wienerberger', 'Tuilerie Sornac'])[0];
    expect(c?.status).toBe('confirmed');
    expect(c?.kind === 'acquisition' ? c.percent : undefined).toBe(70);
  });

  it('« l’acquisition de la Cartonnerie Vernolle »', () => {
    const claims = claimsOf(
      'Le groupe Ormand a officialisé jeudi l’acquisition de la Cartonnerie Vernolle, une PME familiale de Nantes.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Ormand', 'Cartonnerie Vernolle'])).toHaveLength(1);
  });

  it('« une participation de 25 % dans la Corderie Quérande »', () => {
    const claims = claimsOf(
      'Heineken a pris une participation de 25 % dans la Corderie Quérande, jeune fabricant breton de cordages.',
      'fr',
      PUB,
    );
    const c = find(claims, 'acquisition', ['Heineken', 'Corderie Quérande'])[0];
    expect(c?.kind === 'acquisition' ? c.percent : undefined).toBe(25);
  });

  it('« 60 % de l’Olympique Morlanne, le club de Pro D2 »: the club, not its league', () => {
    const claims = acquisitions(
      "Tallbrook Sports Capital a annoncé lundi l'acquisition de 60 % de l'Olympique Morlanne, le club de Pro D2 de Pau.",
      'fr',
    );
    expect(claims.map((c) => [...c.parties].sort())).toEqual([
      ['Olympique Morlanne', 'Tallbrook Sports Capital'],
    ]);
  });

  it('« la totalité du capital de la Polyclinique du Parc de Vaudrey »: a clinic’s name goes on with « du »', () => {
    const claims = claimsOf(
      "Santémed a annoncé avoir acquis la totalité du capital de la Polyclinique du Parc de Vaudrey, jusqu'ici détenue par ses médecins.",
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Santémed', 'Polyclinique du Parc de Vaudrey'])).toHaveLength(1);
  });
});

describe('counter-examples: what is no purchase stays none', () => {
  it('a plant opened « dans la Drôme » is no stake', () => {
    expect(acquisitions('Heineken a ouvert une nouvelle brasserie dans la Drôme en 2028.', 'fr')).toEqual([]);
  });

  it('a holding already held (« détient 20 % du capital de la Corderie Quérande ») is no purchase', () => {
    expect(
      acquisitions('Heineken détient depuis 2019 20 % du capital de la Corderie Quérande.', 'fr'),
    ).toEqual([]);
  });

  it('a denial keeps the target and sets the status', () => {
    const claims = claimsOf(
      "Le groupe Ormand a démenti jeudi toute acquisition de la Cartonnerie Vernolle : « il n'en a jamais été question ».",
      'fr',
      PUB,
    );
    const c = find(claims, 'acquisition', ['Ormand', 'Cartonnerie Vernolle'])[0];
    expect(c === undefined || c.status === 'denied').toBe(true);
    expect(claims.filter((x) => x.kind === 'acquisition' && x.status !== 'denied')).toEqual([]);
  });
});
