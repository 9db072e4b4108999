import type { SourceConfig } from '../config/config-schema.ts';
import { decodeBody } from '../fetching/decode-body.ts';
import { type ParsedFeed, parseFeed } from './feeds/parse-feed.ts';
import { parseHtmlListing } from './html/parse-html-listing.ts';
import { parseSitemap } from './sitemap/parse-sitemap.ts';
import type { SourceItem } from './source-item.ts';

export type SourceType = SourceConfig['type'];

/** One listing document, already fetched or rendered. */
export interface ListingDocument {
  /** Where the document was finally read from: relative links resolve against it. */
  url: string;
  body: Buffer | string;
  contentType?: string;
}

/** A listing read: items with a usable link, every entry as written (for diagnostics), problems. */
export interface ListingReading {
  items: SourceItem[];
  /** Feeds only: every entry, in order, including those without a link. */
  entries?: ParsedFeed['entries'];
  /** Sitemap indexes: the child sitemaps to read next. */
  sitemaps?: { url: string; lastModified?: string }[];
  errors: string[];
}

/** Parses a listing document by source type. Pure: bytes in, items and error sentences out. */
export function readListing(
  type: SourceType,
  document: ListingDocument,
  selectors?: SourceConfig['selectors'],
  options: { allowOtherSites?: boolean } = {},
): ListingReading {
  if (type === 'rss') {
    const feed = parseFeed(document.body, { url: document.url, contentType: document.contentType });
    const errors = [...feed.errors];
    const items: SourceItem[] = [];
    feed.entries.forEach((entry, index) => {
      if (entry.url) items.push({ ...entry, url: entry.url });
      else
        errors.push(
          `entry ${index + 1}${entry.title ? ` ("${entry.title}")` : ''} has no usable http(s) link; skipped`,
        );
    });
    return { items: dedupe(items), entries: feed.entries, errors };
  }
  if (type === 'sitemap') {
    const sitemap = parseSitemap(document.body, { url: document.url, contentType: document.contentType });
    return { items: sitemap.items, sitemaps: sitemap.sitemaps, errors: sitemap.errors };
  }
  const html =
    typeof document.body === 'string' ? document.body : decodeBody(document.body, document.contentType).text;
  return parseHtmlListing(html, {
    pageUrl: document.url,
    selectors,
    allowOtherSites: options.allowOtherSites,
  });
}

/** What a document looks like, to pick its reader when the type is not given. */
export function detectListingType(text: string): 'rss' | 'sitemap' | 'html' | undefined {
  const head = text.slice(0, 4096).replace(/<!--[\s\S]*?-->/g, '');
  if (/<(\w+:)?(urlset|sitemapindex)[\s>]/i.test(head)) return 'sitemap';
  if (/<(\w+:)?(rss|RDF|feed|channel)[\s>]/.test(head)) return 'rss';
  if (/<!doctype\s+html|<html[\s>]|<body[\s>]/i.test(head)) return 'html';
  return undefined;
}

function dedupe(items: SourceItem[]): SourceItem[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.url) && seen.add(item.url));
}
