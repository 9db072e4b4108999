import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, find } from './claims-of.ts';

/**
 * Agreements, session 8: talks whose object is a company are about buying it, never an agreement between the
 * talkers (blind-16, blind-30, blind-31, blind-32). Invented companies and wordings.
 */
const PUB = '2031-04-15';

const agreements = (claims: Claim[]) => claims.filter((c) => c.kind === 'agreement');

describe('talks about a company (a stake in it, its sale, an investor for it) are no agreement', () => {
  const none: [string, 'fr' | 'en'][] = [
    [
      '“We are not in negotiations about buying a stake in Harwick Foods,” a Brenmoor Capital spokesman said on Tuesday.',
      'en',
    ],
    [
      'Calloway Bank is in talks with Pentland Capital regarding Merrow Insurance, people familiar with the matter said.',
      'en',
    ],
    ['Osterfield Group is in early talks over the Leeds start-up, according to Sky News.', 'en'],
    [
      '« Il n’y a ni discussion ni intérêt pour Banque Corvalis », a indiqué jeudi un porte-parole de Vautrin Finance.',
      'fr',
    ],
    [
      'Vautrin Finance a exclu toute négociation, et les analystes attendent depuis longtemps l’arrivée d’un investisseur pour Corvalis Assurances.',
      'fr',
    ],
  ];
  for (const [text, lang] of none)
    it(text.slice(0, 60), () => expect(agreements(claimsOf(text, lang, PUB))).toEqual([]));

  it('the buyer’s denial of stake talks stays an acquisition denied', () => {
    const claims = claimsOf(
      '“We are not in negotiations about buying a stake in Harwick Foods,” a Brenmoor Capital spokesman said on Tuesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Brenmoor Capital', 'Harwick Foods'])[0]?.status).toBe('denied');
  });
});

describe('talks about a deal, or money put into a talker, are unchanged', () => {
  const kept: [string, 'fr' | 'en', string[]][] = [
    [
      'Orange is in talks with Capgemini about a cloud partnership, people familiar with the matter said.',
      'en',
      ['Orange', 'Capgemini'],
    ],
    [
      'Thales serait en négociations avec Safran au sujet d’une coentreprise dans l’optronique.',
      'fr',
      ['Thales', 'Safran'],
    ],
    [
      'Varden Group and Holloway Rail are in talks about a new company to run the line, the Financial Times reported.',
      'en',
      ['Varden Group', 'Holloway Rail'],
    ],
  ];
  for (const [text, lang, parties] of kept)
    it(text.slice(0, 60), () => {
      const claims = claimsOf(text, lang, PUB);
      expect(find(claims, 'agreement', parties)[0]?.status).toBe('rumour');
    });

  it('an investment asked about is the investor’s purchase, denied', () => {
    const claims = claimsOf(
      '"There is no deal, and there are no talks," a Nvidia spokesperson said when asked about a possible investment in Cinderfield AI.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Nvidia', 'Cinderfield AI'])[0]?.status).toBe('denied');
    expect(agreements(claims)).toEqual([]);
  });
});
