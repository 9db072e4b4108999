import { expect } from 'vitest';
import type { Claim } from '../../src/extraction/claim.ts';
import { extractClaims } from '../../src/extraction/extract-claims.ts';

/** The claims of a small article, with the offsets of every evidence checked against the text. */
export function claimsOf(text: string, language: 'fr' | 'en', publishedAt?: string, title?: string): Claim[] {
  const { claims } = extractClaims({
    text,
    language,
    ...(publishedAt ? { publishedAt } : {}),
    ...(title ? { title } : {}),
  });
  for (const c of claims) expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  return claims;
}

/** The share moves of a claim list, each as the four values a share-move test checks. */
export const moves = (claims: Claim[]) =>
  claims.flatMap((c) =>
    c.kind === 'share_move'
      ? [{ party: c.parties[0], percent: c.percent, direction: c.direction, day: c.eventDate }]
      : [],
  );

/** The claims of one kind, each as its sorted parties and its status (what a reading test usually checks). */
export const partiesAndStatus = (claims: Claim[], kind: Claim['kind']) =>
  claims.filter((c) => c.kind === kind).map((c) => ({ parties: [...c.parties].sort(), status: c.status }));

/** Claims of one kind whose parties are exactly `parties` (any order). */
export function find(claims: Claim[], kind: Claim['kind'], parties: string[]): Claim[] {
  const key = [...parties].sort().join('|');
  return claims.filter((c) => c.kind === kind && [...c.parties].sort().join('|') === key);
}

/** A certification of `holder` with `label`, confirmed, and no certification of anyone else. */
export function expectHolds(
  text: string,
  language: 'fr' | 'en',
  publishedAt: string,
  holder: string,
  label: string,
): void {
  const claims = claimsOf(text, language, publishedAt);
  const c = find(claims, 'certification', [holder])[0];
  expect(c?.kind === 'certification' ? c.label : undefined).toBe(label);
  expect(c?.status).toBe('confirmed');
  expect(claims.filter((o) => o.kind === 'certification' && o !== c)).toEqual([]);
}
