import type { ClaimKind } from '../../src/extraction/claim.ts';
import { CLAIM_KINDS } from '../../src/extraction/claim.ts';
import { classifyErrors, type ErrorClasses } from './error-classes.ts';
import type { GoldArticle } from './gold-article.ts';
import type { PredictedClaim } from './match-claims.ts';
import { matchArticle, normalise, sameAttribution, strictDifferences } from './match-claims.ts';

/** What the engine and the article parser produced for one corpus article. */
export interface ArticleRun {
  gold: GoldArticle;
  predicted: PredictedClaim[];
  /** What the parser read of the page; absent when the run fed the extractor without parsing. */
  parsed?: { text: string; language?: string; publishedAt?: string };
}

export interface Counts {
  gold: number;
  predicted: number;
  tp: number;
  strictTp: number;
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
}

export interface Rate {
  correct: number;
  total: number;
  value: number;
}

export interface ClaimRef {
  article: string;
  kind: ClaimKind;
  parties: string[];
  status: string;
  evidence: string;
}

export interface EvalReport {
  articles: number;
  perKind: Record<ClaimKind, Counts & Figures & { strictF1: number }>;
  overall: Counts & Figures;
  strict: Figures;
  statusAccuracy: Rate;
  /** On matched pairs whose gold names a source. */
  attributionAccuracy: Rate;
  /** Matched pairs whose predicted sentence covers the gold evidence. */
  evidenceAccuracy: Rate;
  parsing: { language: Rate; publishedAt: Rate; goldEvidenceInText: Rate };
  misses: ClaimRef[];
  falsePositives: ClaimRef[];
  strictMismatches: (ClaimRef & { differences: string[] })[];
  /** The misses, false positives and strict mismatches sorted by the step that went wrong. */
  errorClasses: ErrorClasses;
}

/** A running count of right answers; its rate reads 0 when nothing was judged, so a floor never passes vacuously. */
class Tally {
  correct = 0;
  total = 0;

  add(right: boolean): void {
    this.total++;
    if (right) this.correct++;
  }

  rate(): Rate {
    return {
      correct: this.correct,
      total: this.total,
      value: this.total === 0 ? 0 : this.correct / this.total,
    };
  }
}

function figures(tp: number, predicted: number, gold: number): Figures {
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function ref(
  article: string,
  claim: { kind: ClaimKind; parties: string[]; status: string; evidence: string },
) {
  return {
    article,
    kind: claim.kind,
    parties: claim.parties,
    status: claim.status,
    evidence: claim.evidence,
  };
}

/** Scores a whole run: pure, so tests feed it synthetic runs. */
export function scoreRuns(runs: readonly ArticleRun[]): EvalReport {
  const counts = new Map<ClaimKind, Counts>(
    CLAIM_KINDS.map((kind) => [kind, { gold: 0, predicted: 0, tp: 0, strictTp: 0 }]),
  );
  const countOf = (kind: ClaimKind) => counts.get(kind) as Counts;
  const status = new Tally();
  const attribution = new Tally();
  const evidence = new Tally();
  const parsing = { language: new Tally(), publishedAt: new Tally(), goldEvidenceInText: new Tally() };
  const misses: ClaimRef[] = [];
  const falsePositives: ClaimRef[] = [];
  const strictMismatches: EvalReport['strictMismatches'] = [];

  for (const run of runs) {
    const id = run.gold.id;
    const match = matchArticle(run.gold.claims, run.predicted);
    for (const claim of run.gold.claims) if (claim.optional !== true) countOf(claim.kind).gold++;
    const optionalHits = new Set(match.optionalHits.map((pair) => pair.predicted));
    for (const claim of run.predicted) if (!optionalHits.has(claim)) countOf(claim.kind).predicted++;
    for (const pair of match.pairs) {
      const kind = countOf(pair.gold.kind);
      kind.tp++;
      status.add(pair.gold.status === pair.predicted.status);
      evidence.add(pair.evidenceOverlaps);
      if (pair.gold.attribution !== undefined)
        attribution.add(sameAttribution(pair.gold.attribution, pair.predicted.attribution));
      const differences = strictDifferences(pair.gold, pair.predicted);
      if (differences.length === 0) kind.strictTp++;
      else strictMismatches.push({ ...ref(id, pair.gold), differences });
    }
    misses.push(...match.misses.map((claim) => ref(id, claim)));
    falsePositives.push(...match.falsePositives.map((claim) => ref(id, claim)));

    if (run.parsed !== undefined) {
      parsing.language.add(run.parsed.language === run.gold.language);
      parsing.publishedAt.add(run.parsed.publishedAt?.slice(0, 10) === run.gold.publishedAt);
      const text = normalise(run.parsed.text);
      for (const claim of run.gold.claims)
        parsing.goldEvidenceInText.add(text.includes(normalise(claim.evidence)));
    }
  }

  const perKind = Object.fromEntries(
    CLAIM_KINDS.map((kind) => {
      const c = countOf(kind);
      return [
        kind,
        {
          ...c,
          ...figures(c.tp, c.predicted, c.gold),
          strictF1: figures(c.strictTp, c.predicted, c.gold).f1,
        },
      ];
    }),
  ) as EvalReport['perKind'];
  const total = { gold: 0, predicted: 0, tp: 0, strictTp: 0 };
  for (const c of counts.values()) {
    total.gold += c.gold;
    total.predicted += c.predicted;
    total.tp += c.tp;
    total.strictTp += c.strictTp;
  }
  return {
    articles: runs.length,
    perKind,
    overall: { ...total, ...figures(total.tp, total.predicted, total.gold) },
    strict: figures(total.strictTp, total.predicted, total.gold),
    statusAccuracy: status.rate(),
    attributionAccuracy: attribution.rate(),
    evidenceAccuracy: evidence.rate(),
    parsing: {
      language: parsing.language.rate(),
      publishedAt: parsing.publishedAt.rate(),
      goldEvidenceInText: parsing.goldEvidenceInText.rate(),
    },
    misses,
    falsePositives,
    strictMismatches,
    errorClasses: classifyErrors(misses, falsePositives, strictMismatches),
  };
}
