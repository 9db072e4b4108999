/**
 * Every failure of the fetching step is a FetchError. Its `retryable` encodes the retry policy, so
 * the queue decides without parsing messages: a later try can help (5xx, 429, timeout, network) or
 * it cannot (4xx, refused address, robots.txt, too large, redirect trouble).
 */
export type FetchErrorCode =
  | 'invalid-url'
  | 'unsupported-scheme'
  | 'blocked-address'
  | 'robots-disallowed'
  | 'robots-unavailable'
  | 'timeout'
  | 'network'
  | 'http-status'
  | 'body-too-large'
  | 'content-decoding'
  | 'too-many-redirects'
  | 'redirect-loop';

export interface FetchErrorDetails {
  code: FetchErrorCode;
  url: string;
  retryable: boolean;
  /** HTTP status, for 'http-status' (and 'robots-unavailable' when robots.txt answered an error). */
  status?: number;
  /** What the server asked for in Retry-After, in milliseconds, when it said so. */
  retryAfterMs?: number;
  cause?: unknown;
}

export class FetchError extends Error {
  override name = 'FetchError';
  readonly code: FetchErrorCode;
  readonly url: string;
  readonly retryable: boolean;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;

  constructor(message: string, details: FetchErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = details.code;
    this.url = details.url;
    this.retryable = details.retryable;
    this.status = details.status;
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** Whether an HTTP error status is worth another try later. */
export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

/** Finds a FetchError in an error or its cause chain (undici wraps errors raised inside the connector). */
export function findFetchError(error: unknown): FetchError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current instanceof FetchError) return current;
    current = current.cause;
  }
  return undefined;
}
