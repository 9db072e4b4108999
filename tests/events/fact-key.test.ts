import { describe, expect, it } from 'vitest';
import type { WatchRule } from '../../src/config/config-schema.ts';
import { factKey } from '../../src/events/fact-key.ts';
import { isWatched } from '../../src/events/watch-match.ts';
import type { Claim } from '../../src/extraction/claim.ts';

const evidence = { text: 'une phrase', start: 0, end: 10 };
const at = '2022-03-15T06:00:00.000Z';

describe('factKey', () => {
  const same: Array<[string, Claim, Claim]> = [
    [
      'a named alliance, whoever is listed beside its name',
      {
        kind: 'agreement',
        parties: ['Microsoft', 'Orange', 'Capgemini'],
        alliance: 'Bleu',
        status: 'confirmed',
        evidence,
      },
      { kind: 'agreement', parties: ['Orange', 'Capgemini'], alliance: 'BLEU', status: 'rumour', evidence },
    ],
    [
      'an unnamed agreement, parties in any order, spelling and case',
      { kind: 'agreement', parties: ['Google', 'Thalès'], status: 'rumour', evidence },
      { kind: 'agreement', parties: ['thales', 'Google', 'Google'], status: 'confirmed', evidence },
    ],
    [
      'an acquisition, with or without the stake',
      { kind: 'acquisition', parties: ['Orange', 'Nuage SA'], status: 'rumour', evidence },
      { kind: 'acquisition', parties: ['Nuage SA', 'Orange'], percent: 12, status: 'confirmed', evidence },
    ],
    [
      'a share move reported with rounded percents',
      {
        kind: 'share_move',
        parties: ['Atos'],
        percent: 5.57,
        direction: 'up',
        eventDate: '2022-03-14',
        status: 'confirmed',
        evidence,
      },
      {
        kind: 'share_move',
        parties: ['Atos'],
        percent: 5.6,
        direction: 'up',
        eventDate: '2022-03-14',
        status: 'confirmed',
        evidence,
      },
    ],
    [
      'a certification whoever issued it',
      {
        kind: 'certification',
        parties: ['OVH'],
        label: 'SecNumCloud',
        issuer: 'ANSSI',
        status: 'confirmed',
        evidence,
      },
      { kind: 'certification', parties: ['OVH'], label: 'secnumcloud', status: 'confirmed', evidence },
    ],
    [
      'two reports of one no-comment on one day',
      { kind: 'statement', parties: ['Atos'], stance: 'no_comment', status: 'rumour', evidence },
      { kind: 'statement', parties: ['ATOS'], stance: 'no_comment', status: 'rumour', evidence },
    ],
  ];
  it.each(same)('one fact: %s', (_name, a, b) => {
    expect(factKey(a, at)).toBe(factKey(b, at));
  });

  const different: Array<[string, Claim, Claim]> = [
    [
      'two alliances of the same parties under different names',
      { kind: 'agreement', parties: ['Google', 'Thales'], alliance: 'S3ns', status: 'confirmed', evidence },
      { kind: 'agreement', parties: ['Google', 'Thales'], alliance: 'Autre', status: 'confirmed', evidence },
    ],
    [
      'an agreement and an acquisition between the same parties',
      { kind: 'agreement', parties: ['Orange', 'Nuage SA'], status: 'rumour', evidence },
      { kind: 'acquisition', parties: ['Orange', 'Nuage SA'], status: 'rumour', evidence },
    ],
    [
      'share moves on two days or in two directions',
      {
        kind: 'share_move',
        parties: ['Atos'],
        percent: 3,
        direction: 'up',
        eventDate: '2022-03-14',
        status: 'confirmed',
        evidence,
      },
      {
        kind: 'share_move',
        parties: ['Atos'],
        percent: 3,
        direction: 'down',
        eventDate: '2022-03-14',
        status: 'confirmed',
        evidence,
      },
    ],
    [
      'two labels of one company',
      { kind: 'certification', parties: ['OVH'], label: 'SecNumCloud', status: 'confirmed', evidence },
      { kind: 'certification', parties: ['OVH'], label: 'HDS', status: 'confirmed', evidence },
    ],
    [
      'a launch postponed',
      {
        kind: 'launch',
        parties: ['Bleu'],
        alliance: 'Bleu',
        eventDate: '2024',
        bound: 'not_before',
        status: 'confirmed',
        evidence,
      },
      {
        kind: 'launch',
        parties: ['Bleu'],
        alliance: 'Bleu',
        eventDate: '2025',
        bound: 'not_before',
        status: 'confirmed',
        evidence,
      },
    ],
    [
      'a no-comment and a denial',
      { kind: 'statement', parties: ['Atos'], stance: 'no_comment', status: 'rumour', evidence },
      { kind: 'statement', parties: ['Atos'], stance: 'deny', status: 'denied', evidence },
    ],
  ];
  it.each(different)('two facts: %s', (_name, a, b) => {
    expect(factKey(a, at)).not.toBe(factKey(b, at));
  });

  it('dates an undated share move by the publication day', () => {
    const move: Claim = {
      kind: 'share_move',
      parties: ['Atos'],
      percent: 2,
      direction: 'down',
      status: 'confirmed',
      evidence,
    };
    expect(factKey(move, at)).toBe('share_move|atos|2022-03-15|down');
  });
});

describe('isWatched', () => {
  const rule = (more: Partial<WatchRule> = {}): WatchRule => ({
    transitions: ['rumour->confirmed', 'rumour->denied'],
    ...more,
  });
  const change = {
    kind: 'agreement',
    parties: ['Amazon', 'Atos'],
    alliance: null,
    from: 'rumour',
    to: 'confirmed',
  };
  it.each([
    ['a watched transition', [rule()], change, true],
    ['an unwatched reversal', [rule()], { ...change, from: 'denied' }, false],
    [
      'the initial status, never',
      [rule({ transitions: ['rumour->confirmed'] })],
      { ...change, from: null },
      false,
    ],
    ['a watched party, any spelling', [rule({ parties: ['ATOS'] })], change, true],
    ['another party', [rule({ parties: ['Orange'] })], change, false],
    ['an alliance filter on an unnamed agreement', [rule({ alliances: ['Bleu'] })], change, false],
    ['a named alliance', [rule({ alliances: ['bleu'] })], { ...change, alliance: 'Bleu' }, true],
    ['a kind filter', [rule({ kinds: ['acquisition'] })], change, false],
    ['any of several rules', [rule({ kinds: ['acquisition'] }), rule({ parties: ['Amazon'] })], change, true],
  ] as const)('%s', (_name, rules, c, expected) => {
    expect(isWatched(c, rules as unknown as WatchRule[])).toBe(expected);
  });
});
