import { describe, expect, it } from 'vitest';
import { claimsOf, moves } from './claims-of.ts';

/**
 * Round 17, who moved: a descriptor naming two trades joined by "and" ("shares in the Highland cider and ale
 * maker") is the story's company; a descriptor opening the clause after a colon, past a subject's relative clause
 * that names another company, is the mover ("X, qui …, a rendu ses gains : le fabricant a reculé"); a bid priced
 * against a share price ("une prime de 38 % sur le cours") tells that its target is listed, so a bare "le titre"
 * told next is the target's, not the bidder's. A premium on a private round's price changes nothing. Every
 * sentence is invented for this file.
 */
// Thursday 14 October 2027.
const THU = '2027-10-14';
const WED = '2027-10-13';

describe('a descriptor of two trades joined by "and"', () => {
  it('"Shares in the Highland cider and ale maker jumped 11.4%": the company the story is about', () => {
    const claims = claimsOf(
      'The day belonged to Glenarrow Drinks. Shares in the Highland cider and ale maker jumped 11.4% on Wednesday.',
      'en',
      THU,
    );
    expect(moves(claims)).toEqual([{ party: 'Glenarrow Drinks', percent: 11.4, direction: 'up', day: WED }]);
  });

  it('a three-word descriptor still reads as before', () => {
    const claims = claimsOf(
      'Glenarrow Drinks said it was in talks. Shares in the Highland cider maker jumped 11.4% on Wednesday.',
      'en',
      THU,
    );
    expect(moves(claims).map((m) => m.party)).toEqual(['Glenarrow Drinks']);
  });
});

describe('a descriptor after a colon, past the subject’s relative clause', () => {
  it('« Marvéol, qui s’était envolé lundi …, a rendu une partie de ses gains : le fabricant nantais … a reculé »', () => {
    const claims = claimsOf(
      "Marvéol, qui s'était envolé lundi sur des rumeurs d'intérêt de l'allemand Siemens, a rendu une partie de " +
        'ses gains : le fabricant nantais de capteurs a reculé de 3,8 % mercredi.',
      'fr',
      THU,
    );
    expect(moves(claims)).toEqual([{ party: 'Marvéol', percent: 3.8, direction: 'down', day: WED }]);
  });

  it('counter-example: the subject before a relative clause naming another company is still the mover', () => {
    const claims = claimsOf(
      "Safran, qui avait racheté Keltermann l'an dernier, a gagné 0,8 % mercredi.",
      'fr',
      THU,
    );
    expect(moves(claims).map((m) => [m.party, m.percent])).toEqual([['Safran', 0.8]]);
  });
});

describe('a bid priced against a share price: the bare stock word is the target’s', () => {
  it('« une prime de 38 % sur le cours de clôture … le titre bondissait » goes to the target', () => {
    const claims = claimsOf(
      'Capgemini est entré en négociations exclusives pour racheter 70 % de Lorvane. Le prix fait ressortir une ' +
        "prime de 38 % sur le cours de clôture de mardi et valorise Lorvane à 800 millions d'euros. Le titre " +
        "bondissait de 29,1 % mercredi à la mi-journée. L'action Capgemini cédait 0,9 %.",
      'fr',
      THU,
    );
    expect(moves(claims).map((m) => [m.party, m.percent])).toEqual([
      ['Lorvane', 29.1],
      ['Capgemini', 0.9],
    ]);
  });

  it('"a 38% premium to the stock’s closing price … The shares jumped" goes to the target', () => {
    const claims = claimsOf(
      'Capgemini agreed to buy Lorvane for 800 million euros. The price is a 38% premium to the stock’s closing ' +
        'price on Tuesday and values Lorvane at 12 euros a share. The shares jumped 29.1% on Wednesday. ' +
        'Capgemini shares fell 0.9%.',
      'en',
      THU,
    );
    expect(moves(claims).map((m) => [m.party, m.percent])).toEqual([
      ['Lorvane', 29.1],
      ['Capgemini', 0.9],
    ]);
  });

  it('counter-example: a premium on a private round’s price leaves the bare stock the listed buyer’s', () => {
    const claims = claimsOf(
      'Capgemini agreed to buy the start-up Lorvane, a 20% premium on the price paid in its last funding round. ' +
        'Capgemini shares were little changed at first. The stock gained 0.9% on Wednesday.',
      'en',
      THU,
    );
    expect(moves(claims).map((m) => [m.party, m.percent])).toEqual([['Capgemini', 0.9]]);
  });

  it('contre-exemple : « une prime de 20 % sur le prix payé lors de la dernière levée »', () => {
    const claims = claimsOf(
      'Capgemini rachète la start-up Lorvane, avec une prime de 20 % sur le prix payé lors de la dernière levée. ' +
        "L'action Capgemini a été peu affectée. Le titre a gagné 0,9 % mercredi.",
      'fr',
      THU,
    );
    expect(moves(claims).map((m) => [m.party, m.percent])).toEqual([['Capgemini', 0.9]]);
  });
});
