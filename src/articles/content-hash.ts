import { createHash } from 'node:crypto';
import { normaliseForHash } from './normalise-text.ts';

/** sha256 hex of the normalised text: equal for texts that differ only in case or spacing. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex');
}
