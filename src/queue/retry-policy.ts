import { PermanentJobError } from './job-types.ts';

/** Longest wait between two tries, whatever the attempt or a server's Retry-After says. */
const MAX_DELAY_MS = 10 * 60_000;

/**
 * Whether retrying cannot help: a PermanentJobError, or any error that says so itself through
 * `retryable === false` (FetchError does), found in the error or its causes.
 */
export function isPermanentError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current instanceof PermanentJobError) return true;
    const retryable = (current as { retryable?: unknown }).retryable;
    if (retryable === false) return true;
    if (retryable === true) return false;
    current = current.cause;
  }
  return false;
}

/** Exponential backoff: base, 2x base, 4x base... stretched to a server's Retry-After when it asked for more. */
export function retryDelayMs(attempt: number, baseMs: number, error?: unknown): number {
  const exponential = baseMs * 2 ** Math.max(0, attempt - 1);
  const asked = (error as { retryAfterMs?: unknown } | undefined)?.retryAfterMs;
  const wanted = typeof asked === 'number' && asked > exponential ? asked : exponential;
  return Math.min(wanted, MAX_DELAY_MS);
}

/** One line that says what went wrong, with the causes that undici and others wrap. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const parts = [error.message || error.name];
  let cause: unknown = error.cause;
  for (let depth = 0; depth < 3 && cause instanceof Error; depth++) {
    if (cause.message && !parts.some((p) => p.includes(cause instanceof Error ? cause.message : ''))) {
      parts.push(cause.message);
    }
    cause = cause.cause;
  }
  return parts.join(': ').replace(/\s+/g, ' ').trim();
}
