import type { ClaimKind, ClaimStatus, Stance } from '../extraction/claim.ts';

/**
 * What the status rules need of a claim. `role` says how it relates to the fact being derived:
 * a `member` is a claim of the fact; a `context` claim is another claim of an article that holds a
 * member (statements are read from these: "Atos declined to comment" beside the rumour it is about).
 */
export interface ClaimForStatus {
  id: number;
  articleId: number;
  role: 'member' | 'context';
  kind: ClaimKind;
  status: ClaimStatus;
  stance?: Stance | null;
  parties: readonly string[];
  publisher: string;
  attribution?: string | null;
  evidenceText: string;
  /** Valid time: when the article says it was published. */
  publishedAt: string;
  /** Transaction time: when vigie recorded the claim; breaks ties in publication order. */
  learnedAt: string;
}

export interface StatusRules {
  /**
   * 0 (default) = an article asserting the fact unhedged confirms it, as a party's own word does.
   * N >= 1 = a party's own word still confirms at once, but outlets asserting it unhedged confirm only
   * once N independent outlets have (repeats of one outlet and syndicated copies count once).
   */
  independentOutletsToConfirm: number;
  /** Reliability per publisher (comparison by normalised name), default 1; used for confidence only. */
  publisherWeights: Readonly<Record<string, number>>;
}

export const DEFAULT_STATUS_RULES: StatusRules = Object.freeze({
  independentOutletsToConfirm: 0,
  publisherWeights: Object.freeze({}),
});

export interface DerivedTransition {
  from: ClaimStatus | null;
  to: ClaimStatus;
  /** The claim that caused it (a member, or a party's statement in the same article). */
  claimId: number;
  /** Publication time of that claim. */
  at: string;
}

export interface DerivedStatus {
  /** null when no member claim is given (e.g. as of a date before the first article). */
  status: ClaimStatus | null;
  transitions: DerivedTransition[];
  /** In [0, 1]: how well the current status is supported by independent, reliable sources. */
  confidence: number;
}
