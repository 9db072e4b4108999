import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Agreements, session 24: a capitalised Alliance that is a word of a body's or a company's name ("the Alliance for
 * Responsible Mining", "Walgreens Boots Alliance") tells no alliance; a licence granted to make or sell the
 * grantor's product ("has granted Halvern a licence to manufacture its sonars") is an agreement between the two.
 */
const TUE = '2028-03-21'; // a Tuesday

const of = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => ({ parties: [...c.parties], status: c.status }));

describe('the word Alliance of a name is no alliance', () => {
  it('reads no agreement with a body named « Alliance for … » or a company ending on Alliance', () => {
    for (const [text, language] of [
      ['Corvane Mining obtained certification from the Alliance for Responsible Mining for its gold.', 'en'],
      [
        'Cadrans Morel a obtenu la certification Fairmined de l’Alliance for Responsible Mining pour son or.',
        'fr',
      ],
      ['Trelvane joined the Alliance for Water Stewardship last year.', 'en'],
      ['Pharmexa said Kelvor Boots Alliance would stock its tests.', 'en'],
    ] as const)
      expect(of(claimsOf(text, language, TUE), 'agreement')).toEqual([]);
  });

  it('counter-examples: an alliance between companies is still read, capitalised or not', () => {
    expect(
      of(claimsOf('Kelvane and Morvel formed an alliance to build chargers.', 'en', TUE), 'agreement'),
    ).toEqual([{ parties: ['Kelvane', 'Morvel'], status: 'confirmed' }]);
    expect(of(claimsOf('Kelvane a signé une alliance avec Morvel.', 'fr', TUE), 'agreement')).toEqual([
      { parties: ['Kelvane', 'Morvel'], status: 'confirmed' },
    ]);
    expect(
      of(claimsOf('Kelvane and Morvel announced their Alliance on Tuesday.', 'en', TUE), 'agreement'),
    ).toEqual([{ parties: ['Kelvane', 'Morvel'], status: 'confirmed' }]);
  });
});

describe('a licence granted to make or sell a product is an agreement', () => {
  it('reads "has granted X a licence to manufacture / to sell"', () => {
    expect(
      of(
        claimsOf('Thalvor has granted Halvern Defence a licence to manufacture its sonars.', 'en', TUE),
        'agreement',
      ),
    ).toEqual([{ parties: ['Thalvor', 'Halvern Defence'], status: 'confirmed' }]);
    expect(
      of(
        claimsOf('Norvel granted Kestro Pharma a licence to sell its vaccine in Japan.', 'en', TUE),
        'agreement',
      ),
    ).toEqual([{ parties: ['Norvel', 'Kestro Pharma'], status: 'confirmed' }]);
  });

  it("counter-examples: a regulator's licence to operate is no agreement", () => {
    for (const text of [
      'The regulator granted Kelvane Bank a banking licence.',
      'The ECB granted Kelvane Bank a licence to operate in Belgium.',
    ])
      expect(of(claimsOf(text, 'en', TUE), 'agreement')).toEqual([]);
  });
});
