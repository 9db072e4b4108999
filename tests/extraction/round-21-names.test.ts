import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** Round 21, names: legal forms, registry groups of thin sectors, passed-over suppliers, a group's brands. */
const PUB = '2028-03-10'; // a Friday

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  claimsOf(text, language, PUB)
    .filter((c) => c.kind === kind)
    .map((c) => [...c.parties].sort());

describe('a continental legal form after a name the article also writes alone', () => {
  it('"Torvalda Energía S.A." of a release that then writes "Torvalda Energía" is Torvalda Energía', () => {
    expect(
      of(
        'MADRID, 3 March 2028 – Torvalda Energía S.A. today announced that Brennic Power will acquire a 25% stake in the company. Torvalda Energía will use the proceeds to build two plants.',
        'en',
        'acquisition',
      ),
    ).toEqual([['Brennic Power', 'Torvalda Energía']]);
  });

  it('"Skarnholm Pumps AB", "Velcora Fluid SE" give way to the bare names; counter-example: a name only ever written with its SA keeps it', () => {
    expect(
      of(
        'Skarnholm Pumps AB has signed a distribution agreement with Velcora Fluid SE. Skarnholm Pumps will sell the pumps in Sweden, and Velcora Fluid said it expected sales of 20 million euros.',
        'en',
        'agreement',
      ),
    ).toEqual([['Skarnholm Pumps', 'Velcora Fluid']]);
    expect(
      of('Brennic Solar SA has signed a supply agreement with Dorvane Metals.', 'en', 'agreement'),
    ).toEqual([['Brennic Solar SA', 'Dorvane Metals']]);
  });
});

describe('registry groups of thin sectors', () => {
  it('a chip foundry, an Iberian oil group and a Korean carmaker under their press names', () => {
    expect(
      of('Halvane Sensors has signed a foundry agreement with GlobalFoundries Inc.', 'en', 'agreement'),
    ).toEqual([['GlobalFoundries', 'Halvane Sensors']]);
    expect(of('Galp Energia has agreed to buy Torlesa Solar.', 'en', 'acquisition')).toEqual([
      ['Galp', 'Torlesa Solar'],
    ]);
    expect(of('Kia Motors has signed a supply agreement with Vestrane Cells.', 'en', 'agreement')).toEqual([
      ['Kia', 'Vestrane Cells'],
    ]);
  });
});

describe('the supplier a company preferred to another', () => {
  it('« …, préféré à GlobalFoundries »: the passed-over foundry is no party; counter-example: « et GlobalFoundries »', () => {
    expect(
      of(
        'Vaunière Puces a signé un accord d’approvisionnement avec STMicroelectronics, préféré à GlobalFoundries.',
        'fr',
        'agreement',
      ),
    ).toEqual([['STMicroelectronics', 'Vaunière Puces']]);
    expect(
      of(
        'Vaunière Puces a signé un accord d’approvisionnement avec STMicroelectronics et GlobalFoundries.',
        'fr',
        'agreement',
      ),
    ).toEqual([['GlobalFoundries', 'STMicroelectronics', 'Vaunière Puces']]);
  });
});

describe('a group’s own brands listed before "models"', () => {
  it('"its Hyundai, Kia and Genesis models" adds no Kia; counter-example: "Peugeot, Fiat and Jeep models" still name Stellantis', () => {
    expect(
      of(
        'Hyundai has signed a licence agreement with Vormark Maps, and said the software would be fitted to its Hyundai, Kia and Genesis models from 2029.',
        'en',
        'agreement',
      ),
    ).toEqual([['Hyundai Motor Group', 'Vormark Maps']]);
    expect(
      of(
        'Lumvane Optics has signed a supply agreement under which it will provide sensors for several Peugeot, Fiat and Jeep models from 2030.',
        'en',
        'agreement',
      ),
    ).toEqual([['Lumvane Optics', 'Stellantis']]);
  });
});
