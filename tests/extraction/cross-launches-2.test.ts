import { describe, expect, it } from 'vitest';
import type { Claim, LaunchClaim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** Launch classes found in three or more corpora (second cross-corpus round), written afresh. */
const launches = (claims: Claim[]) => claims.filter((c): c is LaunchClaim => c.kind === 'launch');
const one = (text: string, language: 'fr' | 'en', published: string) => {
  const found = launches(claimsOf(text, language, published));
  expect(found.length).toBe(1);
  return found[0] as LaunchClaim;
};

describe('a half-year or a quarter without a year is the publication year, the next once over', () => {
  const cases: [string, 'fr' | 'en', string, string, string][] = [
    ['Brenvaux lancera sa caisse connectée au second semestre.', 'fr', '2030-03-10', 'Brenvaux', '2030'],
    [
      'Le logiciel de paie de Tervalis sera commercialisé au troisième trimestre, a indiqué l’éditeur.',
      'fr',
      '2030-02-18',
      'Tervalis',
      '2030',
    ],
    ['Halsworth will launch its freight app in the third quarter.', 'en', '2030-05-06', 'Halsworth', '2030'],
    [
      'Merrowdale said its booking platform would be available from the second half, starting in Spain.',
      'en',
      '2030-01-21',
      'Merrowdale',
      '2030',
    ],
    ['Ostrava Pay will launch its card in the first quarter.', 'en', '2030-10-02', 'Ostrava Pay', '2031'],
  ];
  for (const [text, lang, published, party, date] of cases)
    it(text, () => {
      const c = one(text, lang, published);
      expect(c.parties).toEqual([party]);
      expect(c.eventDate).toBe(date);
    });

  it('a year written after the period stays that year', () => {
    const c = one('Brenvaux lancera sa caisse connectée au second semestre 2032.', 'fr', '2030-03-10');
    expect(c.eventDate).toBe('2032');
  });

  const none: [string, 'fr' | 'en'][] = [
    [
      'Halsworth said it expected the purchase of Corrib Foods to close in the third quarter, subject to approval.',
      'en',
    ],
    ['L’opération doit être finalisée au second semestre, a précisé Tervalis.', 'fr'],
    ['Revenue at Halsworth grew 8% in the third quarter, the company said.', 'en'],
  ];
  for (const [text, lang] of none)
    it(`no launch: ${text}`, () => expect(launches(claimsOf(text, lang, '2030-03-10'))).toEqual([]));
});

describe('a product named in the subject with its maker in apposition is the maker’s', () => {
  const cases: [string, 'fr' | 'en', string, string][] = [
    [
      'Tidewell, the metering platform developed by Bransford Utilities, goes live for business customers in 2031.',
      'en',
      'Bransford Utilities',
      '2031',
    ],
    [
      'Brisk, the payroll platform developed by Hallam Data, goes live in April.',
      'en',
      'Hallam Data',
      '2030-04',
    ],
    [
      'Lexora, l’assistant juridique conçu par la legaltech Corbenac, sera disponible en septembre pour les notaires.',
      'fr',
      'Corbenac',
      '2030-09',
    ],
  ];
  for (const [text, lang, party, date] of cases)
    it(text, () => {
      const c = one(text, lang, '2030-03-04');
      expect(c.parties).toEqual([party]);
      expect(c.eventDate).toBe(date);
    });

  it('a maker told of in an apposition with no launch gives no launch', () => {
    const text =
      'Tidewell, the metering platform developed by Bransford Utilities, won an industry award in 2029.';
    expect(launches(claimsOf(text, 'en', '2030-03-04'))).toEqual([]);
  });
});

describe('a game given its title is its studio’s, and studios named "… Games" stay companies', () => {
  it('« Le jeu, baptisé X, sortira … a précisé le studio »: the studio the article named', () => {
    const text =
      'Le studio nantais Brumevent a signé un accord d’édition avec Ubisoft. L’éditeur prend aussi 10 % du capital du studio. ' +
      'Le jeu, baptisé Marées Lentes, sortira le 12 novembre 2030 sur consoles, a précisé le studio.';
    const found = launches(claimsOf(text, 'fr', '2030-02-14'));
    expect(found.map((c) => [c.parties, c.eventDate])).toEqual([[['Brumevent'], '2030-11-12']]);
  });

  it('"the game, called X, will be released": a studio named "… Games" releases it', () => {
    const text =
      'Tallow Hill Games signed a publishing deal with Sega. The game, called Hollow Tide, will be released on 4 June on PC.';
    const found = launches(claimsOf(text, 'en', '2030-02-14'));
    expect(found.map((c) => c.parties)).toEqual([['Tallow Hill Games']]);
  });
});

describe('a one-word model right after a known maker is the maker’s product', () => {
  it('« la citadine électrique Renault Zélia, dont la commercialisation débutera »: the carmaker', () => {
    const text =
      'Les cellules équiperont la citadine électrique Renault Ombre, dont la commercialisation débutera en mai 2031.';
    const found = launches(claimsOf(text, 'fr', '2030-02-14'));
    expect(found.map((c) => [c.parties, c.eventDate])).toEqual([[['Renault'], '2031-05']]);
  });
});

describe('plants, production and targets are no launch', () => {
  const none: [string, 'fr' | 'en'][] = [
    [
      'Arvenne Cyber a réalisé un chiffre d’affaires de 30 millions d’euros et vise l’équilibre opérationnel dès cette année.',
      'fr',
    ],
    [
      'Kestrel Water loses a tenth of the water it treats before it reaches customers and has set a goal of halving those losses by 2035.',
      'en',
    ],
    [
      'Corlan Mining will own 60% of the project, and commercial production is expected to begin in 2032.',
      'en',
    ],
    ['Minerva Lithium prévoit que la production commerciale sera lancée en 2032.', 'fr'],
    [
      'Vaudrec Horlogerie investira 12 millions d’euros dans un nouvel atelier à Morez, dont la mise en service est prévue en 2031.',
      'fr',
    ],
    ['Orbisat, which has 80 satellites in orbit, plans to launch another 120 by the end of 2030.', 'en'],
  ];
  for (const [text, lang] of none)
    it(`no launch: ${text}`, () => expect(launches(claimsOf(text, lang, '2030-03-10'))).toEqual([]));

  it('an offer sold by a company that also names its workshops is still a launch', () => {
    const text =
      'Gravant Industrie compte sur ses deux ateliers : ils proposeront dès mars 2031 une offre de pièces prêtes à monter.';
    expect(launches(claimsOf(text, 'fr', '2030-03-10')).map((c) => c.eventDate)).toEqual(['2031-03']);
  });
});

describe('a financial offer is no offer to customers', () => {
  const none: [string, 'fr' | 'en'][] = [
    ['Le laboratoire Sérvial proposera 38 euros par action aux actionnaires de Pelvane en 2031.', 'fr'],
    ['L’offre de Sérvial sur Pelvane sera ouverte du 3 au 28 novembre.', 'fr'],
    ['Halvard said its tender offer will be open from November 3 to November 28.', 'en'],
  ];
  for (const [text, lang] of none)
    it(`no launch: ${text}`, () =>
      expect(launches(claimsOf(text, lang, '2030-10-10')).map((c) => c.eventDate)).toEqual([]));

  it('an offer opened to customers in a month is still a launch', () => {
    const text = 'L’offre de fibre de Sérvial sera ouverte aux particuliers en novembre 2030.';
    expect(launches(claimsOf(text, 'fr', '2030-10-10')).map((c) => c.eventDate)).toEqual(['2030-11']);
  });
});

describe('a relative on the venture just named launches as the venture', () => {
  const cases: [string, 'fr' | 'en', string, string][] = [
    [
      'Veolia et Aquaris ont créé lundi Hydrelia, une coentreprise détenue à parts égales, qui commercialisera ses premiers contrats à partir de juin 2031.',
      'fr',
      'Hydrelia',
      '2031-06',
    ],
    [
      'Sorrel Energy and Pike Grid have set up Lumen Charge, a joint venture owned 70% by Sorrel Energy, which will launch its charging service for hauliers in March 2031.',
      'en',
      'Lumen Charge',
      '2031-03',
    ],
  ];
  for (const [text, lang, party, date] of cases)
    it(text, () => {
      const c = one(text, lang, '2030-03-04');
      expect([c.parties, c.eventDate, c.alliance]).toEqual([[party], date, party]);
    });
});

describe('a head office told of in a relative does not make the company a site', () => {
  const cases: [string, 'fr' | 'en', string][] = [
    [
      'Bérylis, dont le siège sera installé à Nantes, proposera à partir de mars 2031 des contrats de fourniture de chaleur.',
      'fr',
      'Bérylis',
    ],
    [
      'Corvia Heat, whose headquarters will be in Leeds, will launch its heat service for councils in March 2031.',
      'en',
      'Corvia Heat',
    ],
  ];
  for (const [text, lang, party] of cases)
    it(text, () => expect(one(text, lang, '2030-03-04').parties).toEqual([party]));

  it('a plant put into service is still no launch', () => {
    const text = 'Bérylis Énergie construira une usine dont la mise en service est prévue en 2031.';
    expect(launches(claimsOf(text, 'fr', '2030-03-04'))).toEqual([]);
  });
});
