import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../db/connect.ts';
import { ARCS, expectedAlerts } from '../../fixtures/press-site/arcs.ts';
import { type PressSite, startPressSite } from '../../fixtures/press-site/server.ts';
import type { AlertJson } from '../../src/alerts/alert-json.ts';
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
  spawnVigie,
  type TempDir,
  tempDir,
  type VigieProcess,
  waitForWorkers,
  writeConfig,
} from './support/ingest-setup.ts';
import { deleteQueueKeys } from './support/redis-cleanup.ts';
import { runVigie } from './support/run-vigie.ts';
import { signatureMatches, startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';

const SECRET = 'arcs-webhook-shared-secret';

/**
 * The fixture world replayed day by day in Redis mode with a signed webhook: the receiver gets each
 * expected alert once, signed, with exactly the body `vigie alerts --json` shows for the same alert,
 * citing an article that reports the change; the transitions cite the earliest such article.
 */
describe('arcs replayed with a signed webhook, Redis + PostgreSQL, two worker processes', () => {
  let site: PressSite;
  let receiver: WebhookReceiver;
  let dir: TempDir;
  let db: Store;
  let config: Config;
  let configFile = '';
  let cleanup: Array<() => Promise<void>> = [];
  const workers: VigieProcess[] = [];

  beforeAll(async () => {
    await requireChromium();
    const redis = await requireRedis();
    const pg = await freshPostgresDatabase();
    const prefix = freshQueuePrefix();
    cleanup = [() => pg.drop(), () => deleteQueueKeys(redis, prefix)];
    site = await startPressSite({ day: 0 });
    receiver = await startWebhookReceiver();
    dir = tempDir();
    ({ config, file: configFile } = writeConfig(dir, {
      database: pg.url,
      redis,
      // No worker is killed here, so the default 30 s job lock: a short one lets a CPU-starved machine take a live
      // worker's job for stalled and run it twice, which is the crash tests' subject, not this one's.
      queue: { prefix, backoffMs: 40, attempts: 3 },
      sources: site.sources(),
      alerts: [
        { type: 'webhook', url: receiver.url, secret: SECRET },
        { type: 'file', path: dir.file('alerts.jsonl') },
      ],
    }));
    for (let i = 0; i < 2; i++) workers.push(spawnVigie(['worker', '--config', configFile]));
    await waitForWorkers(workers);
    db = openStore(config.database);
  });

  afterAll(async () => {
    for (const worker of workers) worker.child.kill('SIGTERM');
    await Promise.all(workers.map((w) => w.exited));
    await db?.destroy();
    for (const step of cleanup) await step();
    await receiver?.close();
    await site?.close();
    dir?.remove();
  });

  it('delivers every expected alert once, signed, equal to `vigie alerts --json`, and a third run sends nothing', {
    timeout: REPLAY_TIMEOUT_MS,
  }, async () => {
    for (let day = 0; day <= ARCS.lastDay; day++) {
      site.setDay(day);
      await runIngestOnce(config);
    }
    // The same last day once more: nothing new to say, nothing sent again.
    await runIngestOnce(config);

    const requests = receiver.requests();
    const keys = requests.map((r) => r.key);
    expect(keys.every((k) => typeof k === 'string' && k.length > 0)).toBe(true);
    expect(new Set(keys).size, `duplicate deliveries: ${keys.join(', ')}`).toBe(requests.length);
    expect(requests.map((r) => r.status)).toEqual(requests.map(() => 200));
    for (const r of requests) {
      expect(signatureMatches(r.body, r.signature, SECRET), `signature of ${r.key}`).toBe(true);
      expect(signatureMatches(r.body, r.signature, `${SECRET}-other`)).toBe(false);
    }

    const bodies = requests.map((r) => JSON.parse(r.body) as AlertJson);
    const urlOf = (article: string) => `${site.baseUrl}${ARCS.articles[article]?.path ?? '?'}`;
    const changeOf = (a: { kind: string; parties: string[]; from: string | null; to: string }) =>
      JSON.stringify([a.kind, [...a.parties].sort(), a.from, a.to]);
    expect(sortByJson(bodies.map(changeOf)), 'alerts as delivered to the webhook').toEqual(
      sortByJson(expectedAlerts().map(changeOf)),
    );
    expect(new Set(bodies.map((b) => b.id)).size).toBe(bodies.length);

    // What was sent is what the store keeps, evidence included: a delivered alert is never rewritten.
    const listed = await runVigie(['alerts', '--json', '--config', configFile]);
    expect(listed.code, listed.stderr).toBe(0);
    const stored = JSON.parse(listed.stdout) as AlertJson[];
    const byId = (items: AlertJson[]) => [...items].sort((a, b) => a.id - b.id);
    expect(byId(bodies)).toEqual(byId(stored));
    const lines = readFileSync(dir.file('alerts.jsonl'), 'utf8').trim().split('\n');
    expect(byId(lines.map((l) => JSON.parse(l) as AlertJson)), 'the file sink').toEqual(byId(stored));

    // Each alert cites an article that reports its change (the earliest one unless a later one raised
    // the alert and got it delivered first), at that article's publication time.
    for (const body of bodies) {
      const expected = expectedAlerts().find((a) => changeOf(a) === changeOf(body));
      const cited = expected?.articles.find((article) => urlOf(article) === body.evidence.url);
      expect(cited, `evidence of alert ${body.id}: ${body.evidence.url}`).toBeDefined();
      expect(body.evidence.publisher).toBe(ARCS.articles[cited ?? '']?.publisher);
      expect(Date.parse(body.at)).toBe(Date.parse(ARCS.articles[cited ?? '']?.publishedAt ?? ''));
    }

    // The history itself cites the earliest article of each alerted change, whatever the order.
    const live = await db
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
    const history = live.map((t) =>
      JSON.stringify([
        changeOf({ kind: t.kind, parties: JSON.parse(t.parties), from: t.from_status, to: t.to_status }),
        t.url,
      ]),
    );
    for (const a of expectedAlerts()) {
      expect(history, `transition of ${changeOf(a)}`).toContain(
        JSON.stringify([changeOf(a), urlOf(a.article)]),
      );
    }

    const deliveries = await db
      .selectFrom('alert_deliveries')
      .select(['alert_id', 'sink', 'status'])
      .execute();
    expect(deliveries).toHaveLength(stored.length * 2);
    expect(deliveries.filter((d) => d.status !== 'delivered')).toEqual([]);
  });
});

function sortByJson<T>(items: T[]): T[] {
  return [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
