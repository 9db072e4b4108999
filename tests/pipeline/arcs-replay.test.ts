import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../db/connect.ts';
import { type PressSite, startPressSite } from '../../fixtures/press-site/server.ts';
import { toAlertJson } from '../../src/alerts/alert-json.ts';
import type { Config } from '../../src/config/config-schema.ts';
import { runIngestOnce } from '../../src/pipeline/run-ingest-once.ts';
import {
  freshPostgresDatabase,
  freshQueuePrefix,
  requireChromium,
  requireRedis,
} from '../support/services.ts';
import {
  REPLAY_TIMEOUT_MS,
  ROOT,
  spawnVigie,
  type TempDir,
  tempDir,
  type VigieProcess,
  waitForWorkers,
  writeConfig,
} from './support/ingest-setup.ts';
import { deleteQueueKeys } from './support/redis-cleanup.ts';

interface ExpectedAlert {
  kind: string;
  parties: string[];
  from: string;
  to: string;
  day: number;
  article: string;
  /** The articles the alert may cite (see fixtures/press-site/arcs.ts). */
  articles: string[];
}
interface ExpectedTransition {
  kind: string;
  parties: string[];
  from: string | null;
  to: string;
  day: number;
  article: string;
}
interface Arcs {
  lastDay: number;
  articles: Record<string, { path: string }>;
  arcs: Array<{ id: string; alerts: ExpectedAlert[]; transitions: ExpectedTransition[] }>;
}

const arcs = JSON.parse(readFileSync(join(ROOT, 'fixtures/press-site/arcs.json'), 'utf8')) as Arcs;
const expectedAlerts = arcs.arcs.flatMap((arc) => arc.alerts);
const expectedTransitions = arcs.arcs.flatMap((arc) => arc.transitions);

const modes = [
  ['embedded (SQLite, in-process queue)', 'embedded'],
  ['Redis + PostgreSQL, two worker processes', 'redis'],
] as const;

/**
 * The fixture world replayed day by day through the real pipeline: every expected transition and
 * alert of arcs.json happens, each alert exactly once, and replaying the last day again adds nothing.
 */
describe.each(modes)('arcs replayed day by day, %s', (_title, mode) => {
  let site: PressSite;
  let dir: TempDir;
  let db: Store;
  let config: Config;
  let cleanup: Array<() => Promise<void>> = [];
  const workers: VigieProcess[] = [];

  beforeAll(async () => {
    await requireChromium();
    site = await startPressSite({ day: 0 });
    dir = tempDir();
    const alerts = [{ type: 'file', path: dir.file('alerts.jsonl') }];
    if (mode === 'embedded') {
      ({ config } = writeConfig(dir, {
        database: dir.file('vigie.sqlite'),
        sources: site.sources(),
        alerts,
      }));
    } else {
      const redis = await requireRedis();
      const pg = await freshPostgresDatabase();
      const prefix = freshQueuePrefix();
      let file: string;
      ({ config, file } = writeConfig(dir, {
        database: pg.url,
        redis,
        queue: { prefix, backoffMs: 40, attempts: 3, lockDurationMs: 2000, stalledIntervalMs: 500 },
        sources: site.sources(),
        alerts,
      }));
      cleanup = [() => pg.drop(), () => deleteQueueKeys(redis, prefix)];
      for (let i = 0; i < 2; i++) workers.push(spawnVigie(['worker', '--config', file]));
      await waitForWorkers(workers);
    }
    db = openStore(config.database);
  });

  afterAll(async () => {
    for (const worker of workers) worker.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    await db?.destroy();
    for (const step of cleanup) await step();
    await site?.close();
    dir?.remove();
  });

  it('raises each expected alert once, records the expected transitions, and a third run adds nothing', {
    timeout: REPLAY_TIMEOUT_MS,
  }, async () => {
    for (let day = 0; day <= arcs.lastDay; day++) {
      site.setDay(day);
      await runIngestOnce(config);
    }
    const urlOf = (article: string) => `${site.baseUrl}${arcs.articles[article]?.path ?? '?'}`;

    const alerts = await db.selectFrom('alerts').selectAll().orderBy('id').execute();
    const changeOf = (a: { kind: string; parties: string[]; from: string | null; to: string }) =>
      JSON.stringify([a.kind, [...a.parties].sort(), a.from, a.to]);
    const actual = alerts.map((a) =>
      changeOf({ kind: a.kind, parties: JSON.parse(a.parties), from: a.from_status, to: a.to_status }),
    );
    expect(sortByJson(actual)).toEqual(sortByJson(expectedAlerts.map(changeOf)));
    // An alert may cite a later article of the change when that one raised it and got it delivered
    // before the earliest was read (a delivered alert is never rewritten); the transitions below must
    // cite the earliest.
    for (const a of alerts) {
      const change = changeOf({
        kind: a.kind,
        parties: JSON.parse(a.parties),
        from: a.from_status,
        to: a.to_status,
      });
      const expected = expectedAlerts.find((e) => changeOf(e) === change);
      expect(expected?.articles.map(urlOf), `evidence of alert ${change}`).toContain(a.evidence_url);
    }
    const file = readFileSync(dir.file('alerts.jsonl'), 'utf8').trim().split('\n');
    expect(
      file.map((l) => JSON.parse(l)).sort((x, y) => x.id - y.id),
      'the file sink has each alert once, as stored',
    ).toEqual(await alertsJson(db));

    const transitions = await db
      .selectFrom('transitions')
      .innerJoin('facts', 'facts.id', 'transitions.fact_id')
      .innerJoin('claims', 'claims.id', 'transitions.claim_id')
      .innerJoin('articles', 'articles.id', 'claims.article_id')
      .select([
        'facts.kind',
        'facts.parties',
        'transitions.from_status',
        'transitions.to_status',
        'articles.url',
      ])
      .where('transitions.superseded_at', 'is', null)
      .execute();
    const seen = transitions.map((t) =>
      JSON.stringify([t.kind, (JSON.parse(t.parties) as string[]).sort(), t.from_status, t.to_status, t.url]),
    );
    for (const t of [...expectedTransitions, ...expectedAlerts]) {
      const key = JSON.stringify([t.kind, [...t.parties].sort(), t.from, t.to, urlOf(t.article)]);
      expect(seen, `transition ${key}`).toContain(key);
    }

    // The same last day twice more: no article, claim, transition or alert is added.
    const counts = async () =>
      Promise.all(
        (['articles', 'claims', 'transitions', 'alerts'] as const).map(async (table) =>
          Number(
            (
              await db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      );
    const before = await counts();
    await runIngestOnce(config);
    await runIngestOnce(config);
    expect(await counts()).toEqual(before);
  });
});

async function alertsJson(db: Store) {
  const rows = await db.selectFrom('alerts').selectAll().orderBy('id').execute();
  return rows.map(toAlertJson);
}

function sortByJson<T>(items: T[]): T[] {
  return [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
