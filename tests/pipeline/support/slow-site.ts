import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlowSite {
  baseUrl: string;
  /** Requests for the article page received so far. */
  articleHits(): number;
  /** Answers the held requests and every later one at once. */
  release(): void;
  close(): Promise<void>;
}

const ARTICLE = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Brevane et Lusorail signent un accord de maintenance prédictive</title>
<meta property="og:site_name" content="La Gazette Lente">
<meta property="article:published_time" content="2026-03-05T09:00:00+01:00"></head>
<body><article><h1>Brevane et Lusorail signent un accord de maintenance prédictive</h1>
<p>Le fabricant de capteurs Brevane a officialisé mercredi un partenariat avec l'opérateur ferroviaire Lusorail pour équiper trois cents rames de son système de maintenance prédictive.</p>
<p>Les deux groupes annoncent un premier déploiement sur les lignes régionales du sud-ouest avant la fin de l'année, puis une extension progressive au reste du réseau.</p>
<p>Le montant du contrat n'a pas été communiqué, mais les deux entreprises évoquent un engagement sur cinq ans renouvelable.</p>
</article></body></html>`;

/**
 * A one-article site whose article page is held unanswered until the test calls release(): a worker can
 * be killed while it waits, however slow the machine is (the test waits on the request, not on a clock).
 */
export async function startSlowSite(): Promise<SlowSite> {
  let hits = 0;
  let baseUrl = '';
  let released = false;
  const held = new Set<ServerResponse>();
  const answer = (res: ServerResponse) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>La Gazette Lente</title>
<link>${baseUrl}/</link><description>Une seule dépêche, servie lentement</description>
<item><title>Brevane et Lusorail signent</title><link>${baseUrl}/article.html</link><guid>slow-1</guid>
<pubDate>Thu, 05 Mar 2026 09:00:00 +0100</pubDate></item></channel></rss>`);
      return;
    }
    if (path === '/article.html') {
      hits++;
      if (released) {
        answer(res);
        return;
      }
      held.add(res);
      res.once('close', () => held.delete(res));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not here\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    articleHits: () => hits,
    release: () => {
      released = true;
      for (const res of held) answer(res);
      held.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
