import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-of.ts';

/** Classes a third blind phrasebook showed the engine missing, written afresh with invented companies. */
const PUB = '2028-05-16'; // a Tuesday

const moves = (text: string, language: 'fr' | 'en') =>
  claimsOf(text, language, PUB)
    .filter((c) => c.kind === 'share_move')
    .map((c) => c.parties.join('|'));

describe('a market share told with a pronoun or an elliptical possessive is no share move', () => {
  it.each([
    [
      'La part de marché de Orange dans le mobile a progressé de deux points, tandis que celle de Iliad reculait de 0,8 %.',
      'fr',
    ],
    ['Les ventes de Vertaline ont bondi de 12 %, et celles de Korvane ont chuté de 3 %.', 'fr'],
    ['Le chiffre d’affaires de Talmeo a grimpé de 9 %, celui de Brunvel a cédé 2 %.', 'fr'],
    ["Microsoft's share of the European cloud market rose two points, while Oracle's slipped 1.2%.", 'en'],
    ["Tarrowby's revenue rose 8% in the quarter, while Morwent's fell 3%.", 'en'],
  ] as const)('%s', (text, language) => {
    expect(moves(text, language)).toEqual([]);
  });

  it.each([
    [
      'L’action Orange a progressé de 2 %, tandis que celle de Iliad reculait de 0,8 %.',
      'fr',
      ['Orange', 'Iliad'],
    ],
    ["Oracle's shares slipped 1.2% on Tuesday.", 'en', ['Oracle']],
    ['Shares of Oracle rose 3% on Tuesday.', 'en', ['Oracle']],
  ] as const)('a stock move stays: %s', (text, language, movers) => {
    expect(moves(text, language)).toEqual(movers);
  });
});

describe('two companies combining into one are an agreement', () => {
  const agreement = (text: string, language: 'fr' | 'en') =>
    claimsOf(text, language, PUB)
      .filter((c) => c.kind === 'agreement')
      .map((c) => [...c.parties].sort().join('|'));
  it.each([
    [
      'Vertaline et Korvane annoncent une fusion qui créera un leader européen des capteurs.',
      'fr',
      'Korvane|Vertaline',
    ],
    ['Les actionnaires de Talmeo ont approuvé mardi la fusion avec Brunvel.', 'fr', 'Brunvel|Talmeo'],
    [
      'Tarrowby Systems and Morwent Labs will combine in an all-stock transaction valuing the group at $2bn.',
      'en',
      'Morwent Labs|Tarrowby Systems',
    ],
    [
      'Galeworth Systems agreed to combine with Penrose Labs through a merger of equals.',
      'en',
      'Galeworth Systems|Penrose Labs',
    ],
  ] as const)('%s', (text, language, parties) => {
    expect(agreement(text, language)).toContain(parties);
  });
  it.each([
    ['Vertaline et Korvane ont approuvé la fusion des deux usines du groupe.', 'fr'],
    ['Tarrowby and Morwent combine speed with reliability in their new routers.', 'en'],
  ] as const)('no agreement: %s', (text, language) => {
    expect(agreement(text, language)).toEqual([]);
  });
});

describe('a parent named by its subsidiary is the stock that moved', () => {
  it.each([
    ['Le marché sanctionne Vivendi : la maison mère de Canal+ a cédé 2,8 % mardi.', 'Vivendi'],
    ['Coup dur pour Kering : la société mère de Gucci a perdu 4 % mardi à la Bourse de Paris.', 'Kering'],
  ])('%s', (text, mover) => {
    expect(moves(text, 'fr')).toEqual([mover]);
  });
});

describe('a later "and said … would" clause leaves a done deal confirmed', () => {
  const status = (text: string, language: 'fr' | 'en') =>
    claimsOf(text, language, PUB)
      .filter((c) => c.kind === 'acquisition' || c.kind === 'agreement')
      .map((c) => c.status);
  it.each([
    [
      'Galeworth Systems completed its purchase of Penrose Labs on Monday, and said the unit would keep its brand.',
      'en',
    ],
    [
      'Tarrowby Systems signed a supply agreement with Morwent Labs last week, and added that deliveries would start in June.',
      'en',
    ],
    [
      'Vertaline a finalisé lundi le rachat de Korvane Industries, et a précisé que la marque serait conservée.',
      'fr',
    ],
  ] as const)('%s', (text, language) => {
    expect(status(text, language)).toEqual(['confirmed']);
  });
  it('a reported plan stays a rumour', () => {
    expect(status('Galeworth Systems would buy Penrose Labs, a newspaper said.', 'en')).toEqual(['rumour']);
  });
});

describe('being "d’accord sur un point" is an opinion, not a deal', () => {
  const agreements = (text: string) => claimsOf(text, 'fr', PUB).filter((c) => c.kind === 'agreement');
  it.each([
    'Orange et Iliad sont au moins d’accord sur un point : le déploiement de la fibre doit accélérer.',
    'Vertaline et Korvane Industries restent d’accord sur le diagnostic, mais divergent sur les remèdes.',
    'Safran et Thales sont bien d’accord sur l’essentiel, ont répété leurs dirigeants.',
  ])('%s', (text) => {
    expect(agreements(text)).toEqual([]);
  });
  it('a deal agreed stays', () => {
    expect(agreements('Orange et Iliad ont signé un accord sur le partage de leurs antennes.').length).toBe(
      1,
    );
  });
});

describe('"Ni X ni Y n’ont répondu" is a no-comment by each company', () => {
  it.each([
    'Selon Les Echos, Vertaline serait en discussions avec Korvane Industries. Ni Vertaline ni Korvane Industries n’ont répondu à nos sollicitations.',
    'D’après La Tribune, Orange lorgnerait Iliad. Ni Orange ni Iliad n’ont donné suite à nos questions.',
  ])('%s', (text) => {
    const noComments = claimsOf(text, 'fr', PUB).filter(
      (c) => c.kind === 'statement' && c.stance === 'no_comment',
    );
    expect(noComments.length).toBe(2);
    expect(noComments.flatMap((c) => c.parties).some((p) => p.startsWith('Ni '))).toBe(false);
  });
});

describe('a company appointed distributor for another is in a distribution deal', () => {
  const agreement = (text: string) =>
    claimsOf(text, 'en', PUB)
      .filter((c) => c.kind === 'agreement')
      .map((c) => [...c.parties].sort().join('|'));
  it.each([
    [
      'Galeworth Systems has been appointed exclusive distributor in Spain and Portugal for Morwent, the data-platform maker.',
      'Galeworth Systems|Morwent',
    ],
    ['Orange was named the official reseller of Penrose Labs in Belgium.', 'Orange|Penrose Labs'],
    [
      'Tarrowby Systems has been selected as sole distributor for Samsung in Ireland.',
      'Samsung|Tarrowby Systems',
    ],
  ])('%s', (text, parties) => {
    expect(agreement(text)).toContain(parties);
  });
  it('a person named to a role is no deal', () => {
    expect(agreement('Orange named Anna Berg its new head of distribution for Europe.')).toEqual([]);
  });
});

describe('switching on a service is its launch', () => {
  const launches = (text: string) =>
    claimsOf(text, 'en', PUB)
      .filter((c) => c.kind === 'launch')
      .map((c) => c.parties.join('|'));
  it.each([
    [
      'Vodafone will switch on its satellite messaging service in Spain on June 3, the operator said.',
      'Vodafone',
    ],
    [
      'Galeworth Systems plans to switch on its sovereign cloud region in Lyon in October.',
      'Galeworth Systems',
    ],
  ])('%s', (text, party) => {
    expect(launches(text)).toEqual([party]);
  });
  it('switching on the lights is no launch', () => {
    expect(launches('Orange switched on the lights of its new Paris office on Monday.')).toEqual([]);
  });
});

describe('an unknown name coordinated with "le groupe X" is a company too', () => {
  const agreement = (text: string, language: 'fr' | 'en') =>
    claimsOf(text, language, PUB)
      .filter((c) => c.kind === 'agreement')
      .map((c) => [...c.parties].sort().join('|'));
  it.each([
    [
      'Ambrena et le groupe Bouygues Telecom annoncent l’extension de leur partenariat.',
      'fr',
      'Ambrena|Bouygues Telecom',
    ],
    ['Korvane et le groupe Orange ont signé un accord de distribution.', 'fr', 'Korvane|Orange'],
    ['Tarrowby and the group Vodafone signed a partnership on Monday.', 'en', 'Tarrowby|Vodafone'],
  ] as const)('%s', (text, language, parties) => {
    expect(agreement(text, language)).toContain(parties);
  });
});
