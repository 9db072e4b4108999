import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Who a word stands for, round 10:
 * - « la PME » is a small company: never one of the established groups the registry knows (Orano, Safran,
 *   Carrefour), whatever the story's most salient company is;
 * - a pronoun or possessive opening a sentence (« Elle », « Son titre », "Its shares") continues the previous
 *   sentence's subject when that subject was a company, in the same paragraph.
 */
const PUB = '2028-03-14';

describe('round 10: « la PME » is no established group', () => {
  it('fr: a certification of « la PME » after a sentence about its big customer', () => {
    const claims = claimsOf(
      'Orano a confié à Chaudronnerie Vercel la fabrication de ses nouveaux conteneurs de transport. ' +
        'Le groupe nucléaire prévoit une première livraison en 2029. ' +
        'La PME a obtenu fin septembre la certification ISO 19443.',
      'fr',
      PUB,
    );
    expect(find(claims, 'certification', ['Chaudronnerie Vercel'])).toHaveLength(1);
    expect(find(claims, 'certification', ['Orano'])).toEqual([]);
  });

  it('fr: « la PME » signing with a retailer is the supplier, not the retailer', () => {
    const claims = claimsOf(
      'Carrefour a retenu Conserverie Trémolat pour fournir ses hypermarchés dès avril. ' +
        'Le distributeur en attend 4 millions d’euros de ventes. ' +
        'Dans la foulée, la PME a signé un accord de distribution avec Système U.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Conserverie Trémolat', 'Système U'])).toHaveLength(1);
    expect(find(claims, 'agreement', ['Carrefour', 'Système U'])).toEqual([]);
  });

  it('fr: the stock of « la PME » moves, not the bidder’s', () => {
    const claims = claimsOf(
      'Safran a confirmé lundi des discussions avec Mécaniques Soléan en vue d’un rachat. ' +
        'Le motoriste ne donne aucun calendrier. ' +
        'Le titre de la PME a bondi de 12,4 % mardi.',
      'fr',
      PUB,
    );
    expect(find(claims, 'share_move', ['Mécaniques Soléan'])).toHaveLength(1);
    expect(find(claims, 'share_move', ['Safran'])).toEqual([]);
  });

  it('fr: a company introduced as « la PME » stands for itself when named', () => {
    const claims = claimsOf(
      'Airbus a signé avec la PME toulousaine Usinages Castanet un contrat de cinq ans. ' +
        'La PME a par ailleurs obtenu la certification EN 9100 en mai.',
      'fr',
      PUB,
    );
    expect(find(claims, 'certification', ['Usinages Castanet'])).toHaveLength(1);
    expect(find(claims, 'certification', ['Airbus'])).toEqual([]);
  });
});

describe('round 10: an opening pronoun or possessive continues the previous subject', () => {
  it('fr: « Son titre » after a sentence whose subject is another listed company', () => {
    const claims = claimsOf(
      'Sopra Steria et Oracle ont signé mardi un accord de coentreprise dans le cloud. Le titre de Sopra Steria ' +
        'a gagné 2,1 %.\n\nCapgemini, un temps cité comme partenaire possible d’Oracle, reste à l’écart. ' +
        'Son titre a cédé 0,4 % mardi.',
      'fr',
      PUB,
    );
    const moves = claims.filter((c) => c.kind === 'share_move' && c.evidence.text.startsWith('Son titre'));
    expect(moves.map((c) => c.parties)).toEqual([['Capgemini']]);
  });

  it('en: "Its shares" after a sentence whose subject is a rival', () => {
    const claims = claimsOf(
      'Halvorsen Foods agreed to buy Tarnby Dairies on Monday. Halvorsen shares rose 3.2%.\n\n' +
        'Brackley Farms, which had bid for Tarnby last year, stayed out of the contest. Its shares fell 1.8% on Monday.',
      'en',
      PUB,
    );
    const moves = claims.filter((c) => c.kind === 'share_move' && c.evidence.text.startsWith('Its shares'));
    expect(moves.map((c) => c.parties)).toEqual([['Brackley Farms']]);
  });

  it('counter: a pronoun after a person subject keeps the story’s company', () => {
    const claims = claimsOf(
      'Verdane Logistique a obtenu mardi la certification ISO 14001 pour ses entrepôts. ' +
        'Sa directrice générale, Claire Mounier, dirige le groupe depuis 2021. ' +
        'Son titre a gagné 1,2 % mardi.',
      'fr',
      PUB,
    );
    const moves = claims.filter((c) => c.kind === 'share_move');
    expect(moves.map((c) => c.parties)).toEqual([['Verdane Logistique']]);
  });
});
