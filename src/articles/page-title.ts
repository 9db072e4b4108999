import type { JsonLdArticle } from './json-ld.ts';
import type { PageSignals } from './page-signals.ts';

/**
 * The article's headline: og:title, JSON-LD headline, twitter:title, `<title>`, the first
 * `<h1>`, then the caller's fallback. Whichever wins, a site name tacked on at either end
 * ("Headline | The Daily Ledger", "DW | 23.05.2011") is cut.
 */
export function findTitle(
  signals: PageSignals,
  jsonLd: JsonLdArticle,
  siteNames: readonly string[],
  fallback: string | undefined,
): string {
  const candidates = [
    signals.meta.get('og:title'),
    jsonLd.headline,
    signals.meta.get('twitter:title'),
    signals.titleText,
    signals.firstH1,
    fallback,
  ];
  const h1 = signals.firstH1?.replace(/\s+/g, ' ').trim() ?? '';
  for (const candidate of candidates) {
    const clean = candidate?.replace(/\s+/g, ' ').trim();
    if (!clean) continue;
    // "Headline | Unknown Site" with the same headline in the page's <h1>: the <h1> is the clean form.
    if (h1.length >= 10 && clean !== h1 && SEPARATORS.some((sep) => clean.startsWith(h1 + sep))) return h1;
    return stripSiteName(
      clean,
      siteNames.map(squash).filter((name) => name.length >= 2),
    );
  }
  return '';
}

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' · ', ' • ', ' » ', ' :: '];

function stripSiteName(title: string, sites: readonly string[]): string {
  let current = title;
  for (const separator of SEPARATORS) {
    const first = current.indexOf(separator);
    if (first > 0 && isSite(current.slice(first + separator.length), sites)) {
      current = current.slice(0, first);
      continue;
    }
    const last = current.lastIndexOf(separator);
    if (last > 0 && isSite(current.slice(0, last), sites)) current = current.slice(last + separator.length);
  }
  return current.trim();
}

function isSite(part: string, sites: readonly string[]): boolean {
  const squashed = squash(part);
  if (squashed === '') return false;
  return sites.some((site) => squashed.includes(site) || (squashed.length >= 3 && site.includes(squashed)));
}

/** "Info'Com-CGT" and "infocomcgt.fr" meet as "infocomcgt". */
function squash(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^www\./, '')
    .replace(/\.[a-z]{2,}$/, '')
    .replace(/[^a-z0-9]+/g, '');
}
