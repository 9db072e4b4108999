import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 16, one deal told in several sentences. In a story about a purchase, a later sentence that names the
 * deal again with a bare word ("confirmed the agreement", "hoped to sign a deal", « ont signé l’accord ») was
 * read as a second, separate agreement between the buyer and the target. A deal of its own kind told beside
 * the purchase ("also signed a supply agreement", « un accord industriel »), a deal told before the purchase
 * and recalled after it, and a deal told as separate stay.
 * Every sentence is invented for this file.
 */
const PUB = '2029-06-12';
const agreements = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, PUB).filter((c) => c.kind === 'agreement');

describe('a bare deal word after a purchase is that purchase', () => {
  it('"confirmed the agreement" after "has agreed to buy"', () => {
    const claims = claimsOf(
      'Haldane Foods has agreed to buy Pellworth Bakeries for 120 million pounds in cash, the companies said on Monday. ' +
        'Haldane confirmed the agreement in a statement and said Pellworth would keep its brand and its two bakeries.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Haldane Foods', 'Pellworth Bakeries'])).toHaveLength(1);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });

  it('"hoped to sign a deal" after a reported sale', () => {
    const claims = claimsOf(
      'Corvane Capital has agreed to acquire Merrow Logistics, a Leeds-based haulier, for 300 million pounds. ' +
        'A trade weekly had said in May that Corvane valued Merrow Logistics at about 280 million pounds and hoped to sign a deal before the summer.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Corvane Capital', 'Merrow Logistics'])).toHaveLength(1);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });

  it('« les deux groupes ont signé l’accord » after « le rachat de »', () => {
    const claims = claimsOf(
      'Ardéval a annoncé mardi le rachat de Moulins Corbière, un meunier de la Drôme, pour 85 millions d’euros. ' +
        'Ardéval et Moulins Corbière ont signé l’accord lundi soir à Valence, après trois mois de négociations.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Ardéval', 'Moulins Corbière'])).toHaveLength(1);
    expect(claims.filter((c) => c.kind === 'agreement')).toEqual([]);
  });
});

describe('a deal of its own beside the purchase stays', () => {
  it('"also signed a wholesale agreement" after a stake', () => {
    const found = agreements(
      'Brixham Telecom has bought a 15% stake in Quenby Networks for 40 million pounds. ' +
        'The two companies also signed a wholesale agreement under which Brixham will sell broadband over Quenby’s network.',
      'en',
    );
    expect(found.map((c) => [...c.parties].sort())).toEqual([['Brixham Telecom', 'Quenby Networks']]);
  });

  it('"under a separate agreement" after a stake', () => {
    const found = agreements(
      'Tarrant Motors has taken a 20% stake in Velocis Batteries, the companies said on Tuesday. ' +
        'Tarrant Motors and Velocis Batteries signed a separate agreement under which Velocis will build a cell plant beside the Tarrant factory.',
      'en',
    );
    expect(found).toHaveLength(1);
  });

  it('« ont également signé un accord industriel » after a stake', () => {
    const found = agreements(
      'Valmont Aéro a pris 30 % du capital de Sorlière Composites, a annoncé le groupe jeudi. ' +
        'Les deux sociétés ont également signé un accord industriel : Sorlière fournira les panneaux de cabine des futurs avions de Valmont.',
      'fr',
    );
    expect(found.map((c) => [...c.parties].sort())).toEqual([['Sorlière Composites', 'Valmont Aéro']]);
  });

  it('a licence told first, a stake after it, then « a confirmé l’accord »: the licence stays', () => {
    const claims = claimsOf(
      'Pelvane Santé et Orvéa Bio ont annoncé lundi la signature d’un accord de licence exclusif sur un anticorps de la biotech. ' +
        'Pelvane souscrira en outre à une augmentation de capital qui lui donnera 8 % d’Orvéa Bio. ' +
        'Un porte-parole de Pelvane Santé a confirmé l’accord.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Pelvane Santé', 'Orvéa Bio'])).toHaveLength(1);
  });

  it('a hyphenated kind ("a route-sharing agreement") after a denied purchase in the lead', () => {
    const claims = claimsOf(
      'The deal comes as both carriers deny a report that Aldren Air was buying a stake in Skarn Aviation. ' +
        'Aldren Air and Skarn Aviation have signed a route-sharing agreement to fly a joint daily service between Oslo and Nice.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Aldren Air', 'Skarn Aviation'])).toHaveLength(1);
  });
});

describe('talks with the bidder in a sale story are that sale', () => {
  it('"in talks with X about a possible cash offer for the company"', () => {
    const claims = claimsOf(
      'Ashby Marinas, the AIM-listed owner of four harbours in Devon, has confirmed that it is in talks with private equity firm Coldwell Harbour Partners about a possible cash offer for the company.',
      'en',
      PUB,
    );
    const c = find(claims, 'acquisition', ['Coldwell Harbour Partners', 'Ashby Marinas'])[0];
    expect(c?.parties).toEqual(['Coldwell Harbour Partners', 'Ashby Marinas']);
    expect(claims.filter((x) => x.kind === 'agreement')).toEqual([]);
  });

  it('"in talks with X about a possible offer for a third company" is no purchase between the talkers', () => {
    const claims = claimsOf(
      'Ashby Marinas said it was in talks with Coldwell Harbour Partners about a possible joint offer for Pelham Moorings.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Coldwell Harbour Partners', 'Ashby Marinas'])).toEqual([]);
  });

  it('« a démenti toute négociation avec X » before « s’apprêtait à déposer une offre sur »', () => {
    const claims = claimsOf(
      'Valbruze Électronique a démenti mardi toute négociation avec Corlane Partners. ' +
        'Un site spécialisé avait écrit vendredi que le fonds s’apprêtait à déposer une offre sur le fabricant toulousain.',
      'fr',
      PUB,
    );
    const c = find(claims, 'acquisition', ['Corlane Partners', 'Valbruze Électronique'])[0];
    expect(c?.parties).toEqual(['Corlane Partners', 'Valbruze Électronique']);
    expect(c?.status).toBe('denied');
    expect(claims.filter((x) => x.kind === 'agreement')).toEqual([]);
  });

  it('« a démenti toute négociation avec X » about a supply deal stays a denied agreement', () => {
    const claims = claimsOf(
      'Valbruze Électronique a démenti mardi toute négociation avec Corlane Industries. ' +
        'Un site spécialisé avait écrit que les deux groupes préparaient un contrat de fourniture de cartes électroniques.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Corlane Industries', 'Valbruze Électronique'])).toEqual([]);
  });
});
