import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Store } from '../../../db/connect.ts';
import type { Config } from '../../config/config-schema.ts';
import { alerts } from '../../query/alerts.ts';
import { alliances } from '../../query/alliances.ts';
import { parseId, parseQuery } from '../http/query-params.ts';
import type { WebEnv } from '../http/security-headers.ts';
import { allianceHistory } from '../read/alliance-history.ts';
import { articleWithClaims } from '../read/article-claims.ts';
import { listSources } from '../read/source-list.ts';
import { alertsPage } from './alerts-page.ts';
import { alliancePage } from './alliance-page.ts';
import { alliancesPage } from './alliances-page.ts';
import { articlePage } from './article-page.ts';
import { atomFeed } from './atom-feed.ts';
import { layout } from './layout.ts';
import { allianceQuery, homeQuery } from './page-params.ts';
import { sourcesPage } from './sources-page.ts';

/** The server-rendered pages and the Atom feed. */
export function pageRoutes(config: Config, db: Store): Hono<WebEnv> {
  const pages = new Hono<WebEnv>();

  pages.get('/', async (c) => {
    const { q } = parseQuery(c.req.url, homeQuery);
    const all = await alliances(db, {}, config);
    return c.html(
      layout({ title: 'Alliances', section: 'alliances', nonce: c.get('nonce'), body: alliancesPage(all, q) })
        .value,
    );
  });

  pages.get('/alliances/:name', async (c) => {
    const { asOf } = parseQuery(c.req.url, allianceQuery);
    const name = c.req.param('name');
    const history = await allianceHistory(db, config, name, { asOf });
    if (!history && !asOf)
      throw new HTTPException(404, { message: `No alliance named “${name}” in the log.` });
    const body = alliancePage(name, history, asOf);
    return c.html(
      layout({ title: history?.summary.name ?? name, section: 'alliances', nonce: c.get('nonce'), body })
        .value,
    );
  });

  pages.get('/articles/:id', async (c) => {
    const id = parseId(c.req.param('id'), 'article id');
    const found = await articleWithClaims(db, id);
    if (!found) throw new HTTPException(404, { message: `No article ${id} in the store.` });
    const body = articlePage(found.article, found.claims);
    return c.html(layout({ title: found.article.title, nonce: c.get('nonce'), body }).value);
  });

  pages.get('/alerts', async (c) => {
    const newestFirst = (await alerts(db, {})).reverse();
    return c.html(
      layout({ title: 'Alerts', section: 'alerts', nonce: c.get('nonce'), body: alertsPage(newestFirst) })
        .value,
    );
  });

  pages.get('/alerts.atom', async (c) => {
    const newestFirst = (await alerts(db, {})).reverse();
    c.header('content-type', 'application/atom+xml; charset=utf-8');
    return c.body(atomFeed(newestFirst, new URL(c.req.url).origin));
  });

  pages.get('/sources', async (c) => {
    const body = sourcesPage(await listSources(db, config.sources));
    return c.html(layout({ title: 'Sources', section: 'sources', nonce: c.get('nonce'), body }).value);
  });

  return pages;
}
