import { describe, expect, it } from 'vitest';
import { ArticleNames } from '../../src/extraction/article-names.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 15, full names: a company the registry does not know is named by the fullest surface name the
 * article gives. Each case here is a reading that kept a short form from its full name: a descriptor head
 * that is part of the name (« Polyclinique du … », « Coopérative des … »), a possessive 's inside a
 * name that runs on to its legal form ("Hadley's Pickle Company"). Every sentence is invented for this
 * file, with other companies than the corpora's.
 */
const PUB = '2029-03-15';

describe('a descriptor head that is part of the name', () => {
  it('« la Polyclinique du Val de Sorgue » is one name, not the place after it', () => {
    const claims = claimsOf(
      "Santéval a annoncé mardi avoir racheté la Polyclinique du Val de Sorgue, jusqu'ici détenue par ses médecins.",
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Santéval', 'Polyclinique du Val de Sorgue'])).toHaveLength(1);
  });

  it('« les Monts de Verrières » after « la Coopérative des Monts de Verrières » is the cooperative', () => {
    const claims = claimsOf(
      'La Coopérative des Monts de Verrières a racheté lundi la Fromagerie Pellin, affineur de Morteau. Les Monts de Verrières ont également signé un accord de trois ans avec Carrefour.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Coopérative des Monts de Verrières', 'Carrefour'])).toHaveLength(1);
    expect(find(claims, 'agreement', ['Monts de Verrières', 'Carrefour'])).toEqual([]);
  });

  it('a multi-word tail the article uses as a party takes the name it ends', () => {
    const names = new ArticleNames();
    names.add('Coopérative des Monts de Verrières', 'company');
    names.add('Monts de Verrières', 'company');
    expect(names.fullest('Monts de Verrières')?.name).toBe('Coopérative des Monts de Verrières');
  });

  it('trap: a one-word tail after "de" stays a place ("Paris" is no short form of "Aéroports de Paris")', () => {
    const names = new ArticleNames();
    names.add('Aéroports de Lorvane', 'company');
    names.add('Lorvane', 'company');
    expect(names.fullest('Lorvane')?.name).toBe('Lorvane');
  });

  it('trap: a multi-word place the article never uses as a party is not the company', () => {
    const names = new ArticleNames();
    names.add('Domaines Skiables du Val Brenon', 'company');
    expect(names.fullest('Val Brenon')).toBeUndefined();
  });
});

describe("a possessive 's inside a company's name", () => {
  it('"to Hadley\'s Pickle Company" then "Hadley\'s": both are the whole name', () => {
    const claims = claimsOf(
      "Calderwood Foods is in talks to sell its Brindle relish brand to Hadley's Pickle Company, people familiar with the matter said. Hadley's did not respond to requests for comment.",
      'en',
      PUB,
    );
    expect(find(claims, 'statement', ["Hadley's Pickle Company"])).toHaveLength(1);
    expect(find(claims, 'statement', ["Hadley's"])).toEqual([]);
  });

  it('"Fenwick\'s Bakery Ltd" is one name', () => {
    const claims = claimsOf(
      "Fenwick's Bakery Ltd has signed a three-year supply agreement with Oakmere Mills.",
      'en',
      PUB,
    );
    expect(find(claims, 'agreement', ["Fenwick's Bakery Ltd", 'Oakmere Mills'])).toHaveLength(1);
  });

  it('trap: an owner\'s possessive before its unit stays the owner ("Carrow\'s Pickle range")', () => {
    const claims = claimsOf(
      "Carrow's Pickle range will be available in 400 stores from 1 May, Carrow said.",
      'en',
      PUB,
    );
    expect(claims.flatMap((c) => c.parties)).not.toContain("Carrow's Pickle range");
  });
});

describe("a city as a brand's second word", () => {
  it('"Ornelle Milano, the Italian shoe label" then "Ornelle": the brand is "Ornelle Milano"', () => {
    const claims = claimsOf(
      'Tapestry has agreed to buy 60% of Ornelle Milano, the Italian shoe label, for €90m. Ornelle declined to comment on the price.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Tapestry', 'Ornelle Milano'])).toHaveLength(1);
    expect(find(claims, 'statement', ['Ornelle Milano'])).toHaveLength(1);
  });

  it('« Ornelle Paris, la marque de maroquinerie » then « Ornelle »: a trade after « marque de » is no owner', () => {
    const claims = claimsOf(
      'Le groupe Kering aurait approché Ornelle Paris, la marque de maroquinerie fondée en 2015, pour en acquérir 40 %. Ornelle n’a pas souhaité commenter.',
      'fr',
      PUB,
    );
    expect(claims.flatMap((c) => c.parties)).toContain('Ornelle Paris');
    expect(find(claims, 'statement', ['Ornelle Paris'])).toHaveLength(1);
  });

  it('trap: a city after a name without a brand apposition stays a place ("Valdor Paris" is not made)', () => {
    const claims = claimsOf(
      'Keswick Freight has signed a ten-year lease with Valdor Paris, its busiest depot, Keswick said on Monday.',
      'en',
      PUB,
    );
    expect(claims.flatMap((c) => c.parties)).not.toContain('Valdor Paris');
  });
});
