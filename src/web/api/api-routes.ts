import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Store } from '../../../db/connect.ts';
import type { Config } from '../../config/config-schema.ts';
import { alerts } from '../../query/alerts.ts';
import { alliances } from '../../query/alliances.ts';
import { facts } from '../../query/facts.ts';
import { endOf, startOf } from '../../query/query-dates.ts';
import { badRequest, parseId, parseQuery } from '../http/query-params.ts';
import { allianceHistory } from '../read/alliance-history.ts';
import { matchesSearch } from '../read/alliance-search.ts';
import { articleWithClaims } from '../read/article-claims.ts';
import { listSources } from '../read/source-list.ts';
import {
  alertsQuery,
  alliancesQuery,
  checkRange,
  emptyQuery,
  factsQuery,
  timelineQuery,
} from './api-params.ts';

/** The JSON API under /api: read-only views of the event log. */
export function apiRoutes(config: Config, db: Store): Hono {
  const api = new Hono();

  api.get('/alliances', async (c) => {
    const q = parseQuery(c.req.url, alliancesQuery);
    const found = await alliances(
      db,
      { parties: q.party, status: q.status, asOf: q.asOf, knownAt: q.knownAt },
      config,
    );
    return c.json(found.filter((a) => matchesSearch(a, q.q)));
  });

  api.get('/alliances/:name/timeline', async (c) => {
    const q = parseQuery(c.req.url, timelineQuery);
    const range = checkRange(q);
    if (range) throw badRequest(range);
    const name = c.req.param('name');
    const history = await allianceHistory(db, config, name, { asOf: q.asOf, knownAt: q.knownAt });
    if (!history) throw new HTTPException(404, { message: noAlliance(name, q.asOf) });
    const since = q.since ? startOf(q.since, 'since') : undefined;
    const until = q.until ? endOf(q.until, 'until') : undefined;
    const events = history.events
      .filter((e) => !q.kind || e.kind === q.kind)
      .filter((e) => (!since || e.source.publishedAt >= since) && (!until || e.source.publishedAt <= until));
    const { summary } = history;
    return c.json({
      alliance: { name: summary.name, parties: summary.parties, status: summary.status },
      lastChange: summary.lastChange,
      asOf: q.asOf ?? null,
      transitions: history.transitions.map(({ from, to, at }) => ({ from, to, at })),
      events,
    });
  });

  api.get('/facts', async (c) => {
    const q = parseQuery(c.req.url, factsQuery);
    const range = checkRange(q);
    if (range) throw badRequest(range);
    const since = q.since ? startOf(q.since, 'since') : undefined;
    const until = q.until ? endOf(q.until, 'until') : undefined;
    const found = await facts(
      db,
      { parties: q.party, kind: q.kind, status: q.status, asOf: q.asOf, knownAt: q.knownAt },
      config,
    );
    const inRange = found.filter(
      (f) => (!since || f.firstPublishedAt >= since) && (!until || f.firstPublishedAt <= until),
    );
    return c.json(q.limit ? inRange.slice(0, q.limit) : inRange);
  });

  api.get('/alerts', async (c) => {
    const q = parseQuery(c.req.url, alertsQuery);
    const range = checkRange(q);
    if (range) throw badRequest(range);
    const found = await alerts(db, {
      parties: q.party,
      alliance: q.alliance,
      kind: q.kind,
      status: q.status,
      from: q.since,
      to: q.until,
    });
    const newestFirst = found.reverse();
    return c.json(q.limit ? newestFirst.slice(0, q.limit) : newestFirst);
  });

  api.get('/articles/:id', async (c) => {
    parseQuery(c.req.url, emptyQuery);
    const id = parseId(c.req.param('id'), 'article id');
    const found = await articleWithClaims(db, id);
    if (!found) throw new HTTPException(404, { message: `no article ${id} in the store` });
    return c.json(found);
  });

  api.get('/sources', async (c) => {
    parseQuery(c.req.url, emptyQuery);
    return c.json(await listSources(db, config.sources));
  });

  return api;
}

export function noAlliance(name: string, asOf: string | undefined): string {
  return asOf
    ? `no alliance named ${JSON.stringify(name)} was known on ${asOf}`
    : `no alliance named ${JSON.stringify(name)}: see /api/alliances for the names`;
}
