import { describe, expect, it } from 'vitest';
import { holdsLiteral, LiteralIndex } from '../../src/extraction/rules/required-literals.ts';

/**
 * Round 20 (speed): the literal index every cue list's prefilter relies on (required-literals.ts) must find
 * exactly what a plain substring search finds, whatever the literals and the text: a literal it missed would
 * silently skip a cue that matches. The shipped lists are checked on fixture sentences elsewhere
 * (required-literals.test.ts); these cases are generated, so that a change to the automaton's layout (as
 * this round tried) meets overlaps, shared tails, deep mismatches and characters no literal holds.
 */

/** A small deterministic generator (mulberry32), so that a failing case can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function word(next: () => number, alphabet: string, min: number, max: number): string {
  const length = min + Math.floor(next() * (max - min + 1));
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
  return out;
}

/** Every literal of `literals` that `found` holds, against the ones a substring search finds. */
function compare(index: LiteralIndex, literals: string[], ids: number[], text: string) {
  const found = index.found(text);
  return {
    found: literals.filter((_, i) => holdsLiteral(found, ids[i] as number)),
    expected: literals.filter((l) => text.includes(l)),
  };
}

describe('LiteralIndex: what the automaton finds is what a substring search finds', () => {
  it('finds literals that end inside others, share tails, or restart after a mismatch deep in a literal', () => {
    const index = new LiteralIndex();
    const literals = [
      'acquisition',
      'acquis',
      'quisition',
      'sition',
      'aaab',
      'aab',
      'ab',
      'b',
      'abc d',
      'c d',
    ];
    const ids = literals.map((l) => index.id(l));
    for (const text of [
      'une acquisition',
      'acquisitio acquis',
      'aaaab',
      'aaaac',
      'xabc dx',
      'abc  d',
      'acquiacquisition',
      '',
      '😀 acquis 😀',
    ]) {
      const { found, expected } = compare(index, literals, ids, text);
      expect(found, text).toEqual(expected);
    }
  });

  it('agrees with a substring search on generated literals and texts, small and large automata', () => {
    // Sizes on both sides of the dense-row limit: a few literals (every state dense) to thousands
    // (most states deep), on a small alphabet so that texts hold many partial matches.
    for (const [seed, count, alphabet] of [
      [1, 5, 'abc'],
      [2, 60, 'abcd '],
      [3, 800, "abcdefgh '"],
      [4, 4000, 'abcdefghijklmnopqrstuvwxyz -'],
      [5, 300, 'aé’ b😀'],
    ] as const) {
      const next = random(seed);
      const index = new LiteralIndex();
      const literals = [...new Set(Array.from({ length: count }, () => word(next, alphabet, 1, 9)))];
      const ids = literals.map((l) => index.id(l));
      // Texts from the same alphabet plus characters no literal holds.
      for (let t = 0; t < 60; t++) {
        const text = word(next, `${alphabet}xyz.`, 0, 200);
        const { found, expected } = compare(index, literals, ids, text);
        expect(found, `seed ${seed}: ${JSON.stringify(text)}`).toEqual(expected);
      }
    }
  });

  it('finds a literal added after the first scan (the tables are rebuilt)', () => {
    const index = new LiteralIndex();
    const first = index.id('accord');
    expect(holdsLiteral(index.found('un accord signé'), first)).toBe(true);
    const later = index.id('sign');
    const found = index.found('un accord signé');
    expect([holdsLiteral(found, first), holdsLiteral(found, later)]).toEqual([true, true]);
  });
});
