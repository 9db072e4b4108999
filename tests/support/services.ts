import { randomUUID } from 'node:crypto';
import { Socket } from 'node:net';
import pg from 'pg';

/**
 * Real services for integration tests. Nothing is skipped: when a service is down the test
 * fails and says how to start it.
 */
export const REDIS_URL = process.env.VIGIE_TEST_REDIS ?? 'redis://127.0.0.1:6379';
export const POSTGRES_URL =
  process.env.VIGIE_TEST_POSTGRES ?? 'postgres://vigie:vigie@127.0.0.1:5432/vigie_test';
export const CHROMIUM_PATH = process.env.VIGIE_CHROMIUM ?? '/usr/bin/chromium';
const HOW = 'start the test services with: bash .ci/services.sh';

async function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = new Socket();
    socket.setTimeout(2000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.connect(Number(port), hostname);
  });
}

export async function requireRedis(): Promise<string> {
  if (!(await reachable(REDIS_URL))) throw new Error(`Redis is not reachable at ${REDIS_URL}: ${HOW}`);
  return REDIS_URL;
}

export async function requireChromium(): Promise<string> {
  const { access } = await import('node:fs/promises');
  try {
    await access(CHROMIUM_PATH);
  } catch {
    throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: ${HOW}`);
  }
  return CHROMIUM_PATH;
}

/** A fresh, empty PostgreSQL database for one test file; drop it with the returned function. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!(await reachable(POSTGRES_URL)))
    throw new Error(`PostgreSQL is not reachable at ${POSTGRES_URL}: ${HOW}`);
  const name = `vigie_t_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      try {
        // A pool's end() resolves before its sockets are closed. Forcing the drop while one is still
        // closing makes the server terminate it, and that "terminating connection" error surfaces in
        // the test process as an uncaught exception: wait for the test's own connections to go first
        // (FORCE is for connections a killed process left behind).
        const deadline = Date.now() + 15_000;
        while (Date.now() < deadline) {
          const { rows } = await client.query<{ n: number }>(
            'select count(*)::int as n from pg_stat_activity where datname = $1',
            [name],
          );
          if (rows[0]?.n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A unique prefix for BullMQ queues, so that test files never see each other's jobs. */
export function freshQueuePrefix(): string {
  return `vigie-test-${randomUUID().slice(0, 8)}`;
}
