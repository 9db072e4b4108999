import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

/**
 * Round 23, launches: what is launched (order books opened, a second place coordinated with a launch's own, a test
 * named as a company's product), and what is no launch (an offer already on sale, a grid link or a pipeline entering
 * service, a contract maker's commercial batches, capacity held for a customer, a launch only in a condition).
 * Every sentence is invented for this file.
 */
const PUB = '2028-03-01';
const launches = (text: string, lang: 'fr' | 'en') =>
  claimsOf(text, lang, PUB)
    .filter((c) => c.kind === 'launch')
    .map((c) => ({
      parties: [...c.parties].sort(),
      date: c.kind === 'launch' ? c.eventDate : undefined,
      bound: c.kind === 'launch' ? c.bound : undefined,
    }));
const dates = (text: string, lang: 'fr' | 'en') => launches(text, lang).map((l) => l.date);

describe('an offer already on sale is no launch', () => {
  it('« grâce à ses capteurs déjà commercialisés »', () => {
    expect(
      launches(
        'Corvélis Santé vise une croissance de 40 % cette année, essentiellement grâce à ses capteurs déjà commercialisés.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('"thanks to its already available meters"', () => {
    expect(
      launches(
        'Brantwell Metering said its sales will rise this year, led by meters already available to utilities in May.',
        'en',
      ),
    ).toEqual([]);
  });

  it('counter-example: « sera déjà disponible en juin », an earlier launch still to come', () => {
    expect(
      dates('Corvélis Santé a indiqué que son capteur sera déjà disponible en juin 2028.', 'fr'),
    ).toEqual(['2028-06']);
  });
});

describe('a piece of infrastructure entering service is no launch', () => {
  it('"the interconnector would not be in service before 2033"', () => {
    expect(
      launches('Nordvolt Grid said the interconnector would not be in service before 2033.', 'en'),
    ).toEqual([]);
  });

  it('"the subsea cable to Scotland would be in service from 2031"', () => {
    expect(
      launches('Nordvolt Grid said the subsea cable to Scotland would be in service from 2031.', 'en'),
    ).toEqual([]);
  });

  it('counter-example: a cable television service that will be in service is an offer', () => {
    expect(
      dates(
        'Harwick Media said its new cable television service would be in service from September 2028.',
        'en',
      ),
    ).toEqual(['2028-09']);
  });
});

describe('a contract maker’s output and capacity are no launch', () => {
  it('"commercial volumes from the new plant … due to start operating in 2029"', () => {
    expect(
      launches(
        'The contract with Pellory Pharma covers clinical supply from this year and commercial volumes from the new plant in Aarwil, which is due to start operating in 2029.',
        'en',
      ),
    ).toEqual([]);
  });

  it('counter-example: "commercially available from 2029" is still a launch', () => {
    expect(dates('Pellory Pharma said the drug would be commercially available from 2029.', 'en')).toEqual([
      '2029',
    ]);
  });

  it('« la disponibilité de capacités dès 2028 »', () => {
    expect(
      launches(
        'Selon nos informations, le prix et la disponibilité de capacités dès 2028 ont fait pencher Lorvane Biologics.',
        'fr',
      ),
    ).toEqual([]);
  });

  it('"the availability of capacity from 2028"', () => {
    expect(
      launches('People familiar said the availability of capacity from 2028 swayed Lorvane Biologics.', 'en'),
    ).toEqual([]);
  });

  it('counter-example: « la disponibilité de l’offre dès juin »', () => {
    expect(dates('Lorvane Biologics a annoncé la disponibilité de son offre dès juin 2028.', 'fr')).toEqual([
      '2028-06',
    ]);
  });
});

describe('a launch only in a condition', () => {
  it('"…, should the drug be launched, larger volumes from this year"', () => {
    expect(
      launches(
        'Quenby Biologics will supply the enzyme from this year and, should the drug be launched, much larger volumes.',
        'en',
      ),
    ).toEqual([]);
  });

  it('counter-example: "If approved, the drug will be launched in May"', () => {
    expect(
      dates('Quenby Biologics said that, if approved, the drug would be launched in May 2028.', 'en'),
    ).toEqual(['2028-05']);
  });
});

describe('order books opened', () => {
  it('"expects to open order books for its platform in the second half of 2029"', () => {
    expect(
      launches(
        'Fjellnor Electrolysis expects to open order books for a 50-megawatt platform in the second half of 2029.',
        'en',
      ),
    ).toEqual([{ parties: ['Fjellnor Electrolysis'], date: '2029', bound: undefined }]);
  });

  it('counter-example: an order book that grew is no launch', () => {
    expect(
      launches('Fjellnor Electrolysis said its order book grew by a third in the second half of 2027.', 'en'),
    ).toEqual([]);
  });
});

describe('a second place coordinated with a launch', () => {
  it('"launch it in the US in 2029, and in Europe no earlier than 2030"', () => {
    expect(
      launches(
        'Halvorsen Therapeutics said it expected to launch the drug in the US in 2029, and in Europe no earlier than 2030.',
        'en',
      ),
    ).toEqual([
      { parties: ['Halvorsen Therapeutics'], date: '2029', bound: undefined },
      { parties: ['Halvorsen Therapeutics'], date: '2030', bound: 'not_before' },
    ]);
  });

  it('« aux États-Unis en 2029 et en Europe pas avant 2030 »', () => {
    expect(
      dates(
        'Valmorin Pharma lancera son traitement aux États-Unis en 2029 et en Europe pas avant 2030.',
        'fr',
      ),
    ).toEqual(['2029', '2030']);
  });

  it('counter-example: "and in Germany in 2029" with no launch in the sentence reads nothing', () => {
    expect(
      launches(
        'Halvorsen Therapeutics will launch the drug in May 2028. It opened offices in France in 2027, and in Germany in 2029.',
        'en',
      ).map((l) => l.date),
    ).toEqual(['2028-05']);
  });
});

describe('a test named as a company’s product', () => {
  it('« pour Ostelys, son test de dépistage » … « Ostelys sera commercialisé dès mai »: the maker launches', () => {
    expect(
      launches(
        'Brivane Diagnostics a obtenu le marquage CE pour Ostelys, son test de dépistage rapide. Ostelys sera commercialisé en France dès le mois de mai.',
        'fr',
      ).map((l) => l.parties),
    ).toEqual([['Brivane Diagnostics']]);
  });
});
