import { foldText } from '../../src/entities/fold-text.ts';
import type { Claim, ClaimKind, ClaimStatus, Direction, Stance } from '../../src/extraction/claim.ts';
import type { GoldClaim } from './gold-article.ts';

/** What the scoring reads of a predicted claim: the Claim union flattened, evidence as its text. */
export interface PredictedClaim {
  kind: ClaimKind;
  parties: string[];
  status: ClaimStatus;
  stance?: Stance;
  alliance?: string;
  label?: string;
  percent?: number;
  direction?: Direction;
  eventDate?: string;
  attribution?: string;
  evidence: string;
}

export function flattenClaim(claim: Claim): PredictedClaim {
  const flat: PredictedClaim = {
    kind: claim.kind,
    parties: claim.parties,
    status: claim.status,
    evidence: claim.evidence.text,
  };
  if (claim.eventDate !== undefined) flat.eventDate = claim.eventDate;
  if (claim.attribution !== undefined) flat.attribution = claim.attribution;
  if (claim.kind === 'statement') flat.stance = claim.stance;
  if ((claim.kind === 'agreement' || claim.kind === 'launch') && claim.alliance !== undefined)
    flat.alliance = claim.alliance;
  if (claim.kind === 'certification') flat.label = claim.label;
  if (claim.kind === 'share_move') {
    flat.percent = claim.percent;
    flat.direction = claim.direction;
  }
  if (claim.kind === 'acquisition' && claim.percent !== undefined) flat.percent = claim.percent;
  return flat;
}

/** Case, accent, apostrophe and space variants compare equal. */
export function normalise(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

/** Names compare without case, accents, punctuation or spacing ("Thalès" = "thales", "ISO/IEC" ~ "iso iec"). */
function nameKey(name: string): string {
  return foldText(name).replace(/[^\p{L}\p{N}]+/gu, '');
}

export function samePartySet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a.map(nameKey));
  const right = new Set(b.map(nameKey));
  return left.size === right.size && [...left].every((key) => right.has(key));
}

export function sameName(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && nameKey(a) === nameKey(b);
}

/** An attribution matches when one names the other ("Courrier des Affaires" ~ "Le Courrier des Affaires"). */
export function sameAttribution(gold: string, predicted: string | undefined): boolean {
  if (predicted === undefined) return false;
  const g = nameKey(gold);
  const p = nameKey(predicted);
  return p.length > 0 && (g.includes(p) || p.includes(g));
}

const WINDOW = 24;

/**
 * Whether a predicted evidence sentence covers the gold evidence substring. Sentence splitting may
 * differ, so sharing any 24-character stretch of the gold substring also counts.
 */
export function evidenceOverlaps(goldEvidence: string, predictedEvidence: string): boolean {
  const gold = normalise(goldEvidence);
  const predicted = normalise(predictedEvidence);
  if (gold.length === 0 || predicted.length === 0) return false;
  if (predicted.includes(gold) || gold.includes(predicted)) return true;
  if (gold.length <= WINDOW) return false;
  for (let start = 0; start + WINDOW <= gold.length; start += 4) {
    if (predicted.includes(gold.slice(start, start + WINDOW))) return true;
  }
  return false;
}

/**
 * Why a matched pair fails the strict test (empty when it passes): status, and the kind's value —
 * percent & direction (and the day when gold has one) for share_move, label for certification,
 * eventDate for launch when gold has one, stance for statement, alliance for agreement when gold names one.
 */
export function strictDifferences(gold: GoldClaim, predicted: PredictedClaim): string[] {
  const out: string[] = [];
  const differ = (field: string, g: unknown, p: unknown) => out.push(`${field} ${String(g)} ≠ ${String(p)}`);
  if (gold.status !== predicted.status) differ('status', gold.status, predicted.status);
  switch (gold.kind) {
    case 'share_move':
      if (predicted.percent === undefined || Math.abs((gold.percent ?? 0) - predicted.percent) > 0.005)
        differ('percent', gold.percent, predicted.percent);
      if (gold.direction !== predicted.direction) differ('direction', gold.direction, predicted.direction);
      if (gold.eventDate !== undefined && gold.eventDate !== predicted.eventDate)
        differ('eventDate', gold.eventDate, predicted.eventDate);
      break;
    case 'certification':
      if (!sameName(gold.label, predicted.label)) differ('label', gold.label, predicted.label);
      break;
    case 'launch':
      if (gold.eventDate !== undefined && gold.eventDate !== predicted.eventDate)
        differ('eventDate', gold.eventDate, predicted.eventDate);
      break;
    case 'statement':
      if (gold.stance !== predicted.stance) differ('stance', gold.stance, predicted.stance);
      break;
    case 'agreement':
      if (gold.alliance !== undefined && !sameName(gold.alliance, predicted.alliance))
        differ('alliance', gold.alliance, predicted.alliance);
      break;
    case 'acquisition':
      break;
  }
  return out;
}

export interface MatchedPair {
  gold: GoldClaim;
  predicted: PredictedClaim;
  evidenceOverlaps: boolean;
}

export interface ArticleMatch {
  /** Pairs whose gold claim is required: the true positives. */
  pairs: MatchedPair[];
  /** Required gold claims left unmatched. */
  misses: GoldClaim[];
  /** Predictions matching no gold claim. */
  falsePositives: PredictedClaim[];
  /** Predictions matched to an optional gold claim: neither right nor wrong. */
  optionalHits: MatchedPair[];
}

/**
 * One-to-one greedy matching within one article: a prediction can match a gold claim of the same kind
 * with the same party set. Candidates whose evidence overlaps are taken first, required gold claims
 * before optional ones, so an optional claim never takes a prediction a required one could use.
 * Within each of those passes a candidate whose values agree (no strict difference) is taken before
 * one that does not: two moves of one company told in one sentence ("a clôturé en hausse de 21 %
 * lundi, après avoir gagné 9 % vendredi") both overlap both gold claims, and taking the first
 * overlapping candidate would cross their values although each move was read right.
 */
export function matchArticle(gold: readonly GoldClaim[], predicted: readonly PredictedClaim[]): ArticleMatch {
  const taken = new Set<number>();
  const matchOf = new Map<GoldClaim, MatchedPair>();
  const required = gold.filter((claim) => claim.optional !== true);
  const optional = gold.filter((claim) => claim.optional === true);
  for (const needOverlap of [true, false]) {
    for (const group of [required, optional]) {
      for (const needAgreement of [true, false]) {
        for (const claim of group) {
          if (matchOf.has(claim)) continue;
          const index = predicted.findIndex(
            (candidate, i) =>
              !taken.has(i) &&
              candidate.kind === claim.kind &&
              samePartySet(candidate.parties, claim.parties) &&
              (!needOverlap || evidenceOverlaps(claim.evidence, candidate.evidence)) &&
              (!needAgreement || strictDifferences(claim, candidate).length === 0),
          );
          const candidate = predicted[index];
          if (candidate === undefined) continue;
          taken.add(index);
          matchOf.set(claim, {
            gold: claim,
            predicted: candidate,
            evidenceOverlaps: evidenceOverlaps(claim.evidence, candidate.evidence),
          });
        }
      }
    }
  }
  const pairOf = (claim: GoldClaim) => matchOf.get(claim);
  return {
    pairs: required.map(pairOf).filter((pair) => pair !== undefined),
    misses: required.filter((claim) => !matchOf.has(claim)),
    falsePositives: predicted.filter((_, i) => !taken.has(i)),
    optionalHits: optional.map(pairOf).filter((pair) => pair !== undefined),
  };
}
