import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Dispatcher } from 'undici';
import { BlockedAddressError } from './address-guard.ts';
import { FetchError, findFetchError } from './fetch-errors.ts';

/**
 * One HTTP GET, one hop, with hard limits: a single deadline over connect, headers and the whole
 * body (undici's own timeouts are idle timeouts, which a body trickling forever never trips), and
 * a size cap checked on Content-Length, while streaming, and again after content decoding (so that
 * a small gzip bomb cannot expand past it).
 */
export interface ExchangeLimits {
  timeoutMs: number;
  maxBodyBytes: number;
}

export type ResponseHeaders = Record<string, string | string[] | undefined>;

export interface RawResponse {
  status: number;
  headers: ResponseHeaders;
  /** The decoded bytes (gzip, deflate, br undone); empty when the body was not wanted. */
  body: Buffer;
}

export interface ExchangeRequest {
  url: URL;
  headers: Record<string, string>;
  /** Whether to read the body of a response with this status (redirects and errors are discarded). */
  wantsBody: (status: number) => boolean;
}

const discardLimitBytes = 64 * 1024;
const timeoutCodes = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

export function headerValue(headers: ResponseHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export async function exchange(
  dispatcher: Dispatcher,
  request: ExchangeRequest,
  limits: ExchangeLimits,
): Promise<RawResponse> {
  const { url } = request;
  const controller = new AbortController();
  let timedOut = false;
  const deadline = setTimeout(() => {
    timedOut = true;
    controller.abort(new Error(`deadline of ${limits.timeoutMs} ms reached`));
  }, limits.timeoutMs);
  try {
    const response = await dispatcher.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: 'GET',
      headers: request.headers,
      signal: controller.signal,
    });
    const headers = response.headers as ResponseHeaders;
    if (!request.wantsBody(response.statusCode)) {
      await response.body.dump({ limit: discardLimitBytes });
      return { status: response.statusCode, headers, body: Buffer.alloc(0) };
    }
    const declared = Number(headerValue(headers, 'content-length'));
    if (Number.isFinite(declared) && declared > limits.maxBodyBytes) {
      abandon(response.body);
      throw tooLarge(url, limits, `Content-Length says ${declared} bytes`);
    }
    const wire = await readCapped(response.body, url, limits);
    const body = await decodeContent(wire, headerValue(headers, 'content-encoding'), url, limits);
    return { status: response.statusCode, headers, body };
  } catch (error) {
    throw toFetchError(error, url, limits, timedOut);
  } finally {
    clearTimeout(deadline);
  }
}

async function readCapped(
  body: Dispatcher.ResponseData['body'],
  url: URL,
  limits: ExchangeLimits,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > limits.maxBodyBytes) {
      abandon(body);
      throw tooLarge(url, limits, `more than ${limits.maxBodyBytes} bytes arrived`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, size);
}

/** Drops a body half-read; undici reports the drop as an error nobody needs to hear. */
function abandon(body: Dispatcher.ResponseData['body']): void {
  body.on('error', () => {});
  body.destroy();
}

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

async function decodeContent(
  wire: Buffer,
  contentEncoding: string | undefined,
  url: URL,
  limits: ExchangeLimits,
): Promise<Buffer> {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity')
    .reverse();
  const options = { maxOutputLength: limits.maxBodyBytes };
  let body = wire;
  for (const coding of codings) {
    try {
      if (coding === 'gzip' || coding === 'x-gzip') body = await gunzip(body, options);
      else if (coding === 'br') body = await brotli(body, options);
      else if (coding === 'deflate') {
        // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate.
        body = await inflate(body, options).catch(() => inflateRaw(body, options));
      } else {
        throw new FetchError(
          `${url.href} came with Content-Encoding "${coding}", which vigie cannot decode; ` +
            'the page is skipped',
          { code: 'content-decoding', url: url.href, retryable: false },
        );
      }
    } catch (error) {
      if (error instanceof FetchError) throw error;
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw tooLarge(url, limits, `its ${coding} content expands past the limit`);
      }
      throw new FetchError(
        `${url.href} sent a corrupt ${coding} body (${(error as Error).message}); the page is skipped`,
        { code: 'content-decoding', url: url.href, retryable: false, cause: error },
      );
    }
  }
  return body;
}

function tooLarge(url: URL, limits: ExchangeLimits, detail: string): FetchError {
  return new FetchError(
    `${url.href} is larger than network.maxBodyBytes (${limits.maxBodyBytes} bytes): ${detail}; ` +
      'raise network.maxBodyBytes if such pages are expected',
    { code: 'body-too-large', url: url.href, retryable: false },
  );
}

function toFetchError(error: unknown, url: URL, limits: ExchangeLimits, timedOut: boolean): FetchError {
  const known = findFetchError(error);
  if (known instanceof BlockedAddressError) return known.retarget(url.href);
  if (known !== undefined) return known;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (timedOut || (code !== undefined && timeoutCodes.has(code))) {
    return new FetchError(
      `${url.href} did not answer completely within ${limits.timeoutMs} ms; ` +
        'retry later, or raise network.timeoutMs if the site is slow',
      { code: 'timeout', url: url.href, retryable: true, cause: error },
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new FetchError(
    `network error fetching ${url.href}: ${reason}${code ? ` (${code})` : ''}; retry later`,
    { code: 'network', url: url.href, retryable: true, cause: error },
  );
}
