import { CLAIM_KINDS, type Claim } from '../extraction/claim.ts';
import { InvalidClaimError } from './invalid-claim-error.ts';

const STATUSES = new Set(['rumour', 'confirmed', 'denied']);
const STANCES = new Set(['no_comment', 'deny', 'confirm']);

/**
 * Checks the parts of a claim the event log relies on, so that a malformed claim from the extraction
 * is refused loudly (with the article and position) instead of being stored half-read.
 */
export function checkClaim(claim: Claim, articleId: number, index: number): Claim {
  const problem = describeProblem(claim);
  if (problem) {
    throw new InvalidClaimError(
      `claim ${index} of article ${articleId} cannot be recorded: ${problem}; fix the extraction output and reprocess the article`,
    );
  }
  return claim;
}

function describeProblem(claim: Claim): string | undefined {
  const c = claim as unknown as Record<string, unknown>;
  if (!claim || typeof claim !== 'object') return 'it is not an object';
  if (!CLAIM_KINDS.includes(c.kind as Claim['kind'])) return `unknown kind ${JSON.stringify(c.kind)}`;
  if (!Array.isArray(c.parties) || !c.parties.every((p) => typeof p === 'string'))
    return 'parties is not a list of names';
  if (!STATUSES.has(c.status as string)) return `unknown status ${JSON.stringify(c.status)}`;
  const evidence = c.evidence as Record<string, unknown> | undefined;
  if (!evidence || typeof evidence.text !== 'string') return 'evidence.text is missing';
  if (!Number.isInteger(evidence.start) || !Number.isInteger(evidence.end))
    return 'evidence offsets are not integers';
  if (claim.kind === 'statement' && !STANCES.has(claim.stance))
    return `unknown stance ${JSON.stringify(c.stance)}`;
  if (
    claim.kind === 'share_move' &&
    (typeof claim.percent !== 'number' || !['up', 'down'].includes(claim.direction))
  )
    return 'a share move needs a percent and a direction';
  if (claim.kind === 'certification' && (typeof claim.label !== 'string' || !claim.label.trim()))
    return 'a certification needs a label';
  return undefined;
}
