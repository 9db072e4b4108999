import { describe, expect, it } from 'vitest';
import type { ClaimForStatus, StatusRules } from '../../src/events/claim-for-status.ts';
import { deriveStatus } from '../../src/events/derive-status.ts';

const off: StatusRules = { independentOutletsToConfirm: 0, publisherWeights: {} };
const two: StatusRules = { independentOutletsToConfirm: 2, publisherWeights: {} };

let nextId = 1;
/** A claim of the AWS + Atos agreement, published on `day` of March 2022 by `publisher`. */
function c(
  day: number,
  publisher: string,
  status: ClaimForStatus['status'],
  more: Partial<ClaimForStatus> = {},
) {
  const id = more.id ?? nextId++;
  const publishedAt = `2022-03-${String(day).padStart(2, '0')}T08:00:00.000Z`;
  return {
    id,
    articleId: more.articleId ?? id,
    role: 'member',
    kind: 'agreement',
    status,
    parties: ['Amazon', 'Atos'],
    publisher,
    evidenceText: `${publisher} writes about Amazon and Atos on day ${day} (${status}).`,
    publishedAt,
    learnedAt: `2022-04-01T00:00:${String(id % 60).padStart(2, '0')}.000Z`,
    ...more,
  } satisfies ClaimForStatus;
}
/** A statement by `speaker` placed in the article of `beside`. */
function said(
  beside: ClaimForStatus,
  speaker: string,
  stance: 'no_comment' | 'deny' | 'confirm',
): ClaimForStatus {
  return {
    ...beside,
    id: nextId++,
    role: 'context',
    kind: 'statement',
    stance,
    status: stance === 'confirm' ? 'confirmed' : stance === 'deny' ? 'denied' : 'rumour',
    parties: [speaker],
    attribution: null,
    evidenceText: `${speaker} said something (${stance}) in article ${beside.articleId}.`,
  };
}
const steps = (r: ReturnType<typeof deriveStatus>) => r.transitions.map((t) => `${t.from}->${t.to}`);

describe('deriveStatus', () => {
  const rumour = c(10, 'JDN', 'rumour', { attribution: 'des sources concordantes' });
  const release = c(14, 'Atos', 'confirmed');
  const byParty = c(15, 'Les Echos', 'confirmed', { attribution: 'un porte-parole d’Amazon' });
  const outletA = c(16, 'Le Monde', 'confirmed');
  const outletB = c(17, 'Le Figaro', 'confirmed');
  const denial = c(12, 'Reuters', 'denied', { attribution: 'Atos' });
  const lateDenial = c(20, 'Reuters', 'denied', { attribution: 'Atos' });

  const cases: Array<{
    name: string;
    claims: ClaimForStatus[];
    rules?: StatusRules;
    status: string;
    steps: string[];
  }> = [
    { name: 'a rumour alone', claims: [rumour], status: 'rumour', steps: ['null->rumour'] },
    {
      name: 'a party press release confirms',
      claims: [rumour, release],
      status: 'confirmed',
      steps: ['null->rumour', 'rumour->confirmed'],
    },
    {
      name: 'a confirmation attributed to a party confirms',
      claims: [rumour, byParty],
      status: 'confirmed',
      steps: ['null->rumour', 'rumour->confirmed'],
    },
    {
      name: 'an unhedged outlet confirms when the N rule is off',
      claims: [rumour, outletA],
      status: 'confirmed',
      steps: ['null->rumour', 'rumour->confirmed'],
    },
    {
      name: 'one unhedged outlet is not enough with N = 2',
      claims: [rumour, outletA],
      rules: two,
      status: 'rumour',
      steps: ['null->rumour'],
    },
    {
      name: 'two independent outlets confirm with N = 2',
      claims: [rumour, outletA, outletB],
      rules: two,
      status: 'confirmed',
      steps: ['null->rumour', 'rumour->confirmed'],
    },
    {
      name: 'a party still confirms at once with N = 2',
      claims: [rumour, release],
      rules: two,
      status: 'confirmed',
      steps: ['null->rumour', 'rumour->confirmed'],
    },
    {
      name: 'a party denial denies',
      claims: [rumour, denial],
      status: 'denied',
      steps: ['null->rumour', 'rumour->denied'],
    },
    {
      name: 'a reversal denied -> confirmed',
      claims: [rumour, denial, release],
      status: 'confirmed',
      steps: ['null->rumour', 'rumour->denied', 'denied->confirmed'],
    },
    {
      name: 'a reversal confirmed -> denied',
      claims: [rumour, release, lateDenial],
      status: 'denied',
      steps: ['null->rumour', 'rumour->confirmed', 'confirmed->denied'],
    },
    {
      name: 'a rumour after a confirmation changes nothing',
      claims: [release, c(25, 'Boursier', 'rumour')],
      status: 'confirmed',
      steps: ['null->confirmed'],
    },
    {
      name: 'a late article is read at its publication time',
      claims: [release, rumour],
      status: 'confirmed',
      steps: ['null->rumour', 'rumour->confirmed'],
    },
    {
      name: 'a late denial reorders the history',
      claims: [rumour, release, denial],
      status: 'confirmed',
      steps: ['null->rumour', 'rumour->denied', 'denied->confirmed'],
    },
  ];
  it.each(cases)('$name', ({ claims, rules, status, steps: expected }) => {
    const result = deriveStatus(claims, rules ?? off);
    expect(result.status).toBe(status);
    expect(steps(result)).toEqual(expected);
  });

  it('records the causing claim and its publication time on each transition', () => {
    const result = deriveStatus([release, rumour, denial], off);
    expect(result.transitions.map((t) => [t.claimId, t.at])).toEqual([
      [rumour.id, rumour.publishedAt],
      [denial.id, denial.publishedAt],
      [release.id, release.publishedAt],
    ]);
  });

  it('breaks publication ties by learned order', () => {
    const first = c(18, 'Reuters', 'denied', { attribution: 'Atos', learnedAt: '2022-04-01T10:00:00.000Z' });
    const second = c(18, 'Atos', 'confirmed', { learnedAt: '2022-04-01T09:00:00.000Z' });
    expect(deriveStatus([rumour, first, second], off).status).toBe('denied');
    expect(steps(deriveStatus([rumour, first, second], off))).toEqual([
      'null->rumour',
      'rumour->confirmed',
      'confirmed->denied',
    ]);
  });

  it('with N = 2, repeats of one outlet, outlets citing it and syndicated copies count once', () => {
    const bloomberg = c(11, 'Bloomberg', 'confirmed');
    const citing = c(12, 'Les Echos', 'confirmed', { attribution: 'Bloomberg' });
    const again = c(13, 'Bloomberg', 'confirmed');
    const chain = c(14, 'Boursorama', 'confirmed', { attribution: 'nos confrères des Echos' });
    const copyText = 'Amazon and Atos have signed a cloud partnership covering sovereign offers in Europe.';
    const wire = c(15, 'Agence Eco', 'confirmed', { evidenceText: copyText });
    const copy = c(16, 'Eco Quotidien', 'confirmed', { evidenceText: copyText });
    expect(deriveStatus([rumour, bloomberg, citing, again, chain], two).status).toBe('rumour');
    expect(deriveStatus([rumour, wire, copy], two).status).toBe('rumour');
    const both = deriveStatus([rumour, bloomberg, citing, wire, copy], two);
    expect(both.status).toBe('confirmed');
    expect(both.transitions.at(-1)?.claimId).toBe(wire.id);
  });

  it('with N = 2, outlets count again from zero after a denial', () => {
    const result = deriveStatus(
      [rumour, outletA, outletB, lateDenial, c(21, 'Le Parisien', 'confirmed')],
      two,
    );
    expect(steps(result)).toEqual(['null->rumour', 'rumour->confirmed', 'confirmed->denied']);
  });

  describe('statements in the same article', () => {
    it('no comment changes nothing', () => {
      const result = deriveStatus(
        [rumour, said(rumour, 'Atos', 'no_comment'), said(rumour, 'Amazon', 'no_comment')],
        off,
      );
      expect(result.status).toBe('rumour');
      expect(steps(result)).toEqual(['null->rumour']);
    });

    it('a party denial beside a rumour in a later article denies, caused by the statement', () => {
      const later = c(19, 'BFM', 'rumour');
      const denies = said(later, 'Atos', 'deny');
      const result = deriveStatus([rumour, later, denies], off);
      expect(steps(result)).toEqual(['null->rumour', 'rumour->denied']);
      expect(result.transitions[1]?.claimId).toBe(denies.id);
    });

    it('reads the same whether the extraction marked the claim denied or not', () => {
      const marked = c(19, 'BFM', 'denied');
      const a = deriveStatus([rumour, marked, said(marked, 'Atos', 'deny')], off);
      const unmarked = c(19, 'BFM', 'rumour');
      const b = deriveStatus([rumour, unmarked, said(unmarked, 'Atos', 'deny')], off);
      expect(steps(a)).toEqual(steps(b));
      expect(a.status).toBe('denied');
    });

    it('a first article with a rumour and a party denial starts denied, without a transition to alert', () => {
      const result = deriveStatus([rumour, said(rumour, 'Amazon', 'deny')], off);
      expect(steps(result)).toEqual(['null->denied']);
    });

    it('a party confirmation statement confirms', () => {
      const later = c(19, 'BFM', 'rumour');
      expect(steps(deriveStatus([rumour, later, said(later, 'Atos', 'confirm')], off))).toEqual([
        'null->rumour',
        'rumour->confirmed',
      ]);
    });

    it('a statement by someone outside the fact is ignored', () => {
      const later = c(19, 'BFM', 'rumour');
      expect(deriveStatus([rumour, later, said(later, 'Capgemini', 'deny')], off).status).toBe('rumour');
    });

    it('an article asserting the deal reads a denial in it as background', () => {
      const signed = c(19, 'BFM', 'confirmed');
      expect(deriveStatus([rumour, signed, said(signed, 'Atos', 'deny')], off).status).toBe('confirmed');
    });
  });

  describe('confidence', () => {
    it('grows with independent sources and stays in [0, 1]', () => {
      const one = deriveStatus([rumour, outletA], off).confidence;
      const twoOutlets = deriveStatus([rumour, outletA, outletB], off).confidence;
      const withParty = deriveStatus([rumour, outletA, outletB, release], off).confidence;
      expect(one).toBeGreaterThan(0);
      expect(twoOutlets).toBeGreaterThan(one);
      expect(withParty).toBeGreaterThan(twoOutlets);
      expect(withParty).toBeLessThanOrEqual(1);
    });

    it('does not grow with copies of one source', () => {
      const copy = c(16, 'Le Monde', 'confirmed');
      expect(deriveStatus([rumour, outletA, copy], off).confidence).toBe(
        deriveStatus([rumour, outletA], off).confidence,
      );
    });

    it('follows publisher weights', () => {
      const trusted = deriveStatus([rumour, outletA], { ...off, publisherWeights: { 'Le Monde': 1.5 } });
      const doubted = deriveStatus([rumour, outletA], { ...off, publisherWeights: { 'le monde': 0.2 } });
      expect(trusted.confidence).toBeGreaterThan(doubted.confidence);
    });

    it('is 0 with no claim', () => {
      expect(deriveStatus([], off)).toEqual({ status: null, transitions: [], confidence: 0 });
    });
  });
});
