import { createHash } from 'node:crypto';
import { stripTracking } from '../articles/canonical-url.ts';

/**
 * Deterministic job ids: the same work asked twice (a URL listed by three feeds, two scheduler
 * processes on one tick) is one job.
 */
export function pollJobId(source: string, tick: string): string {
  return `poll:${source}:${tick}`;
}

/** A URL is the same page whatever tracking parameters or fragment a feed added to it. */
export function normaliseUrl(url: string): string {
  const stripped = stripTracking(url);
  try {
    return new URL(stripped).href;
  } catch {
    return stripped;
  }
}

export function fetchJobId(url: string): string {
  return `fetch:${createHash('sha1').update(normaliseUrl(url)).digest('hex')}`;
}

export function processJobId(articleId: number): string {
  return `process:${articleId}`;
}

/** `round` tells a re-delivery at start (after a crash) from the first delivery. */
export function alertJobId(alertId: number, round?: string): string {
  return round ? `alert:${alertId}:${round}` : `alert:${alertId}`;
}
