import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { claimsOf } from './claims-of.ts';

/**
 * Round 23, names: a head noun alone for a registry organisation, a rival named by its rival, a land's name on a
 * company's name, lowercase adjectives inside a name, the shares of a company bought, registry facts.
 */
const PUB = '2028-03-10'; // a Friday

const of = (text: string, language: 'fr' | 'en', kind: Claim['kind']) =>
  claimsOf(text, language, PUB)
    .filter((c) => c.kind === kind)
    .map((c) => [...c.parties].sort());

describe('« le Fonds », « la Caisse » after the registry name opening on that head noun', () => {
  it('« Le Fonds n’a pas voulu commenter » after the Fonds de solidarité FTQ; counter-example: two such names', () => {
    expect(
      of(
        'Le Fonds de solidarité FTQ prendrait 15 % de Brasval Énergie. Le Fonds n’a pas voulu commenter.',
        'fr',
        'statement',
      ),
    ).toEqual([['Fonds de solidarité FTQ']]);
    // Two registry names on « Caisse »: « la Caisse » names neither.
    expect(
      of(
        'La Caisse des Dépôts et la Caisse de dépôt et placement du Québec investissent dans Brasval Énergie. La Caisse n’a pas voulu commenter.',
        'fr',
        'statement',
      )
        .flat()
        .some((p) => p.startsWith('Caisse d')),
    ).toBe(false);
  });
});

describe('the rival of a company is not that company', () => {
  it('« Le concurrent de Caldrys n’a pas donné suite »: no statement of Caldrys; counter-example: its spokesman', () => {
    expect(
      of(
        'Caldrys a racheté Vermont Eaux pour 40 millions d’euros. Le concurrent de Caldrys n’a pas donné suite à nos questions.',
        'fr',
        'statement',
      ),
    ).toEqual([]);
    expect(
      of(
        'Caldrys a racheté Vermont Eaux pour 40 millions d’euros. Le porte-parole de Caldrys n’a pas souhaité commenter.',
        'fr',
        'statement',
      ),
    ).toEqual([['Caldrys']]);
  });
  it('"The closest rival of Caldrys did not respond": no statement of Caldrys', () => {
    expect(
      of(
        'Caldrys bought Vermont Water for $40 million. The closest rival of Caldrys did not respond to requests for comment.',
        'en',
        'statement',
      ),
    ).toEqual([]);
  });
});

describe('a land’s name after « de/des/du » goes on the name before it', () => {
  it('« la coopérative Biogaz des Monts du Vexin »: one holder; counter-example: a plant of the company there', () => {
    expect(
      of('La coopérative Méthagaz des Monts du Vexin a obtenu le label Bas-Carbone.', 'fr', 'certification'),
    ).toEqual([['Méthagaz des Monts du Vexin']]);
    expect(
      of(
        'Norvelia a obtenu la certification ISO 9001 pour son usine des Monts du Vexin.',
        'fr',
        'certification',
      ),
    ).toEqual([['Norvelia']]);
  });
});

describe('a head noun, lowercase adjectives and a capitalised complement make one name', () => {
  it('« la Caisse mutuelle du Trégor » whole, and « le Trégor » its short form; counter-example: a plain capital run', () => {
    const text =
      'La Mutuelle Orvaine discuterait avec la Caisse mutuelle du Trégor d’un rapprochement. La directrice générale du Trégor n’a pas souhaité commenter.';
    expect(of(text, 'fr', 'agreement')).toEqual([['Caisse mutuelle du Trégor', 'Mutuelle Orvaine']]);
    expect(of(text, 'fr', 'statement')).toEqual([['Caisse mutuelle du Trégor']]);
    expect(
      of('La Banque populaire du Vexin a signé un partenariat avec Kessler Gaz.', 'fr', 'agreement'),
    ).toEqual([['Banque populaire du Vexin', 'Kessler Gaz']]);
  });
  it('a route named after its airline keeps the airline: « les vols Brest-Lyon d’Aérivo » is no full name of Aérivo', () => {
    expect(
      of(
        'Aérivo et Air France-KLM ont signé mardi un accord de partage de codes. Le groupe a confirmé la signature, précisant que les vols Brest-Lyon d’Aérivo seraient commercialisés sous code AF à partir du 4 juin.',
        'fr',
        'agreement',
      ),
    ).toEqual([['Air France-KLM', 'Aérivo']]);
  });
});

describe('the shares of a company bought', () => {
  it('« acquérir la totalité des actions d’Éoliennes Marvault »: the target, and « l’action de Marvault » its short form', () => {
    const text =
      'Vestrel a conclu une entente définitive pour acquérir la totalité des actions d’Éoliennes Marvault. Mardi, l’action de Marvault a bondi de 24,6 %.';
    expect(of(text, 'fr', 'acquisition')).toEqual([['Vestrel', 'Éoliennes Marvault']].map((p) => p.sort()));
    expect(of(text, 'fr', 'share_move')).toEqual([['Éoliennes Marvault']]);
  });
});

describe('registry facts', () => {
  it('« le groupe allemand B. Braun » is B. Braun, not "Braun"', () => {
    expect(
      of('Valdrys a signé un accord de distribution avec le groupe allemand B. Braun.', 'fr', 'agreement'),
    ).toEqual([['B. Braun', 'Valdrys']]);
  });
  it('"revealed by Finanz und Wirtschaft": an outlet, no party', () => {
    expect(
      of(
        'Kestrel Pharma agreed to buy Augmont Labs, whose talks were revealed last week by Finanz und Wirtschaft.',
        'en',
        'acquisition',
      ),
    ).toEqual([['Augmont Labs', 'Kestrel Pharma']]);
  });
  it('« la Compagnie nationale du Rhône a signé avec X »: CNR; « le Rhône » alone stays the river', () => {
    expect(
      of('La Compagnie nationale du Rhône a signé un contrat avec Hydrelis.', 'fr', 'agreement'),
    ).toEqual([['Compagnie nationale du Rhône', 'Hydrelis']]);
    expect(
      of(
        'La CNR a signé un contrat avec Hydrelis. Le Rhône a connu une crue en mars.',
        'fr',
        'agreement',
      ).flat(),
    ).not.toContain('Rhône');
  });
});
