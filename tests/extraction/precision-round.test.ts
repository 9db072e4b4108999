import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

/**
 * Precision round: a year that ends a deal's term or sets a deadline ("qui court jusqu'en 2031",
 * "through 2034", "d'ici à 2030") does not date the deal, so it must not keep an old recalled deal alive.
 * Invented companies, both languages, with counter-examples (a deal signed this week that runs for years).
 */
const PUB = '2028-06-14T08:00:00Z'; // a Wednesday

const kinds = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB)
    .filter((c) => c.kind === 'agreement' || c.kind === 'acquisition')
    .map((c) => `${c.kind}: ${[...c.parties].sort().join(' | ')}`);

describe('an old deal whose term ends in a later year is still background', () => {
  const old: [string, 'fr' | 'en'][] = [
    [
      'Il avait conclu en 2025 un accord d’approvisionnement avec le norvégien Fjordcell, accord qui court jusqu’en 2032.',
      'fr',
    ],
    ['Brivane a signé en 2024 un contrat de maintenance avec Calvoria, valable jusqu’en 2030.', 'fr'],
    ['Ostrelle signed a supply agreement with Marwick Cells in 2025 that runs through 2034.', 'en'],
    ['Denholt agreed a licensing deal with Pyrecast in 2024, which lasts until 2031.', 'en'],
  ];
  for (const [text, lang] of old) it(text, () => expect(kinds(text, lang)).toEqual([]));
});

describe('a deal signed this week that runs for years is news', () => {
  const fresh: [string, 'fr' | 'en', string][] = [
    [
      'Brivane a signé mardi un contrat de maintenance avec Calvoria qui court jusqu’en 2035.',
      'fr',
      'agreement: Brivane | Calvoria',
    ],
    [
      'Ostrelle signed a supply agreement with Marwick Cells on Monday that runs through 2034.',
      'en',
      'agreement: Marwick Cells | Ostrelle',
    ],
    [
      'Denholt a conclu lundi avec Pyrecast un partenariat de distribution d’ici à 2030.',
      'fr',
      'agreement: Denholt | Pyrecast',
    ],
  ];
  for (const [text, lang, want] of fresh) it(text, () => expect(kinds(text, lang)).toEqual([want]));
});

/**
 * An owner named in an apposition with an adverb or a share before "owned by" / "détenu par" ("majority-owned
 * by", "60%-owned by", "détenu majoritairement par") is no side of the verb after it: the name the
 * apposition describes is. Counter-examples: the owner as the sentence's own subject stays the buyer.
 */
const sidesOf = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB)
    .filter((c) => c.kind === 'acquisition' || c.kind === 'agreement')
    .map((c) => `${c.kind}: ${[...c.parties].sort().join(' | ')}`);

describe('an owner inside an apposition is no side of the deal', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Merlande, détenu majoritairement par le fonds Ardian, a racheté mardi le spécialiste nantais Vorelis Industrie.',
      'fr',
      'acquisition: Merlande | Vorelis Industrie',
    ],
    [
      'Le groupe Quintaval, contrôlé indirectement par la famille Berthier et par Eurazeo, a signé lundi un accord de distribution avec Solvarre.',
      'fr',
      'agreement: Quintaval | Solvarre',
    ],
    [
      'Norvane, majority-owned by Castlebar Partners, has agreed to buy Pellrose Freight, the companies said on Monday.',
      'en',
      'acquisition: Norvane | Pellrose Freight',
    ],
    [
      'Tessaly Systems, the Lyon-listed software maker 60%-owned by Wendel, signed a five-year supply agreement with Orvanne Energy on Tuesday.',
      'en',
      'agreement: Orvanne Energy | Tessaly Systems',
    ],
    [
      'Brackwell, a Dutch payments firm wholly owned by Adyen, acquired the Belgian start-up Payvelde on Wednesday.',
      'en',
      'acquisition: Brackwell | Payvelde',
    ],
  ];
  for (const [text, lang, want] of cases) it(text, () => expect(sidesOf(text, lang)).toEqual([want]));
});

describe('the owner as the subject of the verb is still the buyer', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Ardian, qui détient majoritairement Merlande, a racheté mardi le spécialiste nantais Vorelis Industrie.',
      'fr',
      'acquisition: Ardian | Vorelis Industrie',
    ],
    [
      'Castlebar Partners, which already owns a majority of Norvane, has agreed to buy Pellrose Freight.',
      'en',
      'acquisition: Castlebar Partners | Pellrose Freight',
    ],
    [
      'Wendel, largely owned by its founding family, has agreed to buy Tessaly for €300m, the group said on Tuesday.',
      'en',
      'acquisition: Tessaly | Wendel',
    ],
  ];
  for (const [text, lang, want] of cases) it(text, () => expect(sidesOf(text, lang)).toEqual([want]));
});
