import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

/**
 * Round 14, cuts: a name's edges. A lowercase syllable after a hyphen ("Dai-ichi"), the Breton « c'h », an
 * "&" after letters that alone are no name ("S&P"), a word that is no name before a company's closing word
 * ("Here Technologies") stay inside the name; a decade, a class of shares and an officer apposed to
 * "X's chief executive" are no parties. Every sentence is invented for this file.
 */
const PUB = '2029-03-15';
const partiesOf = (claims: ReturnType<typeof claimsOf>) => claims.flatMap((c) => c.parties);

describe('a name runs on past punctuation that belongs to it', () => {
  it('« Kyo-mei Holdings »: a lowercase syllable after a hyphen, then a capitalised word', () => {
    const claims = claimsOf(
      "Valmorel Capital serait en discussions avec l'assureur japonais Kyo-mei Holdings en vue d'une alliance dans le crédit immobilier.",
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Valmorel Capital', 'Kyo-mei Holdings'])).toHaveLength(1);
  });

  it("« Ploumarc'h Marine »: the Breton c'h is one letter of the name", () => {
    const claims = claimsOf(
      "L'armateur Gwenvor a acquis 40 % du capital de Ploumarc'h Marine, spécialiste du remorquage, a annoncé mardi la société.",
      'fr',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Gwenvor', "Ploumarc'h Marine"])).toHaveLength(1);
  });

  it('"P&S Analytics": letters tied by "&" open the name', () => {
    const claims = claimsOf(
      'P&S Analytics has agreed to buy Bramcote Data, a Leeds-based provider of credit scores, for $210mn, the group said on Monday.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['P&S Analytics', 'Bramcote Data'])).toHaveLength(1);
  });

  it('"Here Technologies": a word that is no name opens one before a closing trade word', () => {
    const claims = claimsOf(
      'Ravelin Maps agreed to supply its traffic data to carmakers. Here Technologies, its main rival, declined to comment.',
      'en',
      PUB,
    );
    expect(claims.some((c) => c.kind === 'statement' && c.parties.includes('Here Technologies'))).toBe(true);
    expect(partiesOf(claims)).not.toContain('Technologies');
  });
});

describe('what is no party', () => {
  it('a decade ("since the 2010s") is no target', () => {
    const claims = claimsOf(
      'Kalborg is in talks to buy Vesterlund Sensors, people familiar with the matter said. A takeover would be Kalborg’s largest in the sensor business since the 2010s and would add a fast-growing product line.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Kalborg', 'Vesterlund Sensors'])).toHaveLength(1);
    expect(find(claims, 'acquisition', ['Kalborg', '2010s'])).toEqual([]);
  });

  it('"Class A shares" is a class of shares, not a company', () => {
    const claims = claimsOf("Northam Outfitters' Class A shares rose 3.4% on Monday in Toronto.", 'en', PUB);
    expect(partiesOf(claims)).not.toContain('Class');
  });

  it('"said Maja Lindqvist, Kalborg\'s chief executive" is an officer, not a party', () => {
    const claims = claimsOf(
      '"Vesterlund gives us the sensors our customers ask for," said Maja Lindqvist, Kalborg\'s chief executive, after Kalborg agreed to buy Vesterlund Sensors.',
      'en',
      PUB,
    );
    expect(partiesOf(claims)).not.toContain('Maja Lindqvist');
  });
});

describe('counter-examples: names still stop where they should', () => {
  it('"Paris-based Mistral AI": a modifier after a hyphen stays out of the name', () => {
    const claims = claimsOf(
      'Ardent Foods agreed to buy Lyon-based Corvelle Labs for €40m, the company said on Tuesday.',
      'en',
      PUB,
    );
    expect(find(claims, 'acquisition', ['Ardent Foods', 'Corvelle Labs'])).toHaveLength(1);
  });

  it('« Orange et SFR »: two names listed with « et » stay two', () => {
    const claims = claimsOf(
      'Orange et SFR ont signé un accord de mutualisation de leurs réseaux en zone rurale.',
      'fr',
      PUB,
    );
    expect(find(claims, 'agreement', ['Orange', 'SFR'])).toHaveLength(1);
  });

  it('"S&P 500": an index before its figure opens no name', () => {
    const claims = claimsOf(
      'Shares in Ardent Foods rose 3% on Monday while the S&P 500 fell 1.2%.',
      'en',
      PUB,
    );
    expect(claims.filter((c) => c.kind === 'share_move').flatMap((c) => c.parties)).toEqual(['Ardent Foods']);
  });

  it("\"Thales's\" possessive and « l'accord d'Atos » keep their names", () => {
    const en = claimsOf("Thales's shares rose 2.1% on Monday after the contract award.", 'en', PUB);
    expect(en.filter((c) => c.kind === 'share_move').flatMap((c) => c.parties)).toEqual(['Thales']);
    const fr = claimsOf(
      'Le Français Capgemini a signé un partenariat avec Kerlune Data, a annoncé le groupe.',
      'fr',
      PUB,
    );
    expect(find(fr, 'agreement', ['Capgemini', 'Kerlune Data'])).toHaveLength(1);
  });

  it('"The Group said": a determiner before a closing word opens no name', () => {
    const claims = claimsOf(
      'Ardent Foods agreed to buy Bramcote Bakeries. The Group said the deal would close in June.',
      'en',
      PUB,
    );
    expect(partiesOf(claims)).not.toContain('The Group');
  });
});
