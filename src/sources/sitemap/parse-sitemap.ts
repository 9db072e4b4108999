import { gunzipSync } from 'node:zlib';
import { decodeFeedBytes } from '../feeds/decode-feed-bytes.ts';
import { parseFeedDate } from '../feeds/feed-date.ts';
import { foldSpaces } from '../feeds/html-to-text.ts';
import { childElements, type Element, localName, parseXmlTree, textContent } from '../feeds/xml-node.ts';
import type { SourceItem } from '../source-item.ts';

export interface ChildSitemap {
  url: string;
  lastModified?: string;
}

export interface ParsedSitemap {
  kind?: 'urlset' | 'sitemapindex';
  /** For a urlset: its pages, with the news:news title and publication date when given. */
  items: SourceItem[];
  /** For a sitemap index: the sitemaps it lists. */
  sitemaps: ChildSitemap[];
  errors: string[];
}

/** A gzipped sitemap (sitemap.xml.gz served as is) is unpacked up to this size. */
const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

/**
 * Reads a sitemap (`<urlset>`, with Google News `<news:news>` entries) or a sitemap index
 * (`<sitemapindex>`). Never throws: an unreadable document is an error entry.
 */
export function parseSitemap(
  input: string | Buffer,
  options: { url: string; contentType?: string },
): ParsedSitemap {
  const result: ParsedSitemap = { items: [], sitemaps: [], errors: [] };
  let text: string;
  try {
    text = typeof input === 'string' ? input : decodeFeedBytes(unpack(input), options.contentType).text;
  } catch (error) {
    result.errors.push(`${options.url}: cannot unpack the gzipped sitemap (${(error as Error).message})`);
    return result;
  }
  const root = childElements(parseXmlTree(text)).find((element) =>
    ['urlset', 'sitemapindex'].includes(localName(element)),
  );
  if (!root) {
    result.errors.push(`${options.url}: not a sitemap (no <urlset> or <sitemapindex> element)`);
    return result;
  }
  result.kind = localName(root) === 'urlset' ? 'urlset' : 'sitemapindex';
  const seen = new Set<string>();
  for (const entry of childElements(root)) {
    const url = resolve(childText(entry, 'loc'), options.url);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    if (result.kind === 'sitemapindex') {
      if (localName(entry) !== 'sitemap') continue;
      const lastModified = parseFeedDate(childText(entry, 'lastmod'));
      result.sitemaps.push(lastModified ? { url, lastModified } : { url });
    } else if (localName(entry) === 'url') {
      result.items.push(readUrl(entry, url));
    }
  }
  return result;
}

function readUrl(entry: Element, url: string): SourceItem {
  const item: SourceItem = { url };
  const news = childElements(entry).find((child) => localName(child) === 'news');
  const title = news ? foldSpaces(childText(news, 'title') ?? '') : '';
  if (title) item.title = title;
  const publishedAt =
    (news ? parseFeedDate(childText(news, 'publication_date')) : undefined) ??
    parseFeedDate(childText(entry, 'lastmod'));
  if (publishedAt) item.publishedAt = publishedAt;
  return item;
}

function childText(element: Element, name: string): string | undefined {
  const child = childElements(element).find((candidate) => localName(candidate) === name);
  return child ? textContent(child).trim() : undefined;
}

function resolve(loc: string | undefined, base: string): string | undefined {
  if (!loc) return undefined;
  try {
    const url = new URL(loc, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function unpack(body: Buffer): Buffer {
  return body[0] === 0x1f && body[1] === 0x8b
    ? gunzipSync(body, { maxOutputLength: MAX_UNPACKED_BYTES })
    : body;
}
