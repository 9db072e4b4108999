/**
 * The fetching step's face: one polite, safe HTTP GET. Implementations live beside this file.
 * Errors are thrown as FetchError (see fetch-errors.ts), whose `retryable` says whether a
 * later try can help.
 */
export interface FetchRequest {
  url: string;
  /** Validators from the last fetch of this URL, for a conditional GET. */
  etag?: string;
  lastModified?: string;
  /** Accept header; defaults to HTML. */
  accept?: string;
}

export interface FetchedPage {
  kind: 'fetched';
  /** The URL asked for, and the one answered after redirects. */
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  /** Raw bytes, as received (after content decoding: gzip, br). */
  body: Buffer;
  /** Body decoded to text with the charset from the header, BOM, XML declaration or meta tag. */
  text: string;
  charset: string;
  etag?: string;
  lastModified?: string;
}

export interface NotModified {
  kind: 'not-modified';
  url: string;
  finalUrl: string;
}

export type FetchOutcome = FetchedPage | NotModified;

export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchOutcome>;
  close(): Promise<void>;
}
