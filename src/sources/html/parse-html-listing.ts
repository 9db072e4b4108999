import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import type { SourceConfig } from '../../config/config-schema.ts';
import { parseFeedDate } from '../feeds/feed-date.ts';
import { foldSpaces } from '../feeds/html-to-text.ts';
import type { SourceItem } from '../source-item.ts';
import { isSameSite } from './same-site.ts';

export type ListingSelectors = NonNullable<SourceConfig['selectors']>;

/** The schema's defaults: every <article> and its first link. */
export const DEFAULT_SELECTORS: ListingSelectors = Object.freeze({ item: 'article', link: 'a[href]' });

export interface HtmlListingOptions {
  /** The page's URL (after redirects): links resolve against it, or against its <base href>. */
  pageUrl: string;
  selectors?: ListingSelectors;
  /** Keep links to other sites (default false: a listing's off-site links are ads and partners). */
  allowOtherSites?: boolean;
}

/**
 * Article links from a listing page (a section front, a search result, a "latest news" page): one
 * per element matching `selectors.item`, its link found by `selectors.link` (or the item itself when
 * it is a link), its title by `selectors.title` (else the link text), its date by `selectors.date`
 * (else a <time datetime> inside the item). Links are resolved, deduplicated and kept on-site.
 */
export function parseHtmlListing(
  html: string,
  options: HtmlListingOptions,
): { items: SourceItem[]; errors: string[] } {
  const selectors = options.selectors ?? DEFAULT_SELECTORS;
  const errors: string[] = [];
  let $: cheerio.CheerioAPI;
  let blocks: cheerio.Cheerio<AnyNode>;
  try {
    $ = cheerio.load(html);
    blocks = $(selectors.item);
  } catch (error) {
    return { items: [], errors: [`invalid item selector "${selectors.item}": ${(error as Error).message}`] };
  }
  const base = baseUrl($, options.pageUrl);
  const items: SourceItem[] = [];
  const seen = new Set<string>();
  let offSite = 0;
  blocks.each((_, block) => {
    const $block = $(block);
    const $link = $block.is(selectors.link) ? $block : $block.find(selectors.link).first();
    const url = resolveHttp($link.attr('href'), base);
    if (!url) return;
    if (!options.allowOtherSites && !isSameSite(url, options.pageUrl)) {
      offSite++;
      return;
    }
    const key = url.replace(/#.*$/, '');
    if (seen.has(key)) return;
    seen.add(key);
    const item: SourceItem = { url: key };
    const title = readTitle($, $block, $link, selectors);
    if (title) item.title = title;
    const publishedAt = readDate($, $block, selectors);
    if (publishedAt) item.publishedAt = publishedAt;
    items.push(item);
  });
  if (blocks.length === 0) {
    errors.push(
      `${options.pageUrl}: no element matches the item selector "${selectors.item}"; ` +
        'set sources[].selectors (item, link) for this page in the config',
    );
  } else if (items.length === 0) {
    const why =
      offSite > 0
        ? `all ${offSite} links lead to other sites`
        : `none has a link matching "${selectors.link}"`;
    errors.push(`${options.pageUrl}: ${blocks.length} elements match "${selectors.item}" but ${why}`);
  }
  return { items, errors };
}

function baseUrl($: cheerio.CheerioAPI, pageUrl: string): string {
  const href = $('base[href]').first().attr('href');
  return resolveHttp(href, pageUrl) ?? pageUrl;
}

function resolveHttp(href: string | undefined, base: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function readTitle(
  $: cheerio.CheerioAPI,
  $block: cheerio.Cheerio<AnyNode>,
  $link: cheerio.Cheerio<AnyNode>,
  selectors: ListingSelectors,
): string | undefined {
  const $title = selectors.title ? safeFind($, $block, selectors.title) : undefined;
  const text = foldSpaces(($title?.length ? $title.first() : $link).text());
  return text || $link.attr('title')?.trim() || undefined;
}

function readDate(
  $: cheerio.CheerioAPI,
  $block: cheerio.Cheerio<AnyNode>,
  selectors: ListingSelectors,
): string | undefined {
  const configured = selectors.date ? safeFind($, $block, selectors.date) : undefined;
  const $date = configured?.length ? configured : $block.find('time');
  if (!$date.length) return undefined;
  const first = $date.first();
  return parseFeedDate(first.attr('datetime') ?? first.attr('content') ?? first.text());
}

function safeFind(
  $: cheerio.CheerioAPI,
  $block: cheerio.Cheerio<AnyNode>,
  selector: string,
): cheerio.Cheerio<AnyNode> {
  try {
    return $block.find(selector);
  } catch {
    return $(); // An invalid optional selector reads as "not found"; the item still counts.
  }
}
