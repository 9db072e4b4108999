import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 13, parties: a launch found with another company than the one that launches. A company telling of
 * its own offer ("the company said its service …") launches it, whatever supplier, partner or customer the
 * sentence names; a possessive opening a new paragraph comes back to the article's company; the pair of a
 * deal telling of an offer no company heads ("…, the companies said") launches it together.
 * Every sentence is invented for this file, with other companies than the corpora's.
 */
const PUB = '2029-03-14'; // a Wednesday

const launches = (claims: ReturnType<typeof claimsOf>) => claims.filter((c) => c.kind === 'launch');

describe('a company telling of its own offer launches it', () => {
  it('"The company said its service, built on X hardware, will launch": not the supplier', () => {
    const text = [
      'Pelmora Networks runs four data centres near Lyon. Pelmora Networks also wants to move beyond hosting.',
      'The company said its cloud voice service, built on Ericsson equipment and aimed at call centres, will launch no earlier than 2030.',
    ].join('\n\n');
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'launch', ['Pelmora Networks'])).toHaveLength(1);
    expect(launches(claims).some((c) => c.parties.includes('Ericsson'))).toBe(false);
  });

  it('"The operator, which …, said its network would be available": not a company named after the date', () => {
    const text = [
      'Ostravel Mobile has 1.9 million subscribers in Slovakia. Ostravel Mobile is upgrading its radio sites.',
      'The operator, which serves Bratislava, Košice and Žilina, said last month that its 5G standalone network would be available nationwide from May 2030, once it has replaced equipment made by Nokia.',
    ].join('\n\n');
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'launch', ['Ostravel Mobile'])).toHaveLength(1);
    expect(launches(claims).some((c) => c.parties.includes('Nokia'))).toBe(false);
  });

  it('"It signed with X …, and said its service would be available": the sentence\'s company, not its partner', () => {
    const text = [
      'Brackwell Shoes has pressed ahead with its turnaround.',
      'It signed a partnership with Asos in May to sell its boots online, and said last week that its repair service would be available in all its shops from 1 June.',
    ].join('\n\n');
    const claims = claimsOf(text, 'en', PUB);
    const own = find(claims, 'launch', ['Brackwell Shoes']);
    expect(own).toHaveLength(1);
    expect(own[0]?.status).toBe('confirmed');
    expect(launches(claims).some((c) => c.parties.includes('Asos'))).toBe(false);
  });

  it('a fronted phrase before the named speaker is no company', () => {
    const text = [
      'Tavernock Logistics reported higher sales on Wednesday.',
      'Alongside the results, Tavernock Logistics said its new parcel-locker service would be available from 1 May 2029.',
    ].join('\n\n');
    const claims = claimsOf(text, 'en', PUB);
    expect(launches(claims).map((c) => c.parties)).toEqual([['Tavernock Logistics']]);
  });

  it('« Le groupe a précisé que sa nouvelle offre, conçue avec X, sera disponible »: not the partner', () => {
    const text = [
      'Brivane Data a annoncé mardi une levée de fonds de 20 millions d’euros.',
      'Le groupe a précisé que sa nouvelle offre d’archivage, conçue avec Capgemini, sera disponible à partir de juin 2029.',
    ].join('\n\n');
    const claims = claimsOf(text, 'fr', PUB);
    expect(launches(claims).map((c) => c.parties)).toEqual([['Brivane Data']]);
  });

  it('« La société a indiqué que sa plateforme, testée par X, sera ouverte »: not the customer', () => {
    const text = [
      'Brivane Data a annoncé mardi une levée de fonds.',
      'La société a indiqué que sa plateforme de paiement, déjà testée par Carrefour, sera ouverte à partir de juin 2029.',
    ].join('\n\n');
    const claims = claimsOf(text, 'fr', PUB);
    expect(launches(claims).map((c) => c.parties)).toEqual([['Brivane Data']]);
  });

  it('counter-example: "the company said its partner X will launch" names the launcher', () => {
    const claims = claimsOf(
      'Valdrenne Telecom is modernising its ports. The company said its partner Ericsson will launch a private 5G service for the ports in September 2029.',
      'en',
      PUB,
    );
    expect(launches(claims).map((c) => c.parties)).toEqual([['Ericsson']]);
  });
});

describe('a possessive opening a paragraph is the article’s company', () => {
  it('« Sa nouvelle offre … » after a paragraph ending on the partner’s sentence', () => {
    const text = [
      'Cardiane Santé décroche la certification HDS',
      'Cardiane Santé a annoncé mardi avoir obtenu la certification HDS. La jeune société lève aussi 12 millions d’euros.',
      'Cardiane Santé a également signé un partenariat avec OVHcloud pour héberger les dossiers de ses clients. Le groupe roubaisien fournira les serveurs, Cardiane Santé gardant la relation avec les cliniques.',
      'Sa nouvelle offre de télé-expertise sera disponible à partir du 1er septembre, a précisé son président.',
    ].join('\n\n');
    const claims = claimsOf(text, 'fr', PUB);
    expect(find(claims, 'launch', ['Cardiane Santé'])).toHaveLength(1);
    expect(launches(claims).some((c) => c.parties.includes('OVHcloud'))).toBe(false);
  });
});

describe('the pair telling of an offer no company heads launches it', () => {
  it('« L’appareil, baptisé X, sera proposé …, ont précisé les partenaires »: the two partners, not the product', () => {
    const text = [
      'Kerlann Drones et Thales ont signé lundi un partenariat pour développer un drone de surveillance maritime.',
      'L’appareil, baptisé Gorfou-X, sera proposé aux marines européennes à partir de mars 2030, ont précisé les partenaires.',
    ].join('\n\n');
    const claims = claimsOf(text, 'fr', PUB);
    expect(find(claims, 'launch', ['Kerlann Drones', 'Thales'])).toHaveLength(1);
    expect(launches(claims).some((c) => c.parties.includes('Gorfou-X'))).toBe(false);
  });

  it('"…, the companies said, as X first needs to …": both, not the one named in the side clause', () => {
    const text = [
      'Telvoria and Google have signed a partnership to offer a sovereign cloud in Portugal.',
      'The service will not be available before the second half of 2030, the companies said, as Telvoria first needs to expand its data centre near Lisbon.',
    ].join('\n\n');
    const claims = claimsOf(text, 'en', PUB);
    const pair = find(claims, 'launch', ['Telvoria', 'Google']);
    expect(pair).toHaveLength(1);
    expect(pair[0]?.kind === 'launch' ? pair[0].bound : undefined).toBe('not_before');
  });

  it('counter-example: a partner heading the sentence launches alone', () => {
    const text = [
      'Telvoria and Google have signed a partnership to offer a sovereign cloud in Portugal.',
      'Telvoria will launch the service in June 2030, the companies said.',
    ].join('\n\n');
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'launch', ['Telvoria'])).toHaveLength(1);
    expect(find(claims, 'launch', ['Telvoria', 'Google'])).toHaveLength(0);
  });

  it('counter-example: an offer branded with one partner’s name is that partner’s', () => {
    const text = [
      'Orvane Cloud has signed a licence agreement with Google for its AI tools.',
      'The resulting offer, branded Orvane Cloud Horizon, will not be commercially available before 2030, the two companies said.',
    ].join('\n\n');
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'launch', ['Orvane Cloud'])).toHaveLength(1);
    expect(find(claims, 'launch', ['Orvane Cloud', 'Google'])).toHaveLength(0);
  });
});
