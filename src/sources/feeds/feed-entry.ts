import { parseFeedDate } from './feed-date.ts';
import { resolveFeedLink } from './feed-link.ts';
import { readTextConstruct } from './text-construct.ts';
import { attribute, childrenNamed, type Element, textContent } from './xml-node.ts';

/** One entry as the feed wrote it; `url` is absent when the entry names no usable http(s) link. */
export interface FeedEntry {
  url?: string;
  title?: string;
  /** ISO-8601 instant: the publication date, else the last update. */
  publishedAt?: string;
}

export type FeedDialect = 'atom' | 'rss';

/** Names are `prefix:local` as `qualifiedName` gives them; '' is no namespace. Order is preference. */
const NAMES = {
  atom: {
    title: ['atom:title', ':title', 'dc:title', 'media:title'],
    link: ['atom:link', ':link'],
    dates: [
      ['atom:published', ':published', 'atom:issued', ':issued', 'atom:created', ':created'],
      ['dc:date', 'dcterms:issued', 'dcterms:created'],
      ['atom:updated', ':updated', 'atom:modified', ':modified', 'dcterms:modified'],
    ],
  },
  rss: {
    title: [':title', 'rss:title', 'dc:title', 'atom:title', 'media:title'],
    link: [':link', 'rss:link'],
    dates: [
      [':pubdate', 'rss:pubdate', 'atom:published'],
      ['dc:date', 'dcterms:issued', 'dcterms:created'],
      ['dcterms:modified', 'atom:updated'],
    ],
  },
} as const;

export function readEntry(element: Element, dialect: FeedDialect, documentUrl: string): FeedEntry {
  const entry: FeedEntry = {};
  const url = dialect === 'atom' ? atomLink(element, documentUrl) : rssLink(element, documentUrl);
  if (url) entry.url = url;
  const title = readTitle(element, dialect);
  if (title) entry.title = title;
  const publishedAt = readDate(element, dialect);
  if (publishedAt) entry.publishedAt = publishedAt;
  return entry;
}

export function readTitle(element: Element, dialect: FeedDialect): string | undefined {
  for (const name of NAMES[dialect].title) {
    const found = childrenNamed(element, [name])[0];
    const text = found ? readTextConstruct(found, dialect) : '';
    if (text) return text;
  }
  return undefined;
}

/** Published beats updated; among repeated elements of one name the last wins, as feed readers do. */
function readDate(element: Element, dialect: FeedDialect): string | undefined {
  for (const group of NAMES[dialect].dates) {
    for (const name of group) {
      const found = childrenNamed(element, [name]).at(-1);
      const date = found ? parseFeedDate(textContent(found)) : undefined;
      if (date) return date;
    }
  }
  return undefined;
}

/** The alternate link (rel absent or "alternate"), HTML first; Atom 0.3 feeds sometimes put the URL in the text. */
function atomLink(entry: Element, documentUrl: string): string | undefined {
  const alternates = childrenNamed(entry, NAMES.atom.link)
    .filter((link) => (attribute(link, 'rel') ?? 'alternate').trim().toLowerCase() === 'alternate')
    .map((link) => ({ link, type: (attribute(link, 'type') ?? '').toLowerCase() }));
  const ordered = [
    ...alternates.filter(({ type }) => type === '' || type.includes('html')),
    ...alternates.filter(({ type }) => type !== '' && !type.includes('html')),
  ];
  for (const { link } of ordered) {
    const url = resolveFeedLink(link, attribute(link, 'href') || textContent(link), documentUrl);
    if (url) return url;
  }
  const id = childrenNamed(entry, ['atom:id', ':id'])[0];
  return id && /^https?:\/\//i.test(textContent(id).trim())
    ? resolveFeedLink(id, textContent(id), documentUrl)
    : undefined;
}

/** link, else an atom:link alternate, else a permalink guid, else the RSS 1.0 rdf:about. */
function rssLink(item: Element, documentUrl: string): string | undefined {
  for (const link of childrenNamed(item, NAMES.rss.link)) {
    const url = resolveFeedLink(link, textContent(link), documentUrl);
    if (url) return url;
  }
  for (const link of childrenNamed(item, ['atom:link'])) {
    const rel = (attribute(link, 'rel') ?? 'alternate').toLowerCase();
    const url = rel === 'alternate' ? resolveFeedLink(link, attribute(link, 'href'), documentUrl) : undefined;
    if (url) return url;
  }
  for (const guid of childrenNamed(item, [':guid', 'rss:guid'])) {
    const permalink = (attribute(guid, 'ispermalink') ?? 'true').trim().toLowerCase() !== 'false';
    const text = textContent(guid).trim();
    if (permalink && /^https?:\/\//i.test(text)) return resolveFeedLink(guid, text, documentUrl);
  }
  const about = attribute(item, 'rdf:about');
  return about && /^https?:\/\//i.test(about.trim()) ? resolveFeedLink(item, about, documentUrl) : undefined;
}
