import * as chrono from 'chrono-node';
import type { JsonLdArticle } from './json-ld.ts';
import type { PageSignals } from './page-signals.ts';

/** Meta keys that carry the publication time, most trusted first. */
const META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'article.published',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.date',
  'dcterms.issued',
  'dcterms.created',
  'parsely-pub-date',
  'sailthru.date',
  'article_date_original',
  'cxenseparse:recs:publishtime',
  'originalpublicationdate',
  'datecreated',
  'citation_publication_date',
  'citation_date',
  'bepress_citation_date',
  'timestamp',
];

/** The page's publication time as an ISO-8601 instant, or undefined when it states none we trust. */
export function findPublishedAt(signals: PageSignals, jsonLd: JsonLdArticle): string | undefined {
  const candidates: (string | undefined)[] = [jsonLd.datePublished];
  for (const key of META_KEYS)
    candidates.push(signals.meta.get(key) ?? signals.meta.get(key.replace('.', ':')));
  candidates.push(parselyPubDate(signals.meta.get('parsely-page')));
  candidates.push(...signals.timeDatetimes);
  for (const candidate of candidates) {
    const instant = candidate === undefined ? undefined : toInstant(candidate);
    if (instant !== undefined) return instant;
  }
  return undefined;
}

/**
 * ISO-8601, RFC 2822 and plain dates in French or English ("14 janvier 2020"). A date without
 * a time becomes midnight UTC. Years outside 1990..2100 are typing errors, not dates.
 */
export function toInstant(value: string): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  let date: Date | undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) date = new Date(`${text}T00:00:00Z`);
  else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) {
    // A local time without an offset is read as UTC: the page gives us nothing better.
    const iso = text.replace(' ', 'T');
    date = new Date(
      /([zZ]|[+-]\d{2}:?\d{2})$/.test(iso) ? iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2') : `${iso}Z`,
    );
  } else if (/^\d{10}$/.test(text)) date = new Date(Number(text) * 1000);
  else if (/^\d{13}$/.test(text)) date = new Date(Number(text));
  else {
    const parsed = Date.parse(text);
    if (!Number.isNaN(parsed) && /[a-z]{3}/i.test(text)) date = new Date(parsed);
    else {
      const reference = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };
      date =
        chrono.fr.strict.parseDate(text, reference) ??
        chrono.en.strict.parseDate(text, reference) ??
        undefined;
    }
  }
  if (date === undefined || Number.isNaN(date.getTime())) return undefined;
  const year = date.getUTCFullYear();
  if (year < 1990 || year > 2100) return undefined;
  return date.toISOString();
}

function parselyPubDate(content: string | undefined): string | undefined {
  if (content === undefined) return undefined;
  try {
    const value = JSON.parse(content) as { pub_date?: unknown };
    return typeof value.pub_date === 'string' ? value.pub_date : undefined;
  } catch {
    return undefined;
  }
}
