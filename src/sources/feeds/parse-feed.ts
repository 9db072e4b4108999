import type { Document } from 'domhandler';
import { XMLValidator } from 'fast-xml-parser';
import { decodeFeedBytes } from './decode-feed-bytes.ts';
import { type FeedDialect, type FeedEntry, readEntry, readTitle } from './feed-entry.ts';
import { childElements, type Element, localName, parseXmlTree } from './xml-node.ts';

export type FeedFormat = 'rss' | 'rdf' | 'atom';

export interface ParsedFeed {
  /** Undefined when no feed was found in the document. */
  format?: FeedFormat;
  title?: string;
  /** Every entry, in document order, including those without a usable link. */
  entries: FeedEntry[];
  /** What went wrong, one sentence each; the entries are what could be read regardless. */
  errors: string[];
}

export interface ParseFeedOptions {
  /** The document's URL: relative links resolve against it, and error messages name it. */
  url: string;
  /** Content-Type of the response, for the charset when `input` is bytes. */
  contentType?: string;
}

/**
 * Reads RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom 0.3/1.0. Never throws on bad input: ill-formed XML is
 * read leniently and reported, an HTML page or an empty body yields an error and no entries.
 */
export function parseFeed(input: string | Buffer, options: ParseFeedOptions): ParsedFeed {
  const text = (typeof input === 'string' ? input : decodeFeedBytes(input, options.contentType).text).replace(
    /^\uFEFF/,
    '',
  );
  if (text.trim() === '')
    return { entries: [], errors: [`${options.url}: the document is empty, not a feed`] };
  const document = parseXmlTree(text);
  const root = findFeedRoot(document);
  if (!root) return { entries: [], errors: [notAFeed(document, text, options.url)] };

  const errors: string[] = [];
  const wellFormed = XMLValidator.validate(text);
  if (wellFormed !== true) {
    const { msg, line } = wellFormed.err;
    errors.push(
      `${options.url}: the feed is not well-formed XML (line ${line}: ${msg}); entries were read leniently`,
    );
  }
  const { format, dialect, container, entries } = locateEntries(root);
  const feed: ParsedFeed = {
    format,
    entries: entries.map((element) => readEntry(element, dialect, options.url)),
    errors,
  };
  const title = container ? readTitle(container, dialect) : undefined;
  if (title) feed.title = title;
  return feed;
}

const FEED_ROOTS = new Set(['rss', 'rdf', 'feed', 'channel']);

/** The feed element: at the top normally, deeper when a document wraps it (or nests it by mistake). */
function findFeedRoot(document: Document): Element | undefined {
  const queue: Element[] = childElements(document);
  for (let index = 0; index < queue.length && index < 10_000; index++) {
    const element = queue[index] as Element;
    const name = localName(element);
    if (FEED_ROOTS.has(name)) return element;
    if (name === 'html' || name === 'head' || name === 'body') return undefined;
    queue.push(...childElements(element));
  }
  return undefined;
}

function locateEntries(root: Element): {
  format: FeedFormat;
  dialect: FeedDialect;
  container: Element | undefined;
  entries: Element[];
} {
  const name = localName(root);
  if (name === 'feed') {
    return { format: 'atom', dialect: 'atom', container: root, entries: childrenByLocal(root, 'entry') };
  }
  const channel = name === 'channel' ? root : childrenByLocal(root, 'channel')[0];
  // RSS 2.0 nests items in the channel; RSS 0.90 and 1.0 put them beside it.
  const entries = [...(channel ? childrenByLocal(channel, 'item') : []), ...childrenByLocal(root, 'item')];
  return { format: name === 'rdf' ? 'rdf' : 'rss', dialect: 'rss', container: channel, entries };
}

function childrenByLocal(element: Element, name: string): Element[] {
  return childElements(element).filter((child) => localName(child) === name);
}

function notAFeed(document: Document, text: string, url: string): string {
  const looksHtml = /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<!doctype\s+html|<html[\s>]/i.test(text);
  if (looksHtml) {
    const alternate = findAlternateFeed(document, url);
    const hint = alternate
      ? `; the page announces a feed at ${alternate}`
      : '; use --type html with selectors, or find the feed URL';
    return `${url}: this is an HTML page, not an RSS or Atom feed${hint}`;
  }
  const first = childElements(document)[0];
  const what = first ? `its root element is <${first.name}>` : 'it has no XML element';
  return `${url}: no RSS or Atom feed found in the document (${what})`;
}

/** `<link rel="alternate" type="application/rss+xml" href=...>`, the usual way a page names its feed. */
function findAlternateFeed(document: Document, url: string): string | undefined {
  const queue: Element[] = childElements(document);
  for (let index = 0; index < queue.length && index < 5_000; index++) {
    const element = queue[index] as Element;
    const attribs = element.attribs;
    if (
      element.name.toLowerCase() === 'link' &&
      /alternate/i.test(attribs.rel ?? '') &&
      /(rss|atom)\+xml/i.test(attribs.type ?? '') &&
      attribs.href
    ) {
      try {
        return new URL(attribs.href, url).href;
      } catch {
        return undefined;
      }
    }
    queue.push(...childElements(element));
  }
  return undefined;
}
