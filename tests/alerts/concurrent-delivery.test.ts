import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverAlert } from '../../src/alerts/deliver-alert.ts';
import { claimDelivery } from '../../src/alerts/delivery-lease.ts';
import type { Config } from '../../src/config/config-schema.ts';
import { recordArticleClaims } from '../../src/events/record-article-claims.ts';
import {
  addArticle,
  claims,
  dialects,
  openTestStore,
  type TestStore,
  testConfig,
} from '../events/fixtures.ts';

/** A webhook that answers 200 after `delayMs`, so that a second deliverer comes while the first sends. */
async function slowReceiver(delayMs: number): Promise<{ url: string; keys: string[]; server: Server }> {
  const keys: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      keys.push(String(req.headers['idempotency-key']));
      setTimeout(() => res.writeHead(200).end(), delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, keys, server };
}

describe.each(Object.entries(dialects))('concurrent deliverers on %s', (name, make) => {
  let store: TestStore;
  let counter = 0;
  const servers: Server[] = [];

  beforeAll(async () => {
    store = await openTestStore(make);
  });
  afterAll(async () => {
    for (const s of servers) await new Promise<void>((resolve) => s.close(() => resolve()));
    await store?.close();
  });

  async function setup(): Promise<{ id: number; config: Config; keys: string[]; file: string }> {
    counter += 1;
    const hook = await slowReceiver(400);
    servers.push(hook.server);
    const file = join(mkdtempSync(join(tmpdir(), `vigie-lease-${name}-`)), 'alerts.jsonl');
    const config = testConfig(store.url, {
      alerts: [
        { type: 'webhook', url: hook.url },
        { type: 'file', path: file },
      ],
    });
    const parties = [`Lanterne ${counter}`, `Meridia ${counter}`];
    const { db } = store;
    await recordArticleClaims(
      db,
      await addArticle(db, 'JDN', '2024-05-02T07:00:00.000Z'),
      [claims.agreement(parties, 'rumour')],
      config,
    );
    const confirmed = await recordArticleClaims(
      db,
      await addArticle(db, `Lanterne ${counter}`, '2024-05-06T07:00:00.000Z'),
      [claims.agreement(parties, 'confirmed')],
      config,
    );
    expect(confirmed.alertIds).toHaveLength(1);
    return { id: confirmed.alertIds[0] as number, config, keys: hook.keys, file };
  }

  async function deliveries(id: number) {
    const rows = await store.db
      .selectFrom('alert_deliveries')
      .select(['sink', 'status', 'attempts', 'lease_until'])
      .where('alert_id', '=', id)
      .orderBy('sink')
      .execute();
    return rows.map((r) => [r.sink.split(':')[0], r.status, r.attempts, r.lease_until]);
  }

  it('deliverers at once, and one more while the webhook is in flight: each sink gets the alert once', async () => {
    const { id, config, keys, file } = await setup();
    const first = [deliverAlert(store.db, id, config), deliverAlert(store.db, id, config)];
    // The requeue case: a deliverer that reads the delivery while the first one is still sending it.
    await waitFor(() => keys.length > 0);
    const late = deliverAlert(store.db, id, config);
    const reports = await Promise.all([...first, late]);

    expect(keys).toEqual([`vigie-alert-${id}`]);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual([id]);
    // Between them, the calls delivered each sink once and failed nowhere.
    expect(reports.flatMap((r) => r.delivered).sort()).toEqual(config.alerts.map(sinkOf).sort());
    expect(reports.flatMap((r) => r.failed)).toEqual([]);
    expect(await deliveries(id)).toEqual([
      ['file', 'delivered', 1, null],
      ['webhook', 'delivered', 1, null],
    ]);
  });

  it('a deliverer that died holding the lease: the alert goes out once the lease has run out', async () => {
    const { id, config, keys, file } = await setup();
    const webhook = sinkOf(config.alerts[0] as Config['alerts'][number]);
    // The dead deliverer: it claimed the webhook delivery for 600 ms and never came back.
    expect(await claimDelivery(store.db, id, webhook, 600)).toBe(1);
    expect(await claimDelivery(store.db, id, webhook, 600)).toBeUndefined();

    const report = await deliverAlert(store.db, id, config);
    expect(report.delivered.sort()).toEqual(config.alerts.map(sinkOf).sort());
    expect(keys).toEqual([`vigie-alert-${id}`]);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(1);
    expect(await deliveries(id)).toEqual([
      ['file', 'delivered', 1, null],
      ['webhook', 'delivered', 2, null],
    ]);
  });
});

async function waitFor(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the webhook to receive the alert');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function sinkOf(sink: Config['alerts'][number]): string {
  return sink.type === 'webhook'
    ? `webhook:${sink.url}`
    : sink.type === 'file'
      ? `file:${sink.path}`
      : sink.type;
}
