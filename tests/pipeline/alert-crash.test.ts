import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigratedStore, type Store } from '../../db/connect.ts';
import type { AlertJson } from '../../src/alerts/alert-json.ts';
import { pollJobId } from '../../src/pipeline/job-ids.ts';
import { runIngestOnce } from '../../src/pipeline/run-ingest-once.ts';
import { createJobQueue } from '../../src/queue/create-job-queue.ts';
import { listJobFailures } from '../../src/queue/job-failures.ts';
import type { JobQueue } from '../../src/queue/job-queue.ts';
import { freshPostgresDatabase, freshQueuePrefix, requireRedis } from '../support/services.ts';
import {
  spawnVigie,
  type TempDir,
  tempDir,
  type VigieProcess,
  waitFor,
  waitForWorkers,
  writeConfig,
} from './support/ingest-setup.ts';
import { deleteQueueKeys } from './support/redis-cleanup.ts';
import { type SyndicationSite, startSyndicationSite } from './support/syndication-site.ts';
import { signatureMatches, startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';

const SECRET = 'alert-crash-secret';

/**
 * Redis mode: the alert is written, its webhook delivery is in flight to a receiver that never answers,
 * and every worker dies with SIGKILL. After a restart the alert reaches each sink once, and stays one alert.
 */
describe('workers killed while an alert is being delivered (Redis + PostgreSQL)', () => {
  let site: SyndicationSite;
  let receiver: WebhookReceiver;
  let dir: TempDir;
  let pg: { url: string; drop: () => Promise<void> };
  let db: Store;
  let queue: JobQueue;
  const processes: VigieProcess[] = [];
  const prefix = freshQueuePrefix();
  let redis = '';

  beforeAll(async () => {
    redis = await requireRedis();
    pg = await freshPostgresDatabase();
    site = await startSyndicationSite();
    receiver = await startWebhookReceiver({ hold: 1 });
    dir = tempDir();
  });

  afterAll(async () => {
    for (const p of processes) p.child.kill('SIGKILL');
    await Promise.all(processes.map((p) => p.exited));
    await queue?.close();
    await db?.destroy();
    await pg?.drop();
    if (redis) await deleteQueueKeys(redis, prefix);
    await receiver?.close();
    await site?.close();
    dir?.remove();
  });

  it('delivers the alert after restart, once per sink, with one alert row', async () => {
    const alertFile = dir.file('alerts.jsonl');
    const { file, config } = writeConfig(dir, {
      database: pg.url,
      redis,
      // A lock of a few seconds: a worker's first article (rules and registry compiled on first use) can
      // hold its event loop past one second on a loaded machine, and a lock that short then counts the
      // live job as stalled twice (a CI run under load failed it so); the dead workers' jobs still come
      // back well within the webhook lease below.
      queue: { prefix, backoffMs: 40, attempts: 3, lockDurationMs: 5000, stalledIntervalMs: 300 },
      sources: [site.source('rumour'), site.source('original')],
      // Long enough that the held webhook request does not time out before the kill (which follows its
      // arrival within milliseconds), short enough that the dead worker's lease on the delivery (this
      // timeout plus a margin, see src/alerts/delivery-lease.ts) runs out soon after the restart.
      network: { allowPrivateAddresses: true, perHostDelayMs: 0, timeoutMs: 8_000 },
      alerts: [
        { type: 'webhook', url: receiver.url, secret: SECRET },
        { type: 'file', path: alertFile },
      ],
    });
    db = await openMigratedStore(pg.url);
    queue = createJobQueue(config, db); // producer only: the work is done by the worker processes
    const poll = (source: string) => queue.enqueue('poll-source', { source }, pollJobId(source, 'crash'));

    const first = [0, 1].map(() => spawnVigie(['worker', '--config', file]));
    processes.push(...first);
    await waitForWorkers(first);

    // The rumour first: a fact first seen raises no alert.
    await poll('rumour');
    await queue.onIdle();
    expect(await db.selectFrom('alerts').select('id').execute()).toEqual([]);

    // The confirmation: one alert, whose webhook request the receiver holds unanswered.
    await poll('original');
    await waitFor(() => receiver.requests().length >= 1, 'the webhook to receive the first delivery');
    for (const worker of first) worker.child.kill('SIGKILL');
    await Promise.all(first.map((w) => w.exited));

    const written = await db.selectFrom('alerts').select(['id', 'from_status', 'to_status']).execute();
    expect(written).toEqual([{ id: expect.any(Number), from_status: 'rumour', to_status: 'confirmed' }]);
    const webhookSink = `webhook:${receiver.url}`;
    const deliveryOf = async (sink: string) =>
      db.selectFrom('alert_deliveries').select('status').where('sink', '=', sink).executeTakeFirstOrThrow();
    expect((await deliveryOf(webhookSink)).status).toBe('pending');
    const lease = await db
      .selectFrom('alert_deliveries')
      .select('lease_until')
      .where('sink', '=', webhookSink)
      .executeTakeFirstOrThrow();
    expect(Date.parse(lease.lease_until ?? '')).toBeGreaterThan(Date.now());
    expect(receiver.acceptedByKey().size).toBe(0);

    // The dead worker still holds the lease on the webhook delivery. A fresh worker takes the stalled job
    // back and waits for that lease to run out before it sends; `ingest --once` requeues what is still
    // pending (its deliverer waits too, then finds the delivery done) and drains.
    const fresh = spawnVigie(['worker', '--config', file]);
    processes.push(fresh);
    await waitForWorkers([fresh]);
    await queue.onIdle();
    await runIngestOnce(config);

    const alertId = written[0]?.id ?? -1;
    expect(await db.selectFrom('alerts').select('id').execute()).toEqual([{ id: alertId }]);
    const deliveries = await db
      .selectFrom('alert_deliveries')
      .select(['alert_id', 'sink', 'status'])
      .execute();
    expect(deliveries.sort((a, b) => a.sink.localeCompare(b.sink))).toEqual([
      { alert_id: alertId, sink: `file:${alertFile}`, status: 'delivered' },
      { alert_id: alertId, sink: webhookSink, status: 'delivered' },
    ]);

    // The webhook: the held request, then accepted deliveries of that one alert, one 2xx per key.
    const requests = receiver.requests();
    const keys = new Set(requests.map((r) => r.key));
    expect(keys.size).toBe(1);
    expect([...receiver.acceptedByKey().values()]).toEqual([1]);
    expect(requests[0]?.status).toBeNull();
    for (const r of requests) {
      expect(signatureMatches(r.body, r.signature, SECRET)).toBe(true);
      expect((JSON.parse(r.body) as AlertJson).id).toBe(alertId);
    }

    // The file sink: the alert once.
    const lines = readFileSync(alertFile, 'utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as AlertJson).id)).toEqual([alertId]);
    expect(await listJobFailures(db)).toEqual([]);

    fresh.child.kill('SIGTERM');
    expect(await fresh.exited).toBe(0);
  });
});
