import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import { Agent } from 'undici';
import type { NetworkConfig } from '../config/config-schema.ts';
import { type AddressPolicy, checkUrlHost, createGuardedLookup, normaliseHostname } from './address-guard.ts';
import { decodeBody } from './decode-body.ts';
import { FetchError, isRetryableStatus } from './fetch-errors.ts';
import type { Fetcher, FetchOutcome, FetchRequest } from './fetcher.ts';
import { HostLimiter } from './host-limiter.ts';
import { type ExchangeLimits, exchange, headerValue, type RawResponse } from './http-exchange.ts';
import { RobotsCache } from './robots-cache.ts';

/**
 * The Fetcher over HTTP: single-shot (retries are the queue's job), polite (robots.txt, per-host
 * concurrency and delay) and safe (SSRF guard on every hop, after DNS resolution; time and size
 * limits). Redirects are followed by hand so that each hop goes through the same checks.
 */
export interface HttpFetcherOptions {
  /** DNS resolver with node's dns.lookup signature; default dns.lookup. Its answers are guarded. */
  lookup?: LookupFunction;
  /** Wall clock in ms, for the robots.txt cache and Retry-After dates; default Date.now. */
  now?: () => number;
  /**
   * Host names allowed to resolve to private addresses even when network.allowPrivateAddresses is
   * false (an intranet feed). Redirects away from them are checked as usual.
   */
  trustedHosts?: readonly string[];
}

const defaultAccept = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8';
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

interface HopResult {
  response: RawResponse;
  finalUrl: string;
}

export function createHttpFetcher(network: NetworkConfig, options: HttpFetcherOptions = {}): Fetcher {
  const settings = Object.freeze({ ...network });
  const now = options.now ?? Date.now;
  const policy: AddressPolicy = {
    allowPrivateAddresses: settings.allowPrivateAddresses,
    trustedHosts: [...(options.trustedHosts ?? [])],
  };
  const limits: ExchangeLimits = { timeoutMs: settings.timeoutMs, maxBodyBytes: settings.maxBodyBytes };
  const agent = new Agent({
    connect: {
      lookup: createGuardedLookup(options.lookup ?? (dns.lookup as LookupFunction), policy),
      timeout: settings.timeoutMs,
    },
    headersTimeout: settings.timeoutMs,
    bodyTimeout: settings.timeoutMs,
  });
  const limiter = new HostLimiter({
    concurrency: settings.perHostConcurrency,
    delayMs: settings.perHostDelayMs,
  });

  async function follow(request: FetchRequest, checkRobots: boolean): Promise<HopResult> {
    const headers: Record<string, string> = {
      'user-agent': settings.userAgent,
      accept: request.accept ?? defaultAccept,
      'accept-language': 'fr,en;q=0.8',
      'accept-encoding': 'gzip, deflate, br',
    };
    if (request.etag !== undefined) headers['if-none-match'] = request.etag;
    if (request.lastModified !== undefined) headers['if-modified-since'] = request.lastModified;

    let url = parseTarget(request.url);
    const seen = new Set<string>();
    for (let redirects = 0; ; redirects++) {
      seen.add(url.href);
      const blocked = checkUrlHost(url, policy);
      if (blocked !== undefined) throw blocked;
      const crawlDelayMs = checkRobots && robots !== undefined ? (await robots.check(url)).crawlDelayMs : 0;
      const hop = url;
      const response = await limiter.run(
        normaliseHostname(hop.hostname),
        () => exchange(agent, { url: hop, headers, wantsBody: isSuccess }, limits),
        crawlDelayMs,
      );
      const location = headerValue(response.headers, 'location');
      if (!redirectStatuses.has(response.status) || location === undefined) {
        return { response, finalUrl: url.href };
      }
      const next = parseTarget(location, url);
      if (seen.has(next.href)) {
        throw new FetchError(
          `redirect loop fetching ${request.url}: ${url.href} sends back to ${next.href}; ` +
            'the page is skipped, check the source URL',
          { code: 'redirect-loop', url: request.url, retryable: false },
        );
      }
      if (redirects >= settings.maxRedirects) {
        throw new FetchError(
          `more than network.maxRedirects (${settings.maxRedirects}) redirects fetching ${request.url} ` +
            `(last hop ${url.href} -> ${next.href}); use the final URL, or raise network.maxRedirects`,
          { code: 'too-many-redirects', url: request.url, retryable: false },
        );
      }
      url = next;
    }
  }

  const robots = settings.respectRobotsTxt
    ? new RobotsCache({
        userAgent: settings.userAgent,
        ttlMs: settings.robotsCacheMinutes * 60_000,
        now,
        load: async (robotsUrl) => {
          const { response } = await follow({ url: robotsUrl, accept: 'text/plain,*/*;q=0.5' }, false);
          const text = decodeBody(response.body, headerValue(response.headers, 'content-type')).text;
          return { status: response.status, text };
        },
      })
    : undefined;

  return {
    async fetch(request: FetchRequest): Promise<FetchOutcome> {
      const { response, finalUrl } = await follow(request, true);
      if (response.status === 304) return { kind: 'not-modified', url: request.url, finalUrl };
      if (!isSuccess(response.status)) throw statusError(request.url, finalUrl, response, now());
      const contentType = headerValue(response.headers, 'content-type') ?? '';
      const { text, charset } = decodeBody(response.body, contentType);
      const etag = headerValue(response.headers, 'etag');
      const lastModified = headerValue(response.headers, 'last-modified');
      return {
        kind: 'fetched',
        url: request.url,
        finalUrl,
        status: response.status,
        contentType,
        body: response.body,
        text,
        charset,
        ...(etag === undefined ? {} : { etag }),
        ...(lastModified === undefined ? {} : { lastModified }),
      };
    },
    async close(): Promise<void> {
      limiter.close();
      await agent.close();
    },
  };
}

function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

/** Parses a request URL or a redirect Location (relative to `base`); only http and https pass. */
function parseTarget(raw: string, base?: URL): URL {
  const via = base === undefined ? '' : ` (redirect from ${base.href})`;
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchError(`"${raw}" is not a valid URL${via}; fix the source URL`, {
      code: 'invalid-url',
      url: raw,
      retryable: false,
    });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`refused ${url.href}${via}: only http and https URLs are fetched`, {
      code: 'unsupported-scheme',
      url: url.href,
      retryable: false,
    });
  }
  url.hash = '';
  url.username = '';
  url.password = '';
  return url;
}

function statusError(requested: string, finalUrl: string, response: RawResponse, nowMs: number): FetchError {
  const { status } = response;
  const retryable = isRetryableStatus(status);
  const retryAfterMs = parseRetryAfter(headerValue(response.headers, 'retry-after'), nowMs);
  const advice = retryable ? 'retry later' : 'the page is not available: check the URL';
  const where = finalUrl === requested ? requested : `${requested} (redirected to ${finalUrl})`;
  return new FetchError(`HTTP ${status} from ${where}; ${advice}`, {
    code: 'http-status',
    url: requested,
    retryable,
    status,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}

function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
