import type { ClaimStatus } from '../extraction/claim.ts';
import type { ClaimForStatus } from './claim-for-status.ts';
import { normaliseName } from './normalise-name.ts';

export interface Support {
  claim: ClaimForStatus;
  verdict: 'party_confirm' | 'outlet_confirm' | 'deny' | 'rumour';
  /** The independent source the claim belongs to. */
  source: string;
}

// How much one source's word weighs for the status it supports, before the publisher's weight.
const STRENGTH: Record<ClaimStatus, Partial<Record<Support['verdict'], number>>> = {
  confirmed: { party_confirm: 0.9, outlet_confirm: 0.6 },
  denied: { deny: 0.85 },
  rumour: { rumour: 0.3, outlet_confirm: 0.45 },
};

/**
 * Confidence in the current status: each independent source that supports it counts once, with the
 * strength of its best claim times its publisher's weight (default 1); sources combine as independent
 * evidence, 1 - prod(1 - s). One press release gives 0.9; two unrelated outlets asserting it unhedged
 * give 0.84; a rumour repeated by three outlets citing the same one stays at 0.3.
 */
export function confidenceOf(
  status: ClaimStatus | null,
  support: readonly Support[],
  weights: Readonly<Record<string, number>>,
): number {
  if (status === null) return 0;
  const normalisedWeights = new Map(Object.entries(weights).map(([k, v]) => [normaliseName(k), v]));
  const best = new Map<string, number>();
  for (const s of support) {
    const strength = STRENGTH[status][s.verdict];
    if (strength === undefined) continue;
    const weight = normalisedWeights.get(normaliseName(s.claim.publisher)) ?? 1;
    const value = Math.min(0.99, Math.max(0, strength * weight));
    best.set(s.source, Math.max(best.get(s.source) ?? 0, value));
  }
  let doubt = 1;
  for (const value of best.values()) doubt *= 1 - value;
  return Math.round((1 - doubt) * 1000) / 1000;
}
