import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf, partiesAndStatus } from './claims-of.ts';

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind'], title?: string) =>
  partiesAndStatus(claimsOf(text, language, '2028-11-13', title), kind);

describe('a foreign particle or "and" written in lower case stays inside a company name', () => {
  it('keeps a Spanish "del" name whole in an English acquisition', () => {
    expect(
      of(
        'Corvane Infra agreed on Monday to buy 40% of Puertos del Levante Norte for €300 million.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Corvane Infra', 'Puertos del Levante Norte'], status: 'confirmed' }]);
  });

  it('keeps a Spanish "del" name whole as a French share move’s party', () => {
    expect(
      of('Le titre Carreteras del Sierral a bondi de 9,2 % mardi à Mexico.', 'fr', 'share_move'),
    ).toEqual([{ parties: ['Carreteras del Sierral'], status: 'confirmed' }]);
  });

  it('keeps an Italian "e" between two capitalised words of one name', () => {
    expect(
      of(
        'Banca Risparmi e Depositi is considering buying a 15% stake in Torrelli Reti, people familiar with the matter said.',
        'en',
        'acquisition',
      ),
    ).toEqual([{ parties: ['Banca Risparmi e Depositi', 'Torrelli Reti'], status: 'rumour' }]);
  });

  it('keeps a Portuguese "do" and a Spanish "de los" inside names', () => {
    expect(
      of('Caixa Fidelis do Minho agreed to buy Banco de los Páramos for €90 million.', 'en', 'acquisition'),
    ).toEqual([{ parties: ['Banco de los Páramos', 'Caixa Fidelis do Minho'], status: 'confirmed' }]);
  });

  it('counter-example: "y" between two names that each carry their own particle lists two companies', () => {
    const deals = of(
      'Corvane Infra agreed on Monday to buy Puertos del Levante y Carreteras del Sierral for €500 million.',
      'en',
      'acquisition',
    );
    expect(deals.some((d) => d.parties.includes('Puertos del Levante y Carreteras del Sierral'))).toBe(false);
    expect(deals.some((d) => d.parties.includes('Puertos del Levante'))).toBe(true);
  });

  it('counter-example: English "do" after an auxiliary is the verb, not a Portuguese particle', () => {
    const deals = of(
      'Would Marlowe do Business with Fenwick Tools? Marlowe agreed to buy Fenwick Tools for £40m.',
      'en',
      'acquisition',
    );
    expect(deals).toEqual([{ parties: ['Fenwick Tools', 'Marlowe'], status: 'confirmed' }]);
  });

  it('counter-example: a registry company after "da" is not swallowed into the name before it', () => {
    const deals = of('Trevani da Thales: Trevani Holding agreed to buy Orlan Systems.', 'en', 'acquisition');
    expect(deals).toEqual([{ parties: ['Orlan Systems', 'Trevani Holding'], status: 'confirmed' }]);
  });
});

describe('a public body whose name opens on "Federal" or holds a lowercase noun between two links', () => {
  it('keeps "Federal" in a ministry’s name', () => {
    expect(
      of("Austria's Federal Ministry of Transport declined to comment on the talks.", 'en', 'statement'),
    ).toEqual([{ parties: ['Federal Ministry of Transport'], status: 'rumour' }]);
  });

  it('counter-example: a ministry the text names without "Federal" keeps its name', () => {
    expect(
      of("Britain's Ministry of Transport declined to comment on the talks.", 'en', 'statement'),
    ).toEqual([{ parties: ['Ministry of Transport'], status: 'rumour' }]);
  });

  it('reads « Agence des participations de l’État » whole as a bidder in an English sentence', () => {
    expect(
      of(
        "The Agence des participations de l'État agreed on Monday to buy 20% of Lormel Industries.",
        'en',
        'acquisition',
      ),
    ).toEqual([
      { parties: ["Agence des participations de l'État", 'Lormel Industries'], status: 'confirmed' },
    ]);
  });

  it('counter-example: a lowercase noun with no capitalised complement names no body', () => {
    const deals = of(
      "L'Agence des participations a lancé un audit ; Varnet Capital a racheté Lormel Industries.",
      'fr',
      'acquisition',
    );
    expect(deals).toEqual([{ parties: ['Lormel Industries', 'Varnet Capital'], status: 'confirmed' }]);
  });
});

describe('a foreign name’s initials skip its particles and conjunctions', () => {
  it('reads a later acronym as the name it spells without its "e"', () => {
    expect(
      of(
        'Cassa Risparmi e Depositi is considering buying a 15% stake in Torrelli Reti, people familiar with the matter said. CRD declined to comment.',
        'en',
        'statement',
      ),
    ).toEqual([{ parties: ['Cassa Risparmi e Depositi'], status: 'rumour' }]);
  });

  it('counter-example: an acronym that spells no name of the article stays as written', () => {
    expect(
      of(
        'Cassa Risparmi e Depositi is considering buying a 15% stake in Torrelli Reti, people familiar with the matter said. BKT declined to comment.',
        'en',
        'statement',
      ),
    ).toEqual([{ parties: ['BKT'], status: 'rumour' }]);
  });
});
