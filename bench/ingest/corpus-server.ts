// A static server for the ingest bench, run in its own process so that serving pages never competes
// with the pipeline for the bench's JS thread. Serves every fixtures/corpus/*.html page under any
// number of URLs: /p/<copy>/<name>.html is page <name> with one line naming edition <copy>, so that
// each URL is a new article (its own content hash) rather than a copy. Prints its base URL on stdout.
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

const server = createServer((req, res) => {
  const match = /^\/p\/(\d+)\/([\w.-]+\.html)$/.exec(req.url ?? '');
  const page = match ? pages.get(match[2] ?? '') : undefined;
  if (!match || page === undefined) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not here\n');
    return;
  }
  const body = page.replace(/<\/body>/i, `<p class="edition">Édition numéro ${match[1]}.</p></body>`);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(
    `http://127.0.0.1:${(server.address() as AddressInfo).port}\n${[...pages.keys()].join(' ')}\n`,
  );
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
