// A static server for the ingest bench, run in its own process so that serving pages never competes
// with the pipeline for the bench's JS thread. Serves every fixtures/corpus/*.html page under any
// number of URLs: /p/<copy>/<name>.html is page <name> with a sentence naming edition <copy>, so that
// each URL is a new article (its own content hash) rather than a copy. /feed/<from>-<to>.xml is an RSS
// feed listing every page of editions from..to-1, for whole-site ingestion. Prints its base URL on stdout.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '../../fixtures/corpus');
const pages = new Map(
  readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => [file, readFileSync(join(dir, file), 'utf8')]),
);

const names = [...pages.keys()];
const feeds = new Map<string, string>();

function feed(base: string, from: number, to: number): string {
  const items: string[] = [];
  for (let copy = from; copy < to; copy++) {
    names.forEach((name, i) => {
      const at = new Date(Date.UTC(2024, 0, 1) + (copy * names.length + i) * 60_000).toUTCString();
      items.push(
        `<item><title>Page ${name} edition ${copy}</title><link>${base}/p/${copy}/${name}</link><pubDate>${at}</pubDate></item>`,
      );
    });
  }
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Bench ${from}-${to}</title><link>${base}/</link>\n${items.join('\n')}\n</channel></rss>\n`;
}

/** Where the longest <p> of the page closes (-1 without any). */
function longestParagraphEnd(page: string): number {
  let best = -1;
  let bestLength = -1;
  for (const found of page.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)) {
    const length = (found[1] ?? '').length;
    if (length > bestLength) [best, bestLength] = [(found.index ?? 0) + found[0].length - 4, length];
  }
  return best;
}

const server = createServer((req, res) => {
  const listing = /^\/feed\/(\d+)-(\d+)\.xml$/.exec(req.url ?? '');
  if (listing) {
    const key = `${listing[1]}-${listing[2]}`;
    const base = `http://${req.headers.host}`;
    const body = feeds.get(key) ?? feed(base, Number(listing[1]), Number(listing[2]));
    feeds.set(key, body);
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(body);
    return;
  }
  const match = /^\/p\/(\d+)\/([\w.-]+\.html)$/.exec(req.url ?? '');
  const page = match ? pages.get(match[2] ?? '') : undefined;
  if (!match || page === undefined) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not here\n');
    return;
  }
  // The edition goes into the article's longest paragraph, so that it is part of the article's text:
  // each edition is then an article of its own (its own content hash), not a copy of edition 0.
  const end = longestParagraphEnd(page);
  const text = end < 0 ? page : `${page.slice(0, end)} Édition numéro ${match[1]}.${page.slice(end)}`;
  // Its canonical link too is its own: otherwise every edition would be a copy of the first one stored.
  const body = text.replace(/<(?:link|meta)\b[^>]*(?:canonical|og:url)[^>]*>/gi, (tag) =>
    tag.replace(/\b(href|content)="([^"]*)"/i, `$1="$2?edition=${match[1]}"`),
  );
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}\n${names.join(' ')}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
