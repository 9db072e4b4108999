import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 17, names: which form of a company's name a claim carries when a release gives it with its legal
 * form. "Limited" is a legal form like "Ltd"; "Group" right before a legal form names the registered
 * holding ("Brennock Group Plc (\"Brennock\")"), so the name the article also writes bare is the party; a
 * title-case headline that writes the name without its legal form ("… Agrees to Acquire Harwick Foundry")
 * says the same. "Group" or "Holdings" without a legal form after it stays a word of the name, and a name
 * the article only ever writes with its form keeps it. Every sentence is invented for this file.
 */
const DAY = '2028-05-03';

describe('a legal form the article also leaves off is no part of the party', () => {
  it('"Brennock Group Plc ("Brennock") and Aldwyn Data Ltd ("Aldwyn") today announced …"', () => {
    const claims = claimsOf(
      'LONDON, May 3, 2028 /Newswire/ -- Brennock Group Plc ("Brennock") and Aldwyn Data Ltd ("Aldwyn") today ' +
        'announced the formation of Tessmoor, a joint venture for card payments. Brennock will hold 55% of Tessmoor.',
      'en',
      DAY,
      'Brennock and Aldwyn Data Form Tessmoor, a Joint Venture for Card Payments',
    );
    expect(find(claims, 'agreement', ['Brennock', 'Aldwyn Data'])).toHaveLength(1);
  });

  it('"Ravensberg Group AG (SIX: RAV) today announced …", then "Ravensberg will pay …"', () => {
    const claims = claimsOf(
      'ZURICH, May 3, 2028 /Wire/ -- Ravensberg Group AG (SIX: RAV) today announced that it has agreed to acquire ' +
        'Kestrel Privatbank. Ravensberg will pay CHF 200 million in cash.',
      'en',
      DAY,
      'Ravensberg to acquire Zurich private bank Kestrel Privatbank',
    );
    expect(find(claims, 'acquisition', ['Ravensberg', 'Kestrel Privatbank'])).toHaveLength(1);
  });

  it('"Pellcastle Capital Limited ("Pellcastle") has agreed …": Limited is a legal form', () => {
    const claims = claimsOf(
      'Pellcastle Capital Limited ("Pellcastle") has agreed to acquire Dunholme Foods for £90m. Pellcastle believes ' +
        'the price is fair.',
      'en',
      DAY,
      'Pellcastle Capital to buy Dunholme Foods',
    );
    expect(find(claims, 'acquisition', ['Pellcastle Capital', 'Dunholme Foods'])).toHaveLength(1);
  });

  it('a title-case headline "… Agrees to Acquire Harwick Foundry" over "Harwick Foundry Ltd"', () => {
    const claims = claimsOf(
      'Pendle Forge has agreed to acquire Harwick Foundry Ltd, a Leeds maker of castings, for £20m. Harwick employs 90 people.',
      'en',
      DAY,
      'Pendle Forge Signs Supply Agreement and Agrees to Acquire Harwick Foundry',
    );
    expect(find(claims, 'acquisition', ['Pendle Forge', 'Harwick Foundry'])).toHaveLength(1);
  });

  it('« Halvorsen Group ASA a annoncé le rachat de … » sous le titre « Halvorsen rachète … »', () => {
    const claims = claimsOf(
      'Le norvégien Halvorsen Group ASA a annoncé mardi le rachat de Sarthe Composites, un fabricant de coques du Mans.',
      'fr',
      DAY,
      'Halvorsen rachète Sarthe Composites',
    );
    expect(find(claims, 'acquisition', ['Halvorsen', 'Sarthe Composites'])).toHaveLength(1);
  });

  it('« Vercors Outillage SA » under a headline « Dauphiné Mécanique rachète Vercors Outillage »', () => {
    const claims = claimsOf(
      'Dauphiné Mécanique a annoncé mardi le rachat de Vercors Outillage SA, un fabricant de moules de Voiron.',
      'fr',
      DAY,
      'Dauphiné Mécanique rachète Vercors Outillage',
    );
    // The French "SA" is a legal form too since round 21: the headline's bare name is the party.
    expect(claims.filter((c) => c.kind === 'acquisition').map((c) => c.parties)).toEqual([
      ['Dauphiné Mécanique', 'Vercors Outillage'],
    ]);
  });
});

describe('counter-examples: the name keeps its words', () => {
  it('"Group" with no legal form after it is a word of the name ("Tarnholt Group", headline "Tarnholt")', () => {
    const claims = claimsOf(
      'Tarnholt Group has agreed to buy Kelby Optics for £80m. Tarnholt said the deal would close in June.',
      'en',
      DAY,
      'Tarnholt buys Kelby Optics',
    );
    expect(find(claims, 'acquisition', ['Tarnholt Group', 'Kelby Optics'])).toHaveLength(1);
  });

  it('"Holdings Ltd" keeps "Holdings" though the release defines a short form ("Wexmoor")', () => {
    const claims = claimsOf(
      'Wexmoor Holdings Ltd ("Wexmoor") said it had completed the sale of its Leeds storage business to Vantor ' +
        'Logistics. Wexmoor will now focus on fibre.',
      'en',
      DAY,
    );
    expect(find(claims, 'acquisition', ['Vantor Logistics', 'Wexmoor Holdings Ltd'])).toHaveLength(1);
  });

  it('a name written only with its legal form, no headline, keeps it ("Rookmere Ltd")', () => {
    const claims = claimsOf(
      'Blackmoss Holdings has agreed to acquire Rookmere Ltd, a Sheffield maker of armoured doors, for £64m.',
      'en',
      DAY,
    );
    expect(find(claims, 'acquisition', ['Blackmoss Holdings', 'Rookmere Ltd'])).toHaveLength(1);
  });

  it('"Caldwick Insurance Group plc" under a headline naming "Caldwick" alone keeps "Insurance Group"', () => {
    const claims = claimsOf(
      'Harrowby Capital Limited ("Harrowby") confirms that it has made a proposal to acquire Caldwick Insurance Group ' +
        'plc ("Caldwick"). Harrowby believes the proposal is fair.',
      'en',
      DAY,
      'Harrowby Capital makes proposal for Caldwick',
    );
    expect(find(claims, 'acquisition', ['Harrowby Capital', 'Caldwick Insurance Group'])).toHaveLength(1);
  });

  it('a parent and its listed subsidiary stay two companies ("Norvane Group" and "Norvane Energy Ltd")', () => {
    const claims = claimsOf(
      'Norvane Group has agreed to buy the minority shares of Norvane Energy Ltd it does not already own, for £120m.',
      'en',
      DAY,
      'Norvane Group to buy out Norvane Energy',
    );
    const parties = claims.filter((c) => c.kind === 'acquisition').map((c) => [...c.parties].sort());
    expect(parties).toEqual([['Norvane Energy', 'Norvane Group']]);
  });
});
