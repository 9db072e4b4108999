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

describe('a town before an English trade noun', () => {
  it('"the Munich carmaker" after a supplier placed in Graz is the other company; counter-example: "the Graz company"', () => {
    const lead =
      'Dornwald Axles, the Graz-based maker of gearboxes, said on Monday it had signed a supply agreement with BMW. It is the largest order in its history.\n';
    expect(of(`${lead}A spokesman for the Munich carmaker confirmed the award.`, 'en', 'statement')).toEqual([
      ['BMW'],
    ]);
    expect(of(`${lead}A spokesman for the Graz company confirmed the award.`, 'en', 'statement')).toEqual([
      ['Dornwald Axles'],
    ]);
  });
});

describe('a role after the source that opens the sentence', () => {
  it('« Selon La Lettre Tech, l’ESN discuterait du rachat de … » is the IT services group named before', () => {
    expect(
      of(
        'Sopra Steria a reculé de 1,2 %. Selon La Lettre Tech, l’ESN discuterait du rachat de Corvelle Data.',
        'fr',
        'acquisition',
      ),
    ).toEqual([['Corvelle Data', 'Sopra Steria']]);
  });
});

describe('places, nationalities and indices are no parties', () => {
  it('"And in Casablanca, X took 20% of Y": the town the sentence opens on is no buyer', () => {
    expect(
      of(
        'Velmora Auto has struck two deals this week. And in Casablanca, Velmora Auto took 20% of bus operator Chergui Mobility.',
        'en',
        'acquisition',
      ),
    ).toEqual([['Chergui Mobility', 'Velmora Auto']]);
  });

  it('"a Moroccan business weekly reported" adds no "Moroccan" to the denied venture', () => {
    expect(
      of(
        'Velmora Auto on Tuesday denied that it was preparing a joint venture with Tarsil Cathodes, four days after a Moroccan business weekly reported that the two companies were close to creating a venture called Kathora.\nThe report had described a 51:49 split in favour of the Moroccan partner.',
        'en',
        'agreement',
      ),
    ).toEqual([['Tarsil Cathodes', 'Velmora Auto']]);
  });

  it('"the MASI rose 0.8%" is an index move; counter-example: the company beside it moves', () => {
    expect(
      claimsOf('On the Casablanca bourse, the MASI rose 0.8% on Monday. Velmora Auto fell 2.1%.', 'en', PUB)
        .filter((c) => c.kind === 'share_move')
        .map((c) => c.parties),
    ).toEqual([['Velmora Auto']]);
  });
});

describe('outlets and authorities of the registry', () => {
  it('"Het Financieele Dagblad had reported … that the talks between X and Y" cites an outlet, no third side', () => {
    expect(
      of(
        'Het Financieele Dagblad had reported on Tuesday, citing two people close to the company, that the talks between Velmora and Dommerik Sensors were advanced.',
        'en',
        'agreement',
      ),
    ).toEqual([['Dommerik Sensors', 'Velmora']]);
  });
});

describe('a funding round’s letter ends its sentence', () => {
  it('« lors de sa série A. Sa présidente a indiqué … » is two sentences; counter-example: "J. Smith" stays one', () => {
    const launch = claimsOf(
      'Fondée en 2023, Quantelle emploie 40 personnes et avait levé 8 millions d’euros lors de sa série A. Sa présidente a indiqué que le premier processeur de la société ne serait pas commercialisé avant 2030.',
      'fr',
      PUB,
    ).filter((c) => c.kind === 'launch');
    expect(launch.map((c) => [c.parties, c.evidence.text.slice(0, 13)])).toEqual([
      [['Quantelle'], 'Sa présidente'],
    ]);
    const signed = claimsOf(
      'Velmora has signed a supply agreement with Dommerik Sensors, said J. Smith, its chief executive.',
      'en',
      PUB,
    ).filter((c) => c.kind === 'agreement');
    expect(signed.map((c) => c.evidence.text)).toEqual([
      'Velmora has signed a supply agreement with Dommerik Sensors, said J. Smith, its chief executive.',
    ]);
  });
});

describe('a company’s voice telling of its own trade', () => {
  it('"A spokeswoman for Intel … said the chipmaker would make wafers for X" is Intel, not the fund named before; counter-example: a grocer’s voice', () => {
    const lead = 'The round was led by Harbell Ventures, the Palo Alto fund. ';
    expect(
      of(
        `${lead}A spokeswoman for Intel confirmed the investment and said the chipmaker would also make wafers for Quantelle Systems under a multi-year foundry agreement.`,
        'en',
        'agreement',
      ),
    ).toEqual([['Intel', 'Quantelle Systems']]);
    expect(
      of(
        `${lead}A spokeswoman for Tesco confirmed the investment and said the chipmaker would also make wafers for Quantelle Systems under a multi-year foundry agreement.`,
        'en',
        'agreement',
      ).some((parties) => parties.includes('Tesco') && parties.length === 2),
    ).toBe(false);
  });
});
