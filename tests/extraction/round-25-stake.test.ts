import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Stake purchases, session 25: « a confirmé son entrée à hauteur de 20 % au capital de X » (the share told before
 * the capital), "completed its 12% investment in X" (an investment told by its share of the company is a stake).
 */
const TUE = '2028-03-21'; // a Tuesday

const acquisitions = (claims: Claim[]) =>
  claims.flatMap((c) =>
    c.kind === 'acquisition' ? [{ parties: [...c.parties], status: c.status, percent: c.percent }] : [],
  );

describe('« son entrée à hauteur de N % au capital de X »', () => {
  it('reads the subject as buyer and X as target, with the share', () => {
    expect(
      acquisitions(
        claimsOf(
          'Le fonds Kervalis a confirmé son entrée à hauteur de 20 % au capital de Morvane Industries.',
          'fr',
          TUE,
        ),
      ),
    ).toEqual([{ parties: ['Kervalis', 'Morvane Industries'], status: 'confirmed', percent: 20 }]);
  });

  it('counter-example: the entry without a share still reads, with no share', () => {
    expect(
      acquisitions(
        claimsOf('Le fonds Kervalis a confirmé son entrée au capital de Morvane Industries.', 'fr', TUE),
      ),
    ).toEqual([{ parties: ['Kervalis', 'Morvane Industries'], status: 'confirmed', percent: undefined }]);
  });
});

describe('"completed its N% investment in X"', () => {
  it('reads a stake bought, with the share', () => {
    expect(
      acquisitions(
        claimsOf('Kervalis Partners completed its 12% investment in Morvane Industries.', 'en', TUE),
      ),
    ).toEqual([{ parties: ['Kervalis Partners', 'Morvane Industries'], status: 'confirmed', percent: 12 }]);
  });

  it('counter-example: an investment in a plant, with no share of a company, buys nothing', () => {
    expect(
      acquisitions(
        claimsOf(
          'Kervalis Partners completed its £40m investment in the Morvane Industries plant.',
          'en',
          TUE,
        ),
      ),
    ).toEqual([]);
  });
});

describe('an everyday-word registry name ("Next") names the company only where the article writes it as one', () => {
  it('reads Next as the buyer when the article writes it as a name', () => {
    const claims = claimsOf(
      'Next has agreed to buy 60% of Tallow & Finch, the knitwear label. Shares in Next rose after the deal.',
      'en',
      TUE,
    );
    expect(acquisitions(claims)).toEqual([
      { parties: ['Next', 'Tallow & Finch'], status: 'confirmed', percent: 60 },
    ]);
  });

  it('counter-examples: "Next week" and a sentence opening on "Next," name no company', () => {
    for (const text of [
      'Next week, Kervalis will complete its purchase of Morvane Industries.',
      'Next, Kervalis agreed to buy Morvane Industries.',
    ]) {
      const parties = claimsOf(text, 'en', TUE).flatMap((c) => c.parties);
      expect(parties).not.toContain('Next');
      expect(parties).toContain('Kervalis');
    }
  });
});

describe('"Ralph Lauren" is the company', () => {
  it('reads the fashion group as the buyer, not a person', () => {
    expect(
      acquisitions(
        claimsOf('Ralph Lauren agreed to buy Calzature Ostenda, an Italian shoemaker.', 'en', TUE),
      ),
    ).toEqual([{ parties: ['Ralph Lauren', 'Calzature Ostenda'], status: 'confirmed', percent: undefined }]);
  });
});
