import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/** Classes of errors a sixth unseen corpus showed, written afresh with invented companies. */
const PUB = '2026-04-08'; // a Wednesday

describe('names with an elided "d\'"', () => {
  it('a capitalised name keeps its "d\'" + capitalised word (straight or curly apostrophe)', () => {
    const fr = claimsOf(
      'Primavel SA et la coopérative normande Vergers d’Auge ont signé mardi un partenariat de distribution.',
      'fr',
      PUB,
    );
    expect(find(fr, 'agreement', ['Primavel SA', 'Vergers d’Auge'])).toHaveLength(1);
    const straight = claimsOf(
      "Banque Solvane a racheté Crédit d'Ornain, a annoncé le groupe lundi.",
      'fr',
      PUB,
    );
    expect(find(straight, 'acquisition', ['Banque Solvane', "Crédit d'Ornain"])).toHaveLength(1);
  });
});

describe("a year that dates a party's history", () => {
  it('"installée à X depuis 1912" / "founded in 1987" does not make the deal old background', () => {
    const fr = claimsOf(
      'Dorvane Industries serait sur le point de prendre le contrôle de Coutellerie Massot, l’atelier installé à Thiers (Puy-de-Dôme) depuis 1908, selon nos informations.',
      'fr',
      PUB,
    );
    expect(find(fr, 'acquisition', ['Dorvane Industries', 'Coutellerie Massot'])).toEqual([
      expect.objectContaining({ status: 'rumour' }),
    ]);
    const en = claimsOf(
      'Holbeck Foods is in talks to buy Pellow Dairies, a cheesemaker founded in 1962, people familiar with the matter said.',
      'en',
      PUB,
    );
    expect(find(en, 'acquisition', ['Holbeck Foods', 'Pellow Dairies'])).toEqual([
      expect.objectContaining({ status: 'rumour' }),
    ]);
  });

  it('a deal itself dated years ago is still background', () => {
    const en = claimsOf('Holbeck Foods bought Pellow Dairies in 2015.', 'en', PUB);
    expect(find(en, 'acquisition', ['Holbeck Foods', 'Pellow Dairies'])).toHaveLength(0);
  });
});

describe('a role noun followed by "de <Name>"', () => {
  it('"la manufacture horlogère de <ville>" is the headline\'s company, and the town is no party', () => {
    const crafted = claimsOf(
      'La manufacture horlogère de Sarrelot a démenti jeudi toute discussion en vue de céder son capital à Kering.',
      'fr',
      PUB,
      'Maison Brénac dément tout projet de cession à Kering',
    );
    expect(crafted.some((c) => c.parties.includes('Sarrelot'))).toBe(false);
    expect(find(crafted, 'acquisition', ['Kering', 'Maison Brénac'])).toEqual([
      expect.objectContaining({ status: 'denied' }),
    ]);
    expect(find(crafted, 'statement', ['Maison Brénac'])).toEqual([
      expect.objectContaining({ status: 'denied' }),
    ]);
  });

  it('"the president of <Name>" still makes the name a speaking party', () => {
    const fr = claimsOf('Le président de Zorvane a démenti tout accord avec Kervalis.', 'fr', PUB);
    expect(fr.some((c) => c.parties.includes('Zorvane'))).toBe(true);
  });
});
