import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 12, names: a party given under another form of its right name. A release's formal legal form
 * ("Inc.", "NV", "SA") is dropped when the article also writes the name without it; a name written only
 * with its form keeps it, and so does a French "SA" (an earlier round's choice). Registry units that sign under their own name are parties under that name.
 * Every sentence is invented for this file, with other companies than the corpora's.
 */
const PUB = '2029-03-14'; // a Wednesday

describe('a legal form after the name: the name the story writes alone is the party', () => {
  it('an English release: "X Inc. (NASDAQ: …)" then "X" is X', () => {
    const text = [
      'Halvergate Systems and Orvelle Robotics team up on yard automation',
      'DAYTON, Ohio, March 14, 2029 -- Halvergate Systems Inc. (NASDAQ: HLVG), a provider of cold-storage software, today announced a strategic partnership with Orvelle Robotics to automate loading docks.',
      'Halvergate Systems said the joint service would be available to customers from September 2029.',
    ].join('\n\n');
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'agreement', ['Halvergate Systems', 'Orvelle Robotics'])).toHaveLength(1);
    expect(claims.some((c) => c.parties.includes('Halvergate Systems Inc'))).toBe(false);
  });

  it('a Dutch "NV" in the opening line, the plain name in the headline and story', () => {
    const text = [
      'Wendmoor Therapeutics signs a co-promotion deal with Ipsen',
      'LEIDEN, March 14, 2029 -- Wendmoor Therapeutics NV (Euronext: WMT) today signed a co-promotion agreement with Ipsen for its migraine drug in France.',
      'Wendmoor Therapeutics will keep the rights in the rest of Europe.',
    ].join('\n\n');
    const claims = claimsOf(text, 'en', PUB);
    expect(find(claims, 'agreement', ['Wendmoor Therapeutics', 'Ipsen'])).toHaveLength(1);
    expect(claims.some((c) => c.parties.includes('Wendmoor Therapeutics NV'))).toBe(false);
  });

  it('a German "AG" in French text is dropped the same way', () => {
    const text = [
      'Brennhof Maschinen s’allie à Schneider Electric',
      'Brennhof Maschinen AG (Xetra : BRNH) a annoncé mercredi la signature d’un partenariat avec Schneider Electric pour distribuer ses variateurs en France.',
      'Brennhof Maschinen prévoit de commercialiser l’offre commune à partir de janvier 2030.',
    ].join('\n\n');
    const claims = claimsOf(text, 'fr', PUB);
    expect(find(claims, 'agreement', ['Brennhof Maschinen', 'Schneider Electric'])).toHaveLength(1);
    expect(claims.some((c) => c.parties.includes('Brennhof Maschinen AG'))).toBe(false);
  });

  it('a name the article only writes with its legal form keeps it', () => {
    const claims = claimsOf(
      'Marsdon Holdings has agreed to acquire Pellworth Tools Ltd, a Bristol maker of torque wrenches, for £22m.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Marsdon Holdings', 'Pellworth Tools Ltd'])).toHaveLength(1);
  });

  it('"Holdings" is a word of the name: a defined short form does not cut it', () => {
    const claims = claimsOf(
      'Ashcombe Holdings Ltd ("Ashcombe") said it had completed the sale of its cold-storage business to Tarvin Freight. Ashcombe will now focus on ports.',
      'en',
      PUB,
    );
    expect(claims.some((c) => c.parties.includes('Ashcombe Holdings Ltd'))).toBe(true);
    expect(claims.some((c) => c.parties.includes('Ashcombe'))).toBe(false);
  });
});

describe('registry units that sign under their own name', () => {
  it('« la Banque des Territoires » is the party, not its parent the Caisse des Dépôts', () => {
    const claims = claimsOf(
      'La Banque des Territoires prend 35 % du capital de Fibrélie, l’opérateur du réseau de fibre de la Creuse, a annoncé mardi la Caisse des Dépôts.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Banque des Territoires', 'Fibrélie'])).toHaveLength(1);
    expect(find(claims, 'acquisition', ['Caisse des Dépôts', 'Fibrélie'])).toEqual([]);
  });

  it('the Caisse des Dépôts itself is still the Caisse', () => {
    const claims = claimsOf(
      'La Caisse des Dépôts a acquis 20 % du capital de Norvélia Énergies, a annoncé mardi l’établissement public.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Caisse des Dépôts', 'Norvélia Énergies'])).toHaveLength(1);
  });

  it('"Hitachi Energy" is the unit, while "Hitachi" alone is the group', () => {
    const claims = claimsOf(
      'Fingrid has signed a framework agreement with Hitachi Energy for transformer maintenance, the companies said on Wednesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ['Fingrid', 'Hitachi Energy'])).toHaveLength(1);
    const group = claimsOf(
      'Fingrid has signed a framework agreement with Hitachi, the companies said on Wednesday.',
      'en',
      PUB,
    );
    expect(find(group, 'agreement', ['Fingrid', 'Hitachi'])).toHaveLength(1);
  });
});
