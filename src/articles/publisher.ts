import type { JsonLdArticle } from './json-ld.ts';
import type { PageSignals } from './page-signals.ts';

/** JSON-LD publisher, og:site_name, the caller's name for the source, else the host name without "www.". */
export function findPublisher(
  signals: PageSignals,
  jsonLd: JsonLdArticle,
  url: string,
  fallback: string | undefined,
): string {
  const named = [
    jsonLd.publisherName,
    signals.meta.get('og:site_name'),
    signals.meta.get('application-name'),
    fallback,
  ];
  for (const name of named) {
    const clean = name?.replace(/\s+/g, ' ').trim();
    if (clean) return clean;
  }
  return hostName(url);
}

/** "https://www.example.com/a" -> "example.com"; "" when it is no URL. */
export function hostName(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
