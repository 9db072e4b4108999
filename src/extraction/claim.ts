/**
 * A claim: one proposition read in one article. The wire form is fixed by CONTRACT.md;
 * the union makes kind-specific fields impossible on the wrong kind.
 */
export type ClaimStatus = 'rumour' | 'confirmed' | 'denied';
export type Stance = 'no_comment' | 'deny' | 'confirm';
export type Direction = 'up' | 'down';

export interface Evidence {
  /** The sentence, exactly as it stands in the article text. */
  text: string;
  /** Offsets into the article's main text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}

interface ClaimBase {
  parties: string[];
  status: ClaimStatus;
  /** ISO date or partial date: "2022-03-14", "2022-03", "2024". */
  eventDate?: string;
  /** Who the article cites as its source ("JDN", "Bloomberg", "des sources concordantes"). */
  attribution?: string;
  evidence: Evidence;
}

export interface AgreementClaim extends ClaimBase {
  kind: 'agreement';
  alliance?: string;
}
export interface AcquisitionClaim extends ClaimBase {
  kind: 'acquisition';
  /** Stake in percent when a stake is bought. */
  percent?: number;
  /** Amount as written, normalised: { value: 1.2e9, currency: "EUR" }. */
  amount?: { value: number; currency: string };
}
export interface ShareMoveClaim extends ClaimBase {
  kind: 'share_move';
  percent: number;
  direction: Direction;
}
export interface CertificationClaim extends ClaimBase {
  kind: 'certification';
  label: string;
  issuer?: string;
}
export interface LaunchClaim extends ClaimBase {
  kind: 'launch';
  /** What is launched, as written ("sa plateforme", "an interim offer"). */
  subject?: string;
  /** "not_before" when the text gives a lower bound ("pas avant 2024"). */
  bound?: 'not_before' | 'not_after';
  alliance?: string;
}
export interface StatementClaim extends ClaimBase {
  kind: 'statement';
  stance: Stance;
}

export type Claim =
  | AgreementClaim
  | AcquisitionClaim
  | ShareMoveClaim
  | CertificationClaim
  | LaunchClaim
  | StatementClaim;

export type ClaimKind = Claim['kind'];

export const CLAIM_KINDS: readonly ClaimKind[] = [
  'agreement',
  'acquisition',
  'share_move',
  'certification',
  'launch',
  'statement',
] as const;
