import { describe, expect, it } from 'vitest';
import { applySwaps, distinctiveWord, planSwaps, swapArticle, takenIn } from '../../bench/eval/swap-names.ts';
import { createEntityRegistry } from '../../src/entities/entity-registry.ts';

const registry = createEntityRegistry();
const gold = {
  id: 'fr-01',
  url: 'https://example.test/a',
  publishedAt: '2026-05-12',
  language: 'fr' as const,
  claims: [
    {
      kind: 'agreement' as const,
      parties: ['Orange', 'Laiterie Brenmoor'],
      status: 'confirmed' as const,
      evidence: 'Orange et la Laiterie Brenmoor ont signé un accord',
    },
  ],
};

describe('swap-names', () => {
  it('takes the first word of an invented name that is not a generic trade word', () => {
    expect(distinctiveWord('Laiterie Brenmoor')).toBe('Brenmoor');
    expect(distinctiveWord('Groupe Bervanne')).toBe('Bervanne');
    expect(distinctiveWord('Corvanne Data')).toBe('Corvanne');
    expect(distinctiveWord('Les Cars')).toBeUndefined();
  });

  it('renames invented companies only, the same way for the same seed, never to a taken word', () => {
    const taken = takenIn(['accord brenmoor', 'Orange et la Laiterie Brenmoor']);
    const swaps = planSwaps(gold, registry, taken, 7);
    expect(swaps).toHaveLength(1);
    expect(swaps[0]?.from).toBe('Brenmoor');
    expect(swaps[0]?.to).toMatch(/^\p{Lu}\p{Ll}+$/u);
    expect(planSwaps(gold, registry, taken, 7)).toEqual(swaps);
    expect(taken(swaps[0]?.to ?? '')).toBe(false);
  });

  it('replaces whole words in page and gold alike', () => {
    const swaps = [{ from: 'Brenmoor', to: 'Dalvenor' }];
    expect(applySwaps('Brenmoor, Brenmoors et Brenmoor-Est', swaps)).toBe(
      'Dalvenor, Brenmoors et Dalvenor-Est',
    );
    const swapped = swapArticle(
      { gold, html: '<p>Orange et la Laiterie Brenmoor ont signé un accord.</p>' },
      swaps,
    );
    expect(swapped.html).toContain('Laiterie Dalvenor');
    expect(swapped.gold.claims[0]?.parties).toEqual(['Orange', 'Laiterie Dalvenor']);
    expect(swapped.gold.claims[0]?.evidence).toContain('Laiterie Dalvenor');
  });
});
