import { readFile } from 'node:fs/promises';
import type { LookupFunction } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Config, SourceConfig } from '../config/config-schema.ts';
import { findFetchError } from '../fetching/fetch-errors.ts';
import type { Fetcher } from '../fetching/fetcher.ts';
import { createHttpFetcher } from '../fetching/http-fetcher.ts';
import { type BrowserRenderer, ChromiumRenderer } from './browser/chromium-renderer.ts';
import { FEED_ACCEPT, readChildSitemaps, readFetched } from './poll-source.ts';
import { detectListingType, type ListingReading, readListing, type SourceType } from './read-listing.ts';

/** One item as `vigie sources test --json` prints it: every key present, null when unknown. */
export interface TestedItem {
  url: string | null;
  title: string | null;
  publishedAt: string | null;
}

export interface SourceTestReport {
  /** The type the listing was read as. */
  type: SourceType;
  items: TestedItem[];
  errors: string[];
}

export interface TestSourceOptions {
  config: Config;
  /** Forces the reader; default: the configured source's type, else detected (feed or sitemap). */
  type?: SourceType;
  /** Relative file paths resolve against it; default process.cwd(). */
  cwd?: string;
  /** Injected in tests and by callers that already hold them; otherwise made here and closed. */
  fetcher?: Fetcher;
  browser?: BrowserRenderer;
  lookup?: LookupFunction;
}

/**
 * What `vigie sources test` shows: the items a URL (or a local file) yields, read the way polling
 * would read it, and nothing stored. Never throws: every failure becomes an error sentence. Feed
 * entries without a usable link are listed with `url: null` (and an error says polling skips them),
 * so that a feed can be checked entry by entry.
 */
export async function testSource(target: string, options: TestSourceOptions): Promise<SourceTestReport> {
  const location = locate(target, options.cwd ?? process.cwd());
  if ('error' in location) return { type: options.type ?? 'rss', items: [], errors: [location.error] };
  if (location.kind === 'file') return testFile(location.path, options.type);

  const configured = findConfiguredSource(options.config.sources, location.url);
  const type = options.type ?? configured?.type;
  try {
    if (type === 'browser') return await testBrowser(location.url, configured, options);
    return await testFetched(location.url, type, configured, options);
  } catch (error) {
    return { type: type ?? 'rss', items: [], errors: [describeFailure(error, options)] };
  }
}

async function testFetched(
  url: string,
  explicitType: SourceType | undefined,
  configured: SourceConfig | undefined,
  options: TestSourceOptions,
): Promise<SourceTestReport> {
  const fetcher = options.fetcher ?? createHttpFetcher(options.config.network, { lookup: options.lookup });
  try {
    const outcome = await fetcher.fetch({ url, accept: explicitType === 'html' ? undefined : FEED_ACCEPT });
    if (outcome.kind === 'not-modified') return { type: explicitType ?? 'rss', items: [], errors: [] };
    const type = explicitType ?? (detectListingType(outcome.text) === 'sitemap' ? 'sitemap' : 'rss');
    const reading = readFetched({ type, selectors: configured?.selectors }, outcome);
    if (reading.sitemaps?.length) {
      // A sitemap index shows what polling reads from it: its most recent sitemaps' pages.
      await readChildSitemaps(reading.sitemaps, fetcher, reading);
    }
    return report(type, reading);
  } finally {
    if (!options.fetcher) await fetcher.close();
  }
}

async function testBrowser(
  url: string,
  configured: SourceConfig | undefined,
  options: TestSourceOptions,
): Promise<SourceTestReport> {
  const browser = options.browser ?? new ChromiumRenderer(options.config.network, { lookup: options.lookup });
  try {
    const page = await browser.render(url);
    return report(
      'browser',
      readListing('browser', { url: page.finalUrl, body: page.html }, configured?.selectors),
    );
  } finally {
    if (!options.browser) await browser.close();
  }
}

async function testFile(path: string, explicitType: SourceType | undefined): Promise<SourceTestReport> {
  let body: Buffer;
  try {
    body = await readFile(path);
  } catch (error) {
    return {
      type: explicitType ?? 'rss',
      items: [],
      errors: [`cannot read ${path}: ${(error as Error).message}`],
    };
  }
  if (explicitType === 'browser') {
    return {
      type: 'browser',
      items: [],
      errors: ['--type browser needs an http(s) URL: serve the file, or use --type html'],
    };
  }
  const detected = detectListingType(body.subarray(0, 4096).toString('latin1'));
  const type = explicitType ?? (detected === 'sitemap' ? 'sitemap' : 'rss');
  const url = pathToFileURL(path).href;
  // A saved page's links are absolute URLs of its site, which a file:// page URL cannot match.
  const reading = readListing(type, { url, body }, undefined, { allowOtherSites: true });
  if (reading.sitemaps?.length) {
    reading.errors.push(
      `a sitemap index of ${reading.sitemaps.length} sitemaps: serve it over http(s) to read them`,
    );
  }
  return report(type, reading);
}

function report(type: SourceType, reading: ListingReading): SourceTestReport {
  const listed = reading.entries ?? reading.items;
  const items = listed.map((entry) => ({
    url: entry.url ?? null,
    title: entry.title ?? null,
    publishedAt: entry.publishedAt ?? null,
  }));
  return { type, items, errors: reading.errors };
}

type Location = { kind: 'url'; url: string } | { kind: 'file'; path: string } | { error: string };

function locate(target: string, cwd: string): Location {
  if (/^https?:\/\//i.test(target)) {
    try {
      return { kind: 'url', url: new URL(target).href };
    } catch {
      return { error: `${target} is not a valid URL` };
    }
  }
  if (/^file:/i.test(target)) {
    try {
      return { kind: 'file', path: fileURLToPath(target) };
    } catch (error) {
      return { error: `${target} is not a usable file URL: ${(error as Error).message}` };
    }
  }
  if (/^[a-z][a-z0-9+.-]+:\/\//i.test(target)) {
    return { error: `${target}: only http(s) URLs, file:// URLs and file paths can be tested` };
  }
  return { kind: 'file', path: resolve(cwd, target) };
}

function findConfiguredSource(sources: readonly SourceConfig[], url: string): SourceConfig | undefined {
  const key = comparable(url);
  return sources.find((source) => comparable(source.url) === key);
}

function comparable(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}

function describeFailure(error: unknown, options: TestSourceOptions): string {
  const fetchError = findFetchError(error);
  if (fetchError?.code === 'blocked-address' && !options.config.network.allowPrivateAddresses) {
    const refusal = fetchError.message.replace(/;\s*set network\.allowPrivateAddresses[^;]*$/, '');
    return `${refusal}; set network.allowPrivateAddresses: true in a config file to test loopback sources`;
  }
  return (fetchError ?? (error as Error)).message ?? String(error);
}
