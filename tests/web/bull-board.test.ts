import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigratedStore, type Store } from '../../db/connect.ts';
import type { Config } from '../../src/config/config-schema.ts';
import { parseConfig } from '../../src/config/load-config.ts';
import { createJobQueue } from '../../src/queue/create-job-queue.ts';
import { startWebServer, type WebServer } from '../../src/web/start-web-server.ts';
import { deleteQueueKeys } from '../pipeline/support/redis-cleanup.ts';
import { freshQueuePrefix, requireRedis } from '../support/services.ts';

let dir: string;
let config: Config;
let db: Store;
let server: WebServer;

beforeAll(async () => {
  const redis = await requireRedis();
  dir = mkdtempSync(join(tmpdir(), 'vigie-web-board-'));
  config = parseConfig({ database: join(dir, 'vigie.sqlite'), redis, queue: { prefix: freshQueuePrefix() } });
  db = await openMigratedStore(config.database);
  server = await startWebServer(config, db, { port: 0 });
});
afterAll(async () => {
  await server?.close();
  await db?.destroy();
  if (config?.redis) await deleteQueueKeys(config.redis, config.queue.prefix);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Bull Board in Redis mode', () => {
  it('shows the pipeline queues, with the jobs the pipeline enqueued under its prefix', async () => {
    const queue = createJobQueue(config, db);
    await queue.enqueue('poll-source', { source: 'board-test' }, 'board-test-poll');
    await queue.close();

    const page = await fetch(new URL('/admin/queues', server.url));
    expect(page.status).toBe(200);
    const board = await page.text();
    expect(board).toContain('vigie queues');
    const script = /src="([^"]*static\/js\/[^"]+\.js)"/.exec(board)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(new URL(script as string, new URL('/admin/queues/', server.url)));
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    const res = await fetch(new URL('/admin/queues/api/queues', server.url));
    expect(res.status).toBe(200);
    const { queues } = (await res.json()) as {
      queues: Array<{ name: string; counts: Record<string, number> }>;
    };
    expect(queues.map((q) => q.name).sort()).toEqual([
      'deliver-alert',
      'fetch-article',
      'poll-source',
      'process-article',
    ]);
    const poll = queues.find((q) => q.name === 'poll-source');
    expect(poll?.counts.waiting).toBe(1);
  });

  it('is behind the token like every other page', async () => {
    const guarded = await startWebServer({ ...config, web: { ...config.web, token: 'board-token' } }, db, {
      port: 0,
    });
    try {
      expect((await fetch(new URL('/admin/queues/api/queues', guarded.url))).status).toBe(401);
      const ok = await fetch(new URL('/admin/queues/api/queues', guarded.url), {
        headers: { authorization: 'Bearer board-token' },
      });
      expect(ok.status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
