import { describe, expect, it } from 'vitest';
import { formatReport } from '../../bench/eval/format-report.ts';
import type { GoldArticle } from '../../bench/eval/gold-article.ts';
import type { PredictedClaim } from '../../bench/eval/match-claims.ts';
import { scoreRuns } from '../../bench/eval/score.ts';

const rumourArticle: GoldArticle = {
  id: 'rumour',
  url: 'https://news.example/rumour',
  publishedAt: '2024-03-12',
  language: 'fr',
  claims: [
    {
      kind: 'agreement',
      parties: ['Orange', 'Kerlys Data'],
      status: 'rumour',
      alliance: 'Hexavia',
      attribution: 'Le Courrier des Affaires',
      evidence: 'Orange et Kerlys Data auraient engagé des discussions',
    },
    {
      kind: 'share_move',
      parties: ['Kerlys Data'],
      status: 'confirmed',
      percent: 11.8,
      direction: 'up',
      eventDate: '2024-03-11',
      evidence: 'a bondi de 11,8 % hier',
    },
    {
      kind: 'statement',
      parties: ['Orange'],
      status: 'rumour',
      stance: 'no_comment',
      evidence: 'Orange n’a pas souhaité commenter',
    },
  ],
};

const emptyArticle: GoldArticle = {
  id: 'sailing',
  url: 'https://news.example/sailing',
  publishedAt: '2024-06-20',
  language: 'fr',
  claims: [],
};

const rumourText =
  'Le titre Kerlys Data a bondi de 11,8 % hier. Selon nos confrères, Orange et Kerlys Data auraient engagé des discussions. Orange n’a pas souhaité commenter.';

describe('scoreRuns', () => {
  const predictions: PredictedClaim[] = [
    // Right kind and parties, wrong status: a match for F1, a miss for strict and status accuracy.
    {
      kind: 'agreement',
      parties: ['Kerlys Data', 'Orange'],
      status: 'confirmed',
      alliance: 'Hexavia',
      attribution: 'Courrier des Affaires',
      evidence: 'Orange et Kerlys Data auraient engagé des discussions.',
    },
    // Fully right.
    {
      kind: 'share_move',
      parties: ['Kerlys Data'],
      status: 'confirmed',
      percent: 11.8,
      direction: 'up',
      eventDate: '2024-03-11',
      evidence: 'Le titre Kerlys Data a bondi de 11,8 % hier.',
    },
  ];
  const sailingFalsePositive: PredictedClaim = {
    kind: 'agreement',
    parties: ['Clarisse Morvan', 'Inès Tallec'],
    status: 'confirmed',
    evidence: 'ont officialisé jeudi leur partenariat',
  };
  const report = scoreRuns([
    {
      gold: rumourArticle,
      predicted: predictions,
      parsed: { text: rumourText, language: 'fr', publishedAt: '2024-03-12T08:10:00.000Z' },
    },
    {
      gold: emptyArticle,
      predicted: [sailingFalsePositive],
      parsed: { text: 'Les navigatrices …', language: 'en' },
    },
  ]);

  it('counts per kind and overall (micro) precision, recall and F1', () => {
    expect(report.perKind.agreement).toMatchObject({
      gold: 1,
      predicted: 2,
      tp: 1,
      strictTp: 0,
      precision: 0.5,
      recall: 1,
    });
    expect(report.perKind.share_move).toMatchObject({ gold: 1, predicted: 1, tp: 1, strictTp: 1, f1: 1 });
    expect(report.perKind.statement).toMatchObject({
      gold: 1,
      predicted: 0,
      tp: 0,
      precision: 0,
      recall: 0,
      f1: 0,
    });
    expect(report.overall).toMatchObject({ gold: 3, predicted: 3, tp: 2 });
    expect(report.overall.precision).toBeCloseTo(2 / 3);
    expect(report.overall.recall).toBeCloseTo(2 / 3);
    expect(report.overall.f1).toBeCloseTo(2 / 3);
  });

  it('gives status accuracy on matches and a strict F1 that needs status and value', () => {
    expect(report.statusAccuracy).toEqual({ correct: 1, total: 2, value: 0.5 });
    expect(report.strict.precision).toBeCloseTo(1 / 3);
    expect(report.strict.recall).toBeCloseTo(1 / 3);
    expect(report.strict.f1).toBeCloseTo(1 / 3);
    expect(report.strictMismatches).toEqual([
      expect.objectContaining({
        article: 'rumour',
        kind: 'agreement',
        differences: ['status rumour ≠ confirmed'],
      }),
    ]);
    expect(report.attributionAccuracy).toEqual({ correct: 1, total: 1, value: 1 });
    expect(report.evidenceAccuracy).toEqual({ correct: 2, total: 2, value: 1 });
  });

  it('lists misses and false positives with their article', () => {
    expect(report.misses).toEqual([
      {
        article: 'rumour',
        kind: 'statement',
        parties: ['Orange'],
        status: 'rumour',
        evidence: 'Orange n’a pas souhaité commenter',
      },
    ]);
    expect(report.falsePositives).toEqual([
      {
        article: 'sailing',
        kind: 'agreement',
        parties: ['Clarisse Morvan', 'Inès Tallec'],
        status: 'confirmed',
        evidence: 'ont officialisé jeudi leur partenariat',
      },
    ]);
  });

  it('checks what the parser read: language, publication day and gold evidence in the text', () => {
    expect(report.parsing.language).toEqual({ correct: 1, total: 2, value: 0.5 });
    expect(report.parsing.publishedAt).toEqual({ correct: 1, total: 2, value: 0.5 });
    expect(report.parsing.goldEvidenceInText).toEqual({ correct: 3, total: 3, value: 1 });
  });

  it('reads an empty run as zero, never as a pass', () => {
    const empty = scoreRuns([{ gold: rumourArticle, predicted: [] }]);
    expect(empty.strict.f1).toBe(0);
    expect(empty.statusAccuracy.value).toBe(0);
    expect(empty.misses).toHaveLength(3);
  });

  it('prints the table, and the details only when verbose', () => {
    const short = formatReport(report, false);
    expect(short).toMatch(/^share_move\s+1\s+1\s+1\s+1\.000\s+1\.000\s+1\.000\s+1\.000$/m);
    expect(short).toContain('status accuracy   0.500 (1/2)');
    expect(short).not.toContain('Clarisse Morvan');
    const verbose = formatReport(report, true);
    expect(verbose).toContain('sailing  agreement [Clarisse Morvan, Inès Tallec] confirmed');
    expect(verbose).toContain('status rumour ≠ confirmed');
  });
});
