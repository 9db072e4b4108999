import { describe, expect, it } from 'vitest';
import { claimsOf, partiesAndStatus } from './claims-of.ts';

/**
 * Agreements and acquisitions, session 25: a deal told with "between X and Y" names its own sides; an order is a
 * contract between the buyer and the seller (the story's company when it received it, or when the buyer ordered a
 * count "of the" product the story has told of).
 */
const TUE = '2029-03-13'; // a Tuesday

const agreements = (text: string, language: 'fr' | 'en') =>
  partiesAndStatus(claimsOf(text, language, TUE), 'agreement');

describe('a deal told with "between X and Y" names its own sides', () => {
  it('keeps the product and the store told before the deal out of it', () => {
    expect(
      agreements(
        'Tamsin & Wode juices will be on the shelves of 900 Carrefour stores from June, under a new distribution agreement between Orlavy Foods and Carrefour.',
        'en',
      ),
    ).toEqual([{ parties: ['Carrefour', 'Orlavy Foods'], status: 'confirmed' }]);
    expect(
      agreements(
        'Les cidres Kerbrat seront vendus dans les magasins Leclerc dès juin, en vertu d’un accord de distribution entre Maison Quéven et Carrefour.',
        'fr',
      ),
    ).toEqual([{ parties: ['Carrefour', 'Maison Quéven'], status: 'confirmed' }]);
  });

  it('counter-example: a sentence pairing sides twice keeps both deals', () => {
    const read = agreements(
      'Depuis les alliances entre Vantorel, Orange et Capgemini (Nébulis) puis entre Google et Thales (Ardéa), le marché attendait une troisième offre.',
      'fr',
    );
    expect(read).toContainEqual({ parties: ['Google', 'Thales'], status: 'confirmed' });
    expect(read).toContainEqual({ parties: ['Capgemini', 'Orange', 'Vantorel'], status: 'confirmed' });
  });

  it('counter-example: a deal with its sides told around "with" keeps all of them', () => {
    expect(agreements('Orlavy Foods signed a distribution agreement with Carrefour and Lidl.', 'en')).toEqual(
      [{ parties: ['Carrefour', 'Lidl', 'Orlavy Foods'], status: 'confirmed' }],
    );
  });
});

describe('an order is a contract between the buyer and the seller', () => {
  it('reads "announced a firm order from X" as a deal of the company that received it', () => {
    expect(
      agreements(
        'Pellwick Aero has won its type certificate. The company also announced a firm order from Brenlis Air, a regional carrier, for six aircraft.',
        'en',
      ),
    ).toEqual([{ parties: ['Brenlis Air', 'Pellwick Aero'], status: 'confirmed' }]);
  });

  it('reads "ordered 40 of the shuttles" as an order from the maker the story is about', () => {
    expect(
      agreements(
        'Corvalis, the Nantes-based developer of electric ferries, has signed a licensing agreement with Siemens. Ferry operator Morlaix Lines has ordered six of the ferries for its island routes.',
        'en',
      ),
    ).toEqual([
      { parties: ['Corvalis', 'Siemens'], status: 'confirmed' },
      { parties: ['Corvalis', 'Morlaix Lines'], status: 'confirmed' },
    ]);
  });

  it('counter-examples: a count of goods with no article of its own, or orders from no one named, make no deal', () => {
    expect(
      agreements(
        'Corvalis, the Nantes-based developer of electric ferries, opened a plant. Ferry operator Morlaix Lines has ordered six ferries for its island routes.',
        'en',
      ),
    ).toEqual([]);
    expect(agreements('Pellwick Aero announced a firm order from regional carriers in Asia.', 'en')).toEqual(
      [],
    );
  });
});
