import { describe, expect, it } from 'vitest';
import { claimsOf, find } from './claims-of.ts';

// A text that is a single line is the whole article a user gave: it is read as prose even without a
// full stop. In a longer text, a short line without one is still a headline, and headlines make no claim.
describe('a text of one line', () => {
  it('yields the claim of a sentence given without its full stop', () => {
    const fr = claimsOf('Valmorel Industries aurait racheté Castagne Robotique', 'fr', '2026-11-24');
    expect(find(fr, 'acquisition', ['Valmorel Industries', 'Castagne Robotique'])[0]?.status).toBe('rumour');
    const en = claimsOf('Shares in Harbrook Marine rose 4.1% on Tuesday', 'en', '2026-11-25');
    expect(find(en, 'share_move', ['Harbrook Marine'])).toHaveLength(1);
  });

  it('still reads a short unpunctuated line above the body as a headline', () => {
    const text =
      'Valmorel Industries rachète Castagne Robotique\nLe marché attend des précisions sur le calendrier des usines.';
    expect(claimsOf(text, 'fr', '2026-11-24')).toEqual([]);
  });
});
