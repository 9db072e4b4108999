import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 12, undetected share moves: verbs of a stock's move the rules did not know (« avançait », « reprenait »,
 * « a rechuté », « off 1.4% ») and a rumoured buyer named before a bare « le titre ». Every sentence is invented
 * for this file, with other companies and figures than the corpora's.
 */
const PUB = '2029-03-15'; // a Thursday

const moves = (claims: Claim[]) => claims.filter((c) => c.kind === 'share_move');
const figure = (c: Claim | undefined) =>
  c?.kind === 'share_move' ? [c.percent, c.direction, c.eventDate] : undefined;

describe('move verbs the rules did not know', () => {
  it('« avançait », « reprenait »: imperfect forms of a rise', () => {
    const a = claimsOf('Vers midi, le titre Corvelis Robotique avançait de 3,2 %.', 'fr', PUB);
    expect(figure(find(a, 'share_move', ['Corvelis Robotique'])[0])).toEqual([3.2, 'up', PUB]);
    const b = claimsOf('L’action Maubreuil Foncière reprenait 2,7 % à la Bourse de Paris.', 'fr', PUB);
    expect(figure(find(b, 'share_move', ['Maubreuil Foncière'])[0])).toEqual([2.7, 'up', PUB]);
  });

  it('« a rechuté », « a fléchi »: a fall after a rise', () => {
    const a = claimsOf('Le titre Corvelis Robotique a rechuté de 6,1 % mardi.', 'fr', PUB);
    expect(figure(find(a, 'share_move', ['Corvelis Robotique'])[0])).toEqual([6.1, 'down', '2029-03-13']);
    const b = claimsOf('L’action Maubreuil Foncière a fléchi de 1,9 % mercredi.', 'fr', PUB);
    expect(figure(find(b, 'share_move', ['Maubreuil Foncière'])[0])).toEqual([1.9, 'down', '2029-03-14']);
  });

  it('"off 1.4%" in a market report is a fall', () => {
    const claims = claimsOf(
      'Lenders weighed on the index, with Harrowgate Bank down 2.3% and Kestrel Mutual Group off 1.6%.',
      'en',
      PUB,
    );
    expect(figure(find(claims, 'share_move', ['Kestrel Mutual Group'])[0])).toEqual([1.6, 'down', PUB]);
  });

  it('"off" before a figure that is no stock is not a move', () => {
    const claims = claimsOf('Kestrel Mutual Group said it had written off 12% of its loan book.', 'en', PUB);
    expect(moves(claims)).toEqual([]);
  });

  it('« reprenait » a company is a takeover, not a move', () => {
    const claims = claimsOf('Maubreuil Foncière reprenait 40 % du capital de Corvelis Robotique.', 'fr', PUB);
    expect(moves(claims)).toEqual([]);
  });
});

describe('a rumoured buyer named before a bare « le titre » is not the stock', () => {
  it('« un rachat par X, le titre a rechuté »: the stock followed by the story moved', () => {
    const claims = claimsOf(
      'Corvelis Robotique a vécu une semaine agitée. Propulsé de 9,4 % lundi par une rumeur de rachat par Schneider Electric, le titre a rechuté de 5,2 % mardi.',
      'fr',
      PUB,
    );
    expect(find(claims, 'share_move', ['Schneider Electric'])).toEqual([]);
    const mine = find(claims, 'share_move', ['Corvelis Robotique']).map(figure);
    expect(mine).toContainEqual([9.4, 'up', '2029-03-12']);
    expect(mine).toContainEqual([5.2, 'down', '2029-03-13']);
  });

  it('"after reports of an approach from X, the stock fell": the followed company', () => {
    const claims = claimsOf(
      'Harrowgate Bank had a volatile week. After reports of a takeover approach from Santander, the stock fell 4.8% on Wednesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'share_move', ['Banco Santander'])).toEqual([]);
    expect(figure(find(claims, 'share_move', ['Harrowgate Bank'])[0])).toEqual([4.8, 'down', '2029-03-14']);
  });

  it('a company that moves in its own name keeps its move', () => {
    const claims = claimsOf(
      'Après l’annonce du rachat par Safran, l’action Safran a gagné 2,1 % mardi.',
      'fr',
      PUB,
    );
    expect(figure(find(claims, 'share_move', ['Safran'])[0])).toEqual([2.1, 'up', '2029-03-13']);
  });
});
