import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Round 25, names: the fullest name the article gives an organisation the registry lacks, wherever the
 * article gives it (after a place's word, under a trade head, through a short form of a short form); a
 * house's head noun opens no person's name; registry facts (Trip.com Group, John Lewis).
 */
const PUB = '2028-03-10'; // a Friday

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  claimsOf(text, language, PUB)
    .filter((c) => c.kind === kind)
    .map((c) => [...c.parties].sort());

describe('a short form of a short form takes the fullest name', () => {
  it('"Pearl" leads to "Marlowe Pearl", itself short for "Marlowe Pearl Ferries"', () => {
    expect(
      of(
        'Marlowe Pearl Ferries today reported record revenue for the year. Its flagship, Pearl of Rhodes, has been certified to ISO 50001 by DNV. Marlowe Pearl said it had no plans to raise new equity.',
        'en',
        'certification',
      ),
    ).toEqual([['Marlowe Pearl Ferries']]);
  });
  it('counter-example: with no longer name, the short form stays as the article wrote it', () => {
    expect(
      of(
        'Marlowe Pearl today reported record revenue for the year. Its flagship, Pearl of Rhodes, has been certified to ISO 50001 by DNV. Marlowe Pearl said it had no plans to raise new equity.',
        'en',
        'certification',
      ),
    ).toEqual([['Marlowe Pearl']]);
  });
});

describe('after a place’s word, a name closed by a company’s word is the company’s full name', () => {
  it('« les sites de Corvadour Datacenters » then « Corvadour » is Corvadour Datacenters', () => {
    expect(
      of(
        'Orange hébergera son offre dans les sites de Corvadour Datacenters. Corvadour a par ailleurs annoncé mardi avoir obtenu la certification HDS pour son site de Tulle.',
        'fr',
        'certification',
      ),
    ).toEqual([['Corvadour Datacenters']]);
  });
  it('counter-example: a town after « les sites de » gives the company no longer name', () => {
    expect(
      of(
        'Orange hébergera son offre dans les sites de Corvadour Ouest. Corvadour a par ailleurs annoncé mardi avoir obtenu la certification HDS pour son site de Tulle.',
        'fr',
        'certification',
      ),
    ).toEqual([['Corvadour']]);
  });
});

describe('« la Confiturerie X »: a jam maker’s trade head opens its name', () => {
  it('« La Confiturerie Vaudrec change de dimension » then « un accord avec Vaudrec »', () => {
    expect(
      of(
        'La Confiturerie Vaudrec change de dimension. Ses recettes ont obtenu en février le label Rouge. Carrefour a signé un accord de distribution avec Vaudrec.',
        'fr',
        'agreement',
      ),
    ).toEqual([['Carrefour', 'Confiturerie Vaudrec']]);
  });
  it('counter-example: a common « confiturerie » in lowercase names no company', () => {
    expect(
      of(
        'La confiturerie de Vaudrec change de dimension. Carrefour a signé un accord de distribution avec Vaudrec.',
        'fr',
        'agreement',
      ),
    ).toEqual([['Carrefour', 'Vaudrec']]);
  });
});

describe('"Maison X, the chief executive of …": a house’s name is no person’s', () => {
  it('"30% of Maison Tervelle, the chief executive of the leather-goods house" keeps Maison Tervelle', () => {
    expect(
      of(
        'A business site reported that LVMH was negotiating to take 30% of Maison Tervelle, the chief executive of the leather-goods house said on Monday. Tervelle shares fell 6.2% on Wednesday.',
        'en',
        'share_move',
      ),
    ).toEqual([['Maison Tervelle']]);
  });
  it('counter-example: a person so apposed stays a person', () => {
    expect(
      of(
        'Shares in Tervelle fell 6.2% on Wednesday, said Anne Tervelle, the chief executive of the leather-goods house.',
        'en',
        'share_move',
      ),
    ).toEqual([['Tervelle']]);
  });
});

describe('registry facts', () => {
  it('Trip.com Group, also written Trip.com, is one company', () => {
    expect(
      of('Kelong Stays signed a distribution agreement with Trip.com Group on Tuesday.', 'en', 'agreement'),
    ).toEqual([['Kelong Stays', 'Trip.com Group']]);
    expect(
      of('Kelong Stays signed a distribution agreement with Trip.com on Tuesday.', 'en', 'agreement'),
    ).toEqual([['Kelong Stays', 'Trip.com Group']]);
  });
  it('John Lewis is the retailer, not a person', () => {
    expect(
      of(
        'Harrowby Home has signed a concession agreement with John Lewis to open shop-in-shops in ten stores.',
        'en',
        'agreement',
      ),
    ).toEqual([['Harrowby Home', 'John Lewis']]);
  });
});
