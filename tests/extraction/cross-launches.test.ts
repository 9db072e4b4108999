import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Classes of launch errors that recur across several tuned corpora (session 6, cross-corpus round on
 * launches), written afresh with invented companies.
 */
const PUB = '2029-05-09';

type Launch = Claim & { eventDate?: string; bound?: string };
const launches = (claims: Claim[]) => claims.filter((c) => c.kind === 'launch') as Launch[];
const summary = (claims: Claim[]) =>
  launches(claims).map(
    (c) => `${[...c.parties].sort().join('+')} ${c.eventDate ?? '-'}${c.bound ? ` ${c.bound}` : ''}`,
  );

describe('a date a past event governs (a signature, a report, a speech) is no launch date', () => {
  const none: [string, 'fr' | 'en'][] = [
    [
      'Harwick Insurance is growing fast. In March it signed a deal with Expedia to offer travel cover to customers in nine countries.',
      'en',
    ],
    [
      'Tolland Pay signed a distribution agreement with Worldpay in February, so their sales teams now offer our terminals to 900 banks.',
      'en',
    ],
    [
      'Its chairman, Ivo Brandt, told investors in April that the board of Kessling Foods was "open to any serious proposal".',
      'en',
    ],
    [
      'Nous avons signé en mars un accord de distribution avec Valdorne IA : ses modèles seront proposés sur notre cloud qualifié.',
      'fr',
    ],
    [
      "Brennock's gateway, which Selby Grid will deploy at customer sites, received ISO 27001 certification in January.",
      'en',
    ],
  ];
  it.each(none)('%s', (text, lang) => {
    expect(summary(claimsOf(text, lang, PUB))).toEqual([]);
  });

  const kept: [string, 'fr' | 'en', string][] = [
    [
      'Harwick Insurance said in March that it would launch the service in September.',
      'en',
      'Harwick Insurance 2029-09',
    ],
    [
      'Ravelin Data a annoncé en février que son offre serait disponible en octobre.',
      'fr',
      'Ravelin Data 2029-10',
    ],
    [
      'Tolland Pay signed a deal with Worldpay in February and will offer the terminals to retailers from July.',
      'en',
      'Tolland Pay 2029-07 not_before',
    ],
    [
      'Quarrel Labs said on Monday that from September its platform will be available to hospitals.',
      'en',
      'Quarrel Labs 2029-09 not_before',
    ],
  ];
  it.each(kept)('%s', (text, lang, expected) => {
    expect(summary(claimsOf(text, lang, PUB))).toEqual([expected]);
  });
});

describe('a product put on shelves, in stores or on sale is launched by its maker, not by the retailer', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Les Fermes Brévedent obtiennent le label bio. Les premiers œufs sous la marque Brévedent Plein Champ seront en rayon dès le 2 novembre dans 90 magasins Leclerc.',
      'fr',
      'Fermes Brévedent 2029-11-02',
    ],
    [
      'The snack maker Marchwood Snacks cut its sales forecast on Tuesday. The new crisps will be on Tesco shelves from October, the company said.',
      'en',
      'Marchwood Snacks 2029-10 not_before',
    ],
    [
      'Unilever plans to bring the new tea range to French supermarkets from September 2030.',
      'en',
      'Unilever 2030-09 not_before',
    ],
    [
      'La coopérative Terrelune a présenté mardi sa gamme de jus de pomme. Elle sera en vente chez les primeurs partenaires à partir du 1er juin.',
      'fr',
      'Terrelune 2029-06-01',
    ],
    [
      'Le groupe Danone a publié ses comptes. Sa nouvelle ligne de yaourts végétaux, attendue en magasin au printemps 2030, sera produite en Bretagne.',
      'fr',
      'Danone 2030',
    ],
  ];
  it.each(cases)('%s', (text, lang, expected) => {
    expect(summary(claimsOf(text, lang, PUB))).toEqual([expected]);
  });

  const none: [string, 'fr' | 'en'][] = [
    ['Les ventes en rayon de Carrefour ont reculé de 2 % au premier trimestre.', 'fr'],
    ['Walmart said its stores would be open on Sunday as usual.', 'en'],
    ['Le magasin de Lille sera en travaux jusqu’en mars.', 'fr'],
  ];
  it.each(none)('%s', (text, lang) => {
    expect(summary(claimsOf(text, lang, PUB))).toEqual([]);
  });
});

describe('an availability bounded by its first deliveries, its coming out or its expected date', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Tarnwell Defence will not deliver its first sonar buoys before 2032, the partners said.',
      'en',
      'Tarnwell Defence 2032 not_before',
    ],
    [
      'Embraer said on Tuesday that deliveries of the E3 freighter would not begin before 2031.',
      'en',
      'Embraer 2031 not_before',
    ],
    [
      'Ipsen said it did not expect the treatment to reach patients in France before 2033.',
      'en',
      'Ipsen 2033 not_before',
    ],
    [
      'Le studio lyonnais Brumaire Games a signé avec Ubisoft. Une version pour consoles de son jeu ne verra pas le jour avant 2031, a précisé le studio.',
      'fr',
      'Brumaire Games 2031 not_before',
    ],
    [
      "Le groupe Calverne a présenté jeudi sa feuille de route. La version qualifiée de son offre, réservée aux ministères, n'est pas attendue avant 2031.",
      'fr',
      'Calverne 2031 not_before',
    ],
  ];
  it.each(cases)('%s', (text, lang, expected) => {
    expect(summary(claimsOf(text, lang, PUB))).toEqual([expected]);
  });

  const none: [string, 'fr' | 'en'][] = [
    ['Calverne expects its revenue to reach €2bn before 2031.', 'en'],
    ['Les résultats de Calverne sont attendus en hausse avant la fin de l’année.', 'fr'],
    ['The certification clears the way for deliveries to start early next year, the broker wrote.', 'en'],
    ['La coentreprise de Morvane et Engie verra le jour avant l’été, a assuré son patron.', 'fr'],
  ];
  it.each(none)('%s', (text, lang) => {
    expect(summary(claimsOf(text, lang, PUB))).toEqual([]);
  });
});
