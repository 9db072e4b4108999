import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/** Round 22, names: places and indices read as parties, a company's board, founders and officers, an investment arm. */
const PUB = '2028-03-10'; // a Friday

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  claimsOf(text, language, PUB)
    .filter((c) => c.kind === kind)
    .map((c) => [...c.parties].sort());

describe('a province or a region before a trade noun is no party', () => {
  it('"the Quebec junior signed with Trafigura": no party named Quebec; counter-example: the junior named', () => {
    expect(
      of(
        'The offtake the Quebec junior signed with Trafigura last week gives it a route to the sea.',
        'en',
        'agreement',
      )
        .flat()
        .includes('Quebec'),
    ).toBe(false);
    expect(
      of('Brisval Lithium signed an offtake agreement with Trafigura last week.', 'en', 'agreement'),
    ).toEqual([['Brisval Lithium', 'Trafigura']]);
  });
});

describe('a market index named beside others is no listed company', () => {
  it('« le LuxX cède 0,5 % » gives no share move; counter-example: a company between two indices keeps its own', () => {
    expect(
      of(
        'Le BEL 20 termine en baisse de 0,7 %, le LuxX cède 0,5 % et l’indice Stoxx Europe 600 des banques abandonne 1,6 %.',
        'fr',
        'share_move',
      ),
    ).toEqual([]);
    expect(
      of('Le BEL 20 termine en baisse de 0,7 %, tandis que Dorvane Pay cède 2,5 %.', 'fr', 'share_move'),
    ).toEqual([['Dorvane Pay']]);
  });
});

describe('the board of a company speaks for it', () => {
  it('"The Board confirms that Corlwood has not received any approach": Corlwood denies, no party named Board', () => {
    const text =
      'The Board confirms that Corlwood has not received any approach from Aviva and that it is not in discussions with Aviva regarding an offer for the Company.';
    expect(of(text, 'en', 'acquisition')).toEqual([['Aviva', 'Corlwood']]);
    expect(of(text, 'en', 'statement')).toEqual([['Corlwood']]);
  });
});

describe('a founder named with the founding year is a person', () => {
  it('« Fondée en 2024 par Nora Warnier, Dalbrec ouvrira … »: Dalbrec launches; counter-example: a founding company', () => {
    expect(
      of(
        'Fondée en 2024 par Nora Warnier, passée par un grand groupe sidérurgique, Dalbrec ouvrira ses comptes aux entreprises le 3 avril.',
        'fr',
        'launch',
      ),
    ).toEqual([['Dalbrec']]);
    expect(
      of(
        'Fondée en 2024 par Lise Warnier, Dalbrec ouvrira ses comptes aux entreprises le 3 avril.',
        'fr',
        'launch',
      ),
    ).toEqual([['Dalbrec']]);
  });
});

describe('an officer whose surname opens on a particle', () => {
  it('« la directrice générale du Kervignac, Annaïg Le Gouric, n’a ni confirmé ni démenti »: no party Annaïg', () => {
    const parties = claimsOf(
      'Selon nos informations, Mutuelle Dorvane discuterait avec la Mutuelle du Kervignac d’un rapprochement. À Vannes, la directrice générale du Kervignac, Annaïg Le Gouric, n’a ni confirmé ni démenti.',
      'fr',
      PUB,
    ).flatMap((c) => c.parties);
    expect(parties.some((p) => p.startsWith('Annaïg'))).toBe(false);
  });

  it('counter-example: a one-word company before « Le » with no officer title stays a party', () => {
    expect(
      of('Kerbrat Le Mans a signé un accord de distribution avec Velmor.', 'fr', 'agreement').length,
    ).toBe(1);
  });
});

describe('an investment arm in apposition, its owner named after it', () => {
  it('« Velmor Capital, le bras d’investissement du Crédit Mutuel Arkéa, a pris 18 % de Dornic »: the arm buys', () => {
    expect(
      of(
        'Dans la foulée, Velmor Capital, le bras d’investissement du Crédit Mutuel Arkéa, a pris une participation de 18 % dans Dornic.',
        'fr',
        'acquisition',
      ),
    ).toEqual([['Dornic', 'Velmor Capital']]);
  });

  it('counter-example: the owner named alone as the buyer stays the buyer', () => {
    expect(
      of('Le Crédit Mutuel Arkéa a pris une participation de 18 % dans Dornic.', 'fr', 'acquisition'),
    ).toEqual([['Crédit Mutuel Arkéa', 'Dornic']]);
  });
});

describe('registry names of banks, traders and port operators', () => {
  it('"Banque Internationale à Luxembourg (BIL)", « le Fonds de solidarité FTQ », « le groupe de Baar »', () => {
    expect(
      of(
        'Tarnveld Pay has entered into a partnership with Banque Internationale à Luxembourg (BIL).',
        'en',
        'agreement',
      ),
    ).toEqual([['Banque Internationale à Luxembourg', 'Tarnveld Pay']]);
    expect(
      of(
        'Le Fonds de solidarité FTQ, qui détient 9 % du capital de Dorvane, n’a pas souhaité commenter.',
        'fr',
        'statement',
      ),
    ).toEqual([['Fonds de solidarité FTQ']]);
    expect(of('Le groupe de Baar n’a pas souhaité commenter.', 'fr', 'statement')).toEqual([['Glencore']]);
  });
});

describe('a standard’s title spelled by its acronym is no organisation', () => {
  it('« le protocole Vers le développement minier durable (VDMD) » names no party; counter-example: « la Compagnie nationale du Rhône (CNR) »', () => {
    const parties = claimsOf(
      'Graphite Vallière vise l’attestation du protocole Vers le développement minier durable (VDMD) de l’Association minière du Canada. Le constructeur General Motors n’est pas partie à l’entente, a précisé Graphite Vallière.',
      'fr',
      PUB,
    ).flatMap((c) => c.parties);
    expect(parties.some((p) => p.startsWith('Vers'))).toBe(false);
    expect(
      of('La Compagnie nationale du Rhône (CNR) a signé un accord avec Velmor.', 'fr', 'agreement'),
    ).toEqual([['Compagnie nationale du Rhône', 'Velmor']]);
  });
});

describe('a registry name that is a person’s surname', () => {
  it('"chief executive Emily Ford said", « M. Michelin »: no party Ford or Michelin; counter-example: Ford itself', () => {
    expect(
      of(
        'Velmor Systems has signed a supply agreement with Dorvane, chief executive Emily Ford said on Monday.',
        'en',
        'agreement',
      ),
    ).toEqual([['Dorvane', 'Velmor Systems']]);
    expect(
      of(
        'Velmor a signé un accord avec Dorvane, a indiqué M. Michelin, directeur général de Velmor.',
        'fr',
        'agreement',
      ),
    ).toEqual([['Dorvane', 'Velmor']]);
    expect(of('Velmor has signed a supply agreement with Ford.', 'en', 'agreement')).toEqual([
      ['Ford', 'Velmor'],
    ]);
  });
});
