import robotsParserModule from 'robots-parser';
import { BlockedAddressError } from './address-guard.ts';
import { FetchError, findFetchError } from './fetch-errors.ts';

/**
 * robots.txt rules per origin, cached. What an answer means follows RFC 9309: 2xx is parsed; 4xx
 * (and redirect trouble) means no rules; 5xx, 429 or an unreachable server means "disallow for now",
 * a retryable error, cached briefly so that a burst of jobs does not hammer a failing site.
 */
export interface RobotsFile {
  status: number;
  text: string;
}

/** Fetches a robots.txt URL through the fetcher's safe path; throws FetchError when it cannot. */
export type RobotsLoader = (robotsUrl: string) => Promise<RobotsFile>;

export interface RobotsCacheOptions {
  userAgent: string;
  ttlMs: number;
  load: RobotsLoader;
  now: () => number;
  /** How long a failed robots.txt (5xx, unreachable) is remembered. Default: min(ttlMs, 60 s). */
  failureTtlMs?: number;
  /** Crawl-delay values above this are capped, so that one site cannot hold a worker for hours. */
  maxCrawlDelayMs?: number;
}

export interface RobotsVerdict {
  /** The site's Crawl-delay for our user agent, in ms (0 when none). */
  crawlDelayMs: number;
}

// robots-parser is CommonJS with ESM-style typings: at run time the default import is the function itself.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;
type Rules = ReturnType<typeof robotsParser>;

interface Entry {
  expiresAt: number;
  rules: Rules | undefined;
  failure: FetchError | undefined;
}

const defaultMaxCrawlDelayMs = 60_000;
const pruneAbove = 1000;

/** The product token robots.txt groups are matched against: "vigie" for "vigie/0.1 (+https://...)". */
export function robotsToken(userAgent: string): string {
  return userAgent.match(/[A-Za-z0-9_-]+/)?.[0]?.toLowerCase() ?? '*';
}

export class RobotsCache {
  readonly #options: Readonly<RobotsCacheOptions>;
  readonly #token: string;
  readonly #entries = new Map<string, Entry>();
  readonly #loading = new Map<string, Promise<Entry>>();

  constructor(options: RobotsCacheOptions) {
    this.#options = Object.freeze({ ...options });
    this.#token = robotsToken(options.userAgent);
  }

  /** Resolves when `url` may be fetched; throws 'robots-disallowed' or 'robots-unavailable' otherwise. */
  async check(url: URL): Promise<RobotsVerdict> {
    const entry = await this.#entryFor(url.origin).catch((error: unknown) => {
      // A refused robots.txt address is the page's own address: name the page.
      throw error instanceof BlockedAddressError ? error.retarget(url.href) : error;
    });
    if (entry.failure !== undefined) throw entry.failure;
    if (entry.rules === undefined) return { crawlDelayMs: 0 };
    if (entry.rules.isDisallowed(url.href, this.#token) === true) {
      throw new FetchError(
        `robots.txt of ${url.origin} disallows ${url.href} for user agent "${this.#token}"; ` +
          'the page is skipped (network.respectRobotsTxt: false turns the check off, for your own sites)',
        { code: 'robots-disallowed', url: url.href, retryable: false },
      );
    }
    const seconds = Number(entry.rules.getCrawlDelay(this.#token) ?? 0);
    const maxMs = this.#options.maxCrawlDelayMs ?? defaultMaxCrawlDelayMs;
    return { crawlDelayMs: Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, maxMs) : 0 };
  }

  async #entryFor(origin: string): Promise<Entry> {
    const cached = this.#entries.get(origin);
    if (cached !== undefined && cached.expiresAt > this.#options.now()) return cached;
    let loading = this.#loading.get(origin);
    if (loading === undefined) {
      loading = this.#load(origin).finally(() => this.#loading.delete(origin));
      this.#loading.set(origin, loading);
    }
    return loading;
  }

  async #load(origin: string): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    const { ttlMs, now } = this.#options;
    const failureTtlMs = this.#options.failureTtlMs ?? Math.min(ttlMs, 60_000);
    let entry: Entry;
    try {
      const file = await this.#options.load(robotsUrl);
      if (file.status >= 200 && file.status < 300) {
        entry = { expiresAt: now() + ttlMs, rules: robotsParser(robotsUrl, file.text), failure: undefined };
      } else if (file.status >= 500 || file.status === 429) {
        const failure = unavailable(origin, `it answered HTTP ${file.status}`, file.status);
        entry = { expiresAt: now() + failureTtlMs, rules: undefined, failure };
      } else {
        entry = { expiresAt: now() + ttlMs, rules: undefined, failure: undefined };
      }
    } catch (error) {
      const fetchError = findFetchError(error);
      if (fetchError?.code === 'blocked-address') throw fetchError;
      if (fetchError !== undefined && !fetchError.retryable) {
        // Redirect loops, an oversized or undecodable file: like Google, read as "no rules".
        entry = { expiresAt: now() + ttlMs, rules: undefined, failure: undefined };
      } else {
        const reason = fetchError?.message ?? String(error);
        entry = { expiresAt: now() + failureTtlMs, rules: undefined, failure: unavailable(origin, reason) };
      }
    }
    if (this.#entries.size >= pruneAbove) this.#pruneExpired();
    this.#entries.set(origin, entry);
    return entry;
  }

  #pruneExpired(): void {
    const now = this.#options.now();
    for (const [origin, entry] of this.#entries) if (entry.expiresAt <= now) this.#entries.delete(origin);
  }
}

function unavailable(origin: string, reason: string, status?: number): FetchError {
  return new FetchError(
    `robots.txt of ${origin} could not be read (${reason}); ` +
      'its pages are not fetched until it can be: retry later',
    { code: 'robots-unavailable', url: `${origin}/robots.txt`, retryable: true, status },
  );
}
