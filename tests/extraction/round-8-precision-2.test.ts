import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Precision, session 8 (second pass): a commentator's hypothesis (« serait plus conforme », "would make sense")
 * has no party asserting the event (blind-15, blind-29, blind-34); an owner named in a present-tense description
 * of a story's company ("The group, controlled by …", « Le transporteur, détenu par … ») is a state, not a
 * deal of the sentence (blind-13, blind-18, blind-25). Invented companies and wordings.
 */
const PUB = '2031-04-15';

const dealsWith = (claims: Claim[], name: string) =>
  claims.filter((c) => c.kind !== 'share_move' && c.kind !== 'statement' && c.parties.includes(name));

describe('a commentator’s hypothesis about a deal reports no deal', () => {
  const none: [string, 'fr' | 'en'][] = [
    [
      '“A Stenholt bid for Marrow Cables would make sense on paper,” said one analyst who covers the sector.',
      'en',
    ],
    ['A Brevik Group offer for Harlow Packaging would be the logical next step, one banker said.', 'en'],
    [
      'Morland Insurance is the obvious suitor: a takeover of Pennock Life would fit neatly with its pensions arm, an analyst at Castle Street said.',
      'en',
    ],
    [
      'For one analyst, an alliance between Stenholt and Marrow Cables would be more logical than a merger.',
      'en',
    ],
    [
      'Un analyste juge qu’« une prise de participation minoritaire de Vireo Capital, assortie d’un partenariat industriel avec Maison Lambert, serait plus conforme à la culture de la maison ».',
      'fr',
    ],
    ['Selon un analyste, un rachat de Dorlis par Carvane serait plus logique qu’une alliance.', 'fr'],
  ];
  for (const [text, lang] of none)
    it(text.slice(0, 60), () =>
      expect(
        claimsOf(text, lang, PUB).filter((c) => c.kind === 'acquisition' || c.kind === 'agreement'),
      ).toEqual([]),
    );
});

describe('a company’s own plan, or talks reported beside an opinion, stay claims', () => {
  it('a buyer’s plan with a modal, told by its chief, is its claim', () => {
    const claims = claimsOf(
      'Halbrook Foods would buy the remaining 40% of Castlemoor Dairies next year, its chief executive said on Tuesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Halbrook Foods', 'Castlemoor Dairies'])[0]?.status).toBe(
      'confirmed',
    );
  });
  it('« prendrait le contrôle », dit son président : le projet de la société', () => {
    const claims = claimsOf(
      'Vireo Capital prendrait le contrôle de Maison Lambert d’ici à l’été, a indiqué son président.',
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Vireo Capital', 'Maison Lambert'])).toHaveLength(1);
  });
  it('talks reported by sources stay a rumour when an analyst adds an opinion', () => {
    const claims = claimsOf(
      'Stenholt is in talks to buy Marrow Cables, people familiar with the matter said; a deal would make sense, one analyst added.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Stenholt', 'Marrow Cables'])[0]?.status).toBe('rumour');
  });
  it('des discussions confirmées restent un accord quand un analyste juge le rapprochement logique', () => {
    const claims = claimsOf(
      'Carvane a confirmé mardi être en discussions avec Dorlis ; un rapprochement serait logique, juge un analyste.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Carvane', 'Dorlis'])).toHaveLength(1);
  });
});

describe('an owner in a description of the story’s company is no party of its deal', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Talverne Logistique a finalisé lundi le rachat de Brossard Frigo. Le transporteur nantais, détenu majoritairement par le fonds Corbière Partners, reprend ainsi les trois entrepôts de Brossard Frigo à Rennes.',
      'fr',
      'Corbière Partners',
    ],
    [
      'Ardéval a signé jeudi un accord de distribution avec Fromageries Lissac. Le groupe savoyard, contrôlé depuis 2019 par la famille Perrin et le fonds Montclair Capital, conclut ainsi son troisième partenariat de l’année.',
      'fr',
      'Montclair Capital',
    ],
    [
      'Halvorsen Energy completed the purchase of Kestrel Wind on Monday. The group, controlled by the Lindqvist family alongside Nordvik Capital, is funding the deal with cash and a green bond.',
      'en',
      'Nordvik Capital',
    ],
    [
      'Marlow Foods said on Tuesday it had bought Pellham Dairies. The company, majority-owned by Brightwater Capital, is paying for the deal with cash.',
      'en',
      'Brightwater Capital',
    ],
  ];
  for (const [text, lang, owner] of cases)
    it(`${owner} (${lang})`, () => expect(dealsWith(claimsOf(text, lang, PUB), owner)).toEqual([]));

  it('the story’s own deal stays', () => {
    const claims = claimsOf(
      'Marlow Foods said on Tuesday it had bought Pellham Dairies. The company, majority-owned by Brightwater Capital, is paying for the deal with cash.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Marlow Foods', 'Pellham Dairies'])[0]?.status).toBe('confirmed');
  });
  it('a control told as a new takeover stays a takeover', () => {
    const claims = claimsOf(
      'Kestrel Wind, controlled by Halvorsen Energy since its takeover last week, has signed a supply deal with Vestas.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Halvorsen Energy', 'Kestrel Wind'])).toHaveLength(1);
    expect(find(claims, 'agreement', ['Kestrel Wind', 'Vestas'])).toHaveLength(1);
  });
});
