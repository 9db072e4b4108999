import { describe, expect, it } from 'vitest';
import { createEntityRegistry } from '../../src/entities/entity-registry.ts';

const registry = createEntityRegistry();
const names = (text: string) => registry.findMentions(text).map((m) => m.entity.name);

describe('large listed companies under their usual canonical names', () => {
  it.each([
    ['Mizuho Financial Group et Mizuho', ['Mizuho', 'Mizuho']],
    ['Mondelez International et Mondelez', ['Mondelez International', 'Mondelez International']],
    ['la centrale de Système U', ['Système U']],
    ['Manitou Group', ['Manitou']],
    ['Covéa et Covea', ['Covéa', 'Covéa']],
    ['The Estée Lauder Companies', ['Estée Lauder']],
    ['Standard Chartered', ['Standard Chartered']],
    ['Lactalis, Daher et Chantiers de l’Atlantique', ['Lactalis', 'Daher', "Chantiers de l'Atlantique"]],
    ['Hensoldt, Kongsberg, Fincantieri', ['Hensoldt', 'Kongsberg Gruppen', 'Fincantieri']],
    ['Leonardo, Iberdrola, UniCredit, Scaleway', ['Leonardo', 'Iberdrola', 'UniCredit', 'Scaleway']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps ambiguous common words out of the registry', () => {
    expect(names('Reply, Elisa et Continental ont parlé de Target.')).toEqual([]);
  });
});
