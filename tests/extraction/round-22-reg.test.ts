import { describe, expect, it } from 'vitest';
import { createEntityRegistry } from '../../src/entities/entity-registry.ts';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Round 22 (reg): the constituents of AEX/AMX, BEL 20, IBEX 35, PSI, OMXS30, OMXC25, OMXH25, OBX, ATX, ISEQ 20,
 * WIG20, PX, BUX and BET, the Tadawul, ADX and DFM largest, BIST 30 and the Gulf sovereign funds.
 */
const PUB = '2028-03-22'; // a Wednesday

const registry = createEntityRegistry();
const names = (text: string) => registry.findMentions(text).map((m) => m.entity.name);
const partiesOf = (claims: Claim[]) => claims.map((c) => `${c.kind}:${[...c.parties].sort().join('|')}`);
const named = (claims: Claim[]) => new Set(claims.flatMap((c) => c.parties));

describe('European index constituents resolve from the forms the press writes', () => {
  it.each([
    ['Svenska Handelsbanken, Swedbank, SSAB', ['Handelsbanken', 'Swedbank', 'SSAB']],
    ['Red Eléctrica, Redeia, Enagas', ['Redeia', 'Redeia', 'Enagás']],
    ['PKN Orlen, Pekao, PKO BP', ['Orlen', 'Bank Pekao', 'PKO Bank Polski']],
    ['a.s.r., NN Group, Royal Vopak', ['ASR Nederland', 'NN Group', 'Vopak']],
    ['Gedeon Richter, Petrom, Komercni banka', ['Gedeon Richter', 'OMV Petrom', 'Komerční banka']],
    ['Huhtamaki, Industrivarden, Var Energi', ['Huhtamäki', 'Industrivärden', 'Vår Energi']],
    ['Permanent TSB, Austrian Post, voestalpine', ['PTSB', 'Österreichische Post', 'Voestalpine']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('a longer registry name wins over the group a word of it names: Aker BP, Orange Polska, OMV Petrom', () => {
    expect(
      names(
        'Aker BP, PKO BP, Orange Polska, Santander Bank Polska, Magyar Telekom, Telekom Austria, Acciona Energía',
      ),
    ).toEqual([
      'Aker BP',
      'PKO Bank Polski',
      'Orange Polska',
      'Santander Bank Polska',
      'Magyar Telekom',
      'Telekom Austria',
      'Acciona Energía',
    ]);
    expect(names('OMV Petrom et OMV, BRD Groupe Société Générale et Société Générale')).toEqual([
      'OMV Petrom',
      'OMV',
      'BRD',
      'Société Générale',
    ]);
  });

  it('a newly known group is a party of its deal, its share move and its no-comment', () => {
    expect(
      partiesOf(
        claimsOf(
          'Svenska Handelsbanken has agreed to buy Norrvik Kapital, a Gothenburg asset manager. Handelsbanken said the deal would close in June.',
          'en',
          PUB,
        ),
      ),
    ).toContain('acquisition:Handelsbanken|Norrvik Kapital');
    const aker = claimsOf(
      'Aker BP a signé un contrat avec Grenvald Offshore pour forer trois puits en mer du Nord.',
      'fr',
      PUB,
    );
    expect(partiesOf(aker)).toContain('agreement:Aker BP|Grenvald Offshore');
    expect(named(aker).has('BP')).toBe(false);
    const moves = claimsOf('Shares in Genmab fell 4.2% on Tuesday. PKO BP declined to comment.', 'en', PUB);
    expect(partiesOf(moves)).toEqual(
      expect.arrayContaining(['share_move:Genmab', 'statement:PKO Bank Polski']),
    );
  });

  it('the short form the press writes after the full name is the same group ("Dalata Hotel Group … Dalata")', () => {
    const claims = claimsOf(
      'Dalata Hotel Group a signé un accord de franchise avec Corvenna Hospitality. Dalata n’a pas précisé le montant.',
      'fr',
      PUB,
    );
    expect(named(claims)).toEqual(new Set(['Dalata Hotel Group', 'Corvenna Hospitality']));
  });
});

describe('Gulf and Turkish groups and the Gulf sovereign funds', () => {
  it.each([
    ['Saudi Basic Industries, Maaden, Saudi Arabian Airlines', ['SABIC', "Ma'aden", 'Saudia']],
    [
      'Etisalat, Emaar, Aldar, DEWA',
      [
        'Emirates Telecommunications Group',
        'Emaar Properties',
        'Aldar Properties',
        'Dubai Electricity and Water Authority',
      ],
    ],
    [
      'Qatar Petroleum, Ooredoo, KFH, NBK',
      ['QatarEnergy', 'Ooredoo', 'Kuwait Finance House', 'National Bank of Kuwait'],
    ],
    [
      'Koc Holding, Isbank, Yapi Kredi, Tupras, Sisecam',
      ['Koç Holding', 'Türkiye İş Bankası', 'Yapı Kredi', 'Tüpraş', 'Şişecam'],
    ],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('a longer registry name wins over the group a word of it names: Garanti BBVA, Ford Otosan, ADNOC Gas', () => {
    expect(names('Garanti BBVA, Ford Otosan, Türk Telekom, ADNOC Gas, ADNOC')).toEqual([
      'Garanti BBVA',
      'Ford Otosan',
      'Türk Telekom',
      'ADNOC Gas',
      'ADNOC',
    ]);
  });

  it('a sovereign fund is the buyer of its stake, a Turkish lender of its deal', () => {
    const adia = claimsOf(
      'Le fonds souverain ADIA a pris une participation de 10 % dans Solvaig Infra, selon des sources proches du dossier.',
      'fr',
      PUB,
    );
    expect(partiesOf(adia)).toContain('acquisition:Abu Dhabi Investment Authority|Solvaig Infra');
    expect(
      partiesOf(claimsOf('Garanti BBVA has agreed to buy Velmora Leasing, an Istanbul lessor.', 'en', PUB)),
    ).toContain('acquisition:Garanti BBVA|Velmora Leasing');
  });
});

describe('counter-examples: forms left out of the registry stay no party', () => {
  it('a common word, a German word or a place stays a word: Evolution, Hexagon, Verbund, Trelleborg', () => {
    expect(
      names('Evolution, Hexagon, the Verbund site, Frontline staff, Trelleborg harbour and Kalmar county'),
    ).toEqual([]);
    expect(
      names('the United Arab Emirates, E&P spending, a KIA fund, prêt garanti, Pegasus spyware'),
    ).toEqual(['Kia']);
  });

  it('another body’s acronym stays its own: the French PGE, the ISS, AIB-Vinçotte, a Swiss LPP', () => {
    expect(names('un PGE, la ISS, AIB-Vinçotte, la LPP, une SCA')).toEqual([]);
    const claims = claimsOf(
      'Corvelle Spatial a obtenu la certification EN 9100 délivrée par AIB-Vinçotte.',
      'fr',
      PUB,
    );
    expect([...named(claims)].some((p) => /Allied Irish/.test(p))).toBe(false);
  });
});
