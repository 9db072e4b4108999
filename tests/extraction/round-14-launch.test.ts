import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 14, launches told by their start and stakes told without a purchase verb. Every sentence is invented
 * for this file, with other companies than the corpora's.
 */
const PUB = '2029-03-15';

describe('an offer hosted in a building is still an offer', () => {
  it('« une offre …, hébergée dans les centres de données de X, sera proposée dès »: the venture launches, not the host', () => {
    const claims = claimsOf(
      "Orange et Brisval créent la coentreprise Quartzia. Quartzia ne commercialisera pas d'offre qualifiée avant 2031. Dans l'intervalle, une offre provisoire, non qualifiée mais hébergée dans les centres de données de Brisval à Lille et à Douai, sera proposée dès octobre 2029.",
      'fr',
      PUB,
    );
    const launches = find(claims, 'launch', ['Quartzia']);
    expect(launches.map((c) => c.eventDate).sort()).toEqual(['2029-10', '2031']);
    expect(find(claims, 'launch', ['Brisval'])).toEqual([]);
  });

  it('"will make its new X line available to customers from": the foundry is the maker, not a site opening', () => {
    const claims = claimsOf(
      'Wexcombe Alloys turned down the offer on Monday. The foundry will also make its new thin-wall casting range available to customers from February 2030.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Wexcombe Alloys']).map((c) => c.eventDate)).toEqual(['2030-02']);
  });

  it('counter-example: a data centre that opens is no launch', () => {
    const claims = claimsOf(
      'Norrbeck Hosting said its new data centre in Leeds, built next to the ring road, will be available from June 2030.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });
});

describe('a launch told by when it goes on sale', () => {
  it('« sera vendu dans 250 boutiques à partir de septembre »', () => {
    const claims = claimsOf(
      'Le casque de Fennoria Audio sera vendu dans 250 boutiques à partir de septembre.',
      'fr',
      PUB,
    );
    expect(find(claims, 'launch', ['Fennoria Audio']).map((c) => c.eventDate)).toEqual(['2029-09']);
  });

  it('counter-example: « la filiale sera vendue à partir de » is a disposal', () => {
    const claims = claimsOf(
      'Le groupe Tardieu a indiqué que sa filiale de logistique sera vendue à partir de septembre à un fonds.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });

  it('"would also open a repair service … from April"', () => {
    const claims = claimsOf(
      'Calverly Aero said it would also open an engine repair service for regional carriers at its Bristol site from April 2030.',
      'en',
      PUB,
    );
    expect(find(claims, 'launch', ['Calverly Aero']).map((c) => c.eventDate)).toEqual(['2030-04']);
  });

  it('counter-example: « envisage de commercialiser » is an aspiration, no dated launch', () => {
    const claims = claimsOf(
      'Fennoria envisage de commercialiser un jour un casque pour enfants, sans calendrier arrêté.',
      'fr',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'launch')).toEqual([]);
  });
});

describe('a stake told without a purchase verb', () => {
  it('"took 49% of X"', () => {
    const claims = claimsOf(
      'Dunmoor Capital took 40% of Kelsey Orchards, the cider maker, for £30 million.',
      'en',
      PUB,
    );
    const [c] = find(claims, 'acquisition', ['Dunmoor Capital', 'Kelsey Orchards']);
    expect(c?.kind === 'acquisition' ? c.percent : undefined).toBe(40);
  });

  it('counter-example: "took 30% of the market" is a market share', () => {
    const claims = claimsOf('Kelsey Orchards took 30% of the UK cider market last year.', 'en', PUB);
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });

  it('« a pris, pour son compte, une participation de 20 % dans X »', () => {
    const claims = claimsOf(
      'Ardelis Gestion a pris, pour son compte, une participation de 25 % dans Thermovia, un exploitant de chaufferies lyonnais.',
      'fr',
      PUB,
    );
    const [c] = find(claims, 'acquisition', ['Ardelis Gestion', 'Thermovia']);
    expect(c?.kind === 'acquisition' ? c.percent : undefined).toBe(25);
  });

  it('counter-example: « détient 15 % du capital » is a holding already held', () => {
    const claims = claimsOf('Ardelis Gestion détient 15 % du capital de Thermovia depuis 2024.', 'fr', PUB);
    expect(claims.filter((c) => c.kind === 'acquisition')).toEqual([]);
  });
});
