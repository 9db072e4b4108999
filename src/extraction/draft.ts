import type { StatusVerdict } from './assess-status.ts';
import type { Claim } from './claim.ts';
import type { SentenceContext } from './sentence-context.ts';

/** A claim as first read, before the article-level pass (denials, carried sources, duplicates). */
export interface Draft {
  claim: Claim;
  rule: string;
  cues: string[];
  sentence: number;
  background: boolean;
  explicit: boolean;
  /** Told by a correction note as what an earlier version said (see retracted-claims.ts). */
  retracted?: boolean;
}

/** The fields every claim shares: status, evidence sentence, cited source. */
export function baseOf(ctx: SentenceContext, verdict: StatusVerdict) {
  const { sentence, attribution } = ctx;
  return {
    status: verdict.status,
    ...(attribution !== undefined && !attribution.party ? { attribution: attribution.name } : {}),
    evidence: { text: sentence.text, start: sentence.start, end: sentence.end },
  };
}

export function draftOf(ctx: SentenceContext, claim: Claim, rule: string, verdict: StatusVerdict): Draft {
  return {
    claim,
    rule: `${ctx.rules.language}.${claim.kind}.${rule}`,
    cues: verdict.cues,
    sentence: ctx.index,
    background: verdict.background,
    explicit: verdict.explicit,
  };
}

export function uniqueNames(names: readonly string[]): string[] {
  return [...new Set(names)];
}
