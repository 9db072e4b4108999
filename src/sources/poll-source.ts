import type { SourceConfig } from '../config/config-schema.ts';
import { FetchError } from '../fetching/fetch-errors.ts';
import type { FetchedPage, Fetcher } from '../fetching/fetcher.ts';
import type { BrowserRenderer } from './browser/chromium-renderer.ts';
import { type ListingReading, readListing } from './read-listing.ts';
import type { SourceItem, SourceYield } from './source-item.ts';

export interface PollDeps {
  fetcher: Fetcher;
  /** Needed by `type: browser` sources only. */
  browser?: Pick<BrowserRenderer, 'render'>;
  /** Validators from the last poll of this listing, for a conditional GET. */
  previous?: { etag?: string; lastModified?: string };
}

export type PollResult = SourceYield & { etag?: string; lastModified?: string };

/** Feeds are asked for as feeds: some servers answer HTML to a browser-like Accept. */
export const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';
const SITEMAP_ACCEPT = 'application/xml, text/xml;q=0.9, */*;q=0.5';
/** A sitemap index can list years of monthly sitemaps: only the most recent few are read. */
const MAX_CHILD_SITEMAPS = 5;

/**
 * Reads one source's listing: fetch (conditional GET), parse by type, items plus problems. Parse
 * problems are returned, never thrown; fetch failures are thrown as the fetcher's FetchError so
 * that the queue can decide whether to retry.
 */
export async function pollSource(source: SourceConfig, deps: PollDeps): Promise<PollResult> {
  if (source.type === 'browser') {
    if (!deps.browser)
      throw new Error(`source "${source.name}" has type browser but no browser was provided`);
    const page = await deps.browser.render(source.url);
    const reading = readListing('browser', { url: page.finalUrl, body: page.html }, source.selectors);
    return { items: reading.items, errors: reading.errors, notModified: false };
  }

  const outcome = await deps.fetcher.fetch({
    url: source.url,
    etag: deps.previous?.etag,
    lastModified: deps.previous?.lastModified,
    accept: source.type === 'rss' ? FEED_ACCEPT : source.type === 'sitemap' ? SITEMAP_ACCEPT : undefined,
  });
  if (outcome.kind === 'not-modified') return { items: [], errors: [], notModified: true, ...deps.previous };

  const reading = readFetched(source, outcome);
  const result: PollResult = { items: reading.items, errors: reading.errors, notModified: false };
  if (outcome.etag !== undefined) result.etag = outcome.etag;
  if (outcome.lastModified !== undefined) result.lastModified = outcome.lastModified;
  if (reading.sitemaps?.length) await readChildSitemaps(reading.sitemaps, deps.fetcher, result);
  return result;
}

/** The reading of a fetched listing page; `body` bytes for XML (its own charset rules), text for HTML. */
export function readFetched(
  source: Pick<SourceConfig, 'type' | 'selectors'>,
  page: FetchedPage,
): ListingReading {
  const body = source.type === 'html' || source.type === 'browser' ? page.text : page.body;
  return readListing(
    source.type,
    { url: page.finalUrl, body, contentType: page.contentType },
    source.selectors,
  );
}

/** Reads the most recent child sitemaps of an index into `result`; a child that fails is an error entry. */
export async function readChildSitemaps(
  sitemaps: NonNullable<ListingReading['sitemaps']>,
  fetcher: Fetcher,
  result: { items: SourceItem[]; errors: string[] },
): Promise<void> {
  const recent = [...sitemaps]
    .map((sitemap, index) => ({ ...sitemap, index }))
    .sort((a, b) => (b.lastModified ?? '').localeCompare(a.lastModified ?? '') || a.index - b.index)
    .slice(0, MAX_CHILD_SITEMAPS);
  const seen = new Set(result.items.map((item) => item.url));
  for (const sitemap of recent) {
    let page: FetchedPage;
    try {
      const outcome = await fetcher.fetch({ url: sitemap.url, accept: SITEMAP_ACCEPT });
      if (outcome.kind === 'not-modified') continue;
      page = outcome;
    } catch (error) {
      // The index was read: one unreachable child is a problem to report, not a failed poll.
      if (!(error instanceof FetchError)) throw error;
      result.errors.push(`${sitemap.url}: ${error.message}`);
      continue;
    }
    const child = readFetched({ type: 'sitemap', selectors: undefined }, page);
    result.errors.push(...child.errors);
    if (child.sitemaps?.length)
      result.errors.push(`${sitemap.url}: nested sitemap index ignored (one level is read)`);
    for (const item of child.items as SourceItem[]) {
      if (seen.has(item.url)) continue;
      seen.add(item.url);
      result.items.push(item);
    }
  }
}
