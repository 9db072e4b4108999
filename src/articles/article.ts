/** What the article step makes of one fetched page: pure data, no I/O. */
export type Language = 'fr' | 'en';

export interface ParsedArticle {
  url: string;
  canonicalUrl: string;
  title: string;
  /** Publisher name (og:site_name, JSON-LD publisher, or the host name). */
  publisher: string;
  /** ISO-8601 instant, when the page states one. */
  publishedAt?: string;
  /** Undefined when neither French nor English could be recognised. */
  language?: Language;
  /** Main text: paragraphs joined by "\n\n"; claim offsets point into this string. */
  text: string;
  /** sha256 hex of the normalised main text (computed when first read: see parse-article.ts). */
  readonly contentHash: string;
  /** 64-bit SimHash of the main text's shingles, 16 hex chars: near-duplicates differ in few bits. */
  readonly simhash: string;
}
