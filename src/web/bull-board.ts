import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { Queue } from 'bullmq';
import type { Hono } from 'hono';
import { Redis } from 'ioredis';
import type { Config } from '../config/config-schema.ts';
import { JOB_NAMES } from '../queue/bullmq-queue.ts';
import type { WebEnv } from './http/security-headers.ts';

export const BULL_BOARD_PATH = '/admin/queues';

/**
 * Redis mode: Bull Board over the pipeline's BullMQ queues (one per job name, under config.queue.prefix,
 * as src/queue/bullmq-queue.ts creates them). Returns what closes its Redis connection.
 */
export function mountBullBoard(app: Hono<WebEnv>, config: Config & { redis: string }): () => Promise<void> {
  const connection = new Redis(config.redis, { maxRetriesPerRequest: null });
  connection.on('error', () => {
    // ioredis reconnects by itself; the board shows the queues as unreachable meanwhile.
  });
  const queues = JOB_NAMES.map((name) => new Queue(name, { connection, prefix: config.queue.prefix }));
  const adapter = new HonoAdapter(serveStatic);
  adapter.setBasePath(BULL_BOARD_PATH);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q, { readOnlyMode: false })),
    serverAdapter: adapter,
    options: { uiConfig: { boardTitle: 'vigie queues' } },
  });
  app.route(BULL_BOARD_PATH, adapter.registerPlugin());
  return async () => {
    await Promise.all(queues.map((q) => q.close()));
    connection.disconnect();
  };
}
