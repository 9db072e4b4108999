import type { ParsedArticle } from './article.ts';
import { findCanonicalUrl } from './canonical-url.ts';
import { contentHash } from './content-hash.ts';
import { detectLanguage } from './detect-language.ts';
import { parseHtml } from './html-document.ts';
import { readJsonLd } from './json-ld.ts';
import { extractMainText } from './main-text.ts';
import { collectPageSignals } from './page-signals.ts';
import { findTitle } from './page-title.ts';
import { findPublishedAt, toInstant } from './published-date.ts';
import { findPublisher, hostName } from './publisher.ts';
import { simhash } from './simhash.ts';

export interface ParseArticleOptions {
  /** The fetched URL: relative canonical links resolve against it; it is the last canonical fallback. */
  url?: string;
  /** Used when the page has no title (e.g. the title from the feed). */
  fallbackTitle?: string;
  /** Used when the page states no publication time (ISO-8601, e.g. the feed's date). */
  fallbackPublishedAt?: string;
  /** Publisher name to record when the page does not name one. */
  publisher?: string;
}

/** From a fetched HTML page to a clean article. Pure: never throws on bad HTML, no I/O. */
export function parseArticle(html: string, options: ParseArticleOptions = {}): ParsedArticle {
  const document = parseHtml(html);
  const signals = collectPageSignals(document);
  const jsonLd = readJsonLd(signals.jsonLd);
  const url = options.url ?? '';
  const canonicalUrl = findCanonicalUrl(options.url, [
    signals.canonicalHref,
    signals.meta.get('og:url'),
    jsonLd.url,
  ]);
  const publisher = findPublisher(signals, jsonLd, options.url ?? canonicalUrl, options.publisher);
  const title = findTitle(
    signals,
    jsonLd,
    [publisher, hostName(options.url ?? canonicalUrl)],
    options.fallbackTitle,
  );
  const publishedAt =
    findPublishedAt(signals, jsonLd) ??
    (options.fallbackPublishedAt === undefined ? undefined : toInstant(options.fallbackPublishedAt));
  const text = extractMainText(document, title);
  const language = detectLanguage(text === '' ? title : text);
  // The two fingerprints serve the store's duplicate detection, not claim extraction: each is
  // computed when first read (by the store step), then kept, so a page parsed only for its claims
  // never pays for them. Getters in the literal, not a spread: a spread would read them at once.
  let hash: string | undefined;
  let nearHash: string | undefined;
  return {
    url,
    canonicalUrl,
    title,
    publisher,
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(language === undefined ? {} : { language }),
    text,
    get contentHash() {
      hash ??= contentHash(text);
      return hash;
    },
    get simhash() {
      nearHash ??= simhash(text);
      return nearHash;
    },
  };
}
