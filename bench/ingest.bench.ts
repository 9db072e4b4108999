import { load } from 'cheerio';
import { sql } from 'kysely';
import { openMigratedStore } from '../db/connect.ts';
import { startPressSite } from '../fixtures/press-site/server.ts';
import { STORIES } from '../fixtures/press-site/stories/catalogue.ts';
import { parseArticle } from '../src/articles/parse-article.ts';
import { parseConfig } from '../src/config/load-config.ts';
import { createHttpFetcher } from '../src/fetching/http-fetcher.ts';
import { storeArticle } from '../src/pipeline/article-store.ts';
import { enqueueAllSources } from '../src/pipeline/enqueue-work.ts';
import { runIngestOnce } from '../src/pipeline/run-ingest-once.ts';
import { createJobQueue } from '../src/queue/create-job-queue.ts';
import { spawnVigie, tempDir, waitFor, writeConfig } from '../tests/pipeline/support/ingest-setup.ts';
import { deleteQueueKeys } from '../tests/pipeline/support/redis-cleanup.ts';
import { freshPostgresDatabase, freshQueuePrefix, requireRedis } from '../tests/support/services.ts';
import { type BenchResult, type Measurement, measure } from './bench-kit.ts';

/**
 * 1. Fetch + parse + store of the fixture site's article pages over loopback, beside a bare
 *    `cheerio.load` of the same pages already in memory (the baseline: parsing alone, no I/O).
 * 2. Whole-site ingestion through the queue: Redis with one worker process (baseline), with two,
 *    and the embedded mode.
 */
export default async function ingestBench(): Promise<BenchResult[]> {
  return [await fetchParseStore(), await endToEnd()];
}

async function fetchParseStore(): Promise<BenchResult> {
  const seconds = Number(process.env.VIGIE_BENCH_SECONDS ?? 2);
  const site = await startPressSite({});
  const config = parseConfig({
    network: { allowPrivateAddresses: true, perHostDelayMs: 0, perHostConcurrency: 8 },
  });
  const fetcher = createHttpFetcher(config.network);
  const db = await openMigratedStore(':memory:');
  try {
    const urls = STORIES.filter((s) => !s.private && s.outlet !== 'cloud-wire').map((s) => site.urlOf(s.id));
    const pages = await Promise.all(
      urls.map(async (url) => {
        const outcome = await fetcher.fetch({ url });
        if (outcome.kind !== 'fetched') throw new Error(`${url} answered 304 to an unconditional GET`);
        return outcome.text;
      }),
    );
    const baseline = await measure(
      'cheerio.load (in memory, no I/O)',
      'articles',
      pages,
      (html) => load(html),
      seconds,
    );
    let round = 0;
    const pipeline = await measure(
      'fetch + parseArticle + store (SQLite)',
      'articles',
      urls,
      async (url) => {
        const outcome = await fetcher.fetch({ url });
        if (outcome.kind !== 'fetched') return;
        const parsed = parseArticle(outcome.text, { url: outcome.finalUrl });
        round++;
        await storeArticle(db, parsed, {
          url: `${url}?bench=${round}`,
          sourceName: 'bench',
          html: outcome.text,
          fetchedAt: new Date().toISOString(),
        });
      },
      seconds,
    );
    return {
      title: 'Article fetch + parse + store over loopback vs cheerio.load alone',
      baseline,
      others: [pipeline],
      aims: { [pipeline.name]: 0.4 },
      notes: [`${urls.length} article pages of the fixture site (browser-rendered outlet left out)`],
    };
  } finally {
    await fetcher.close();
    await db.destroy();
    await site.close();
  }
}

async function endToEnd(): Promise<BenchResult> {
  const redis = await requireRedis();
  const site = await startPressSite({});
  const dir = tempDir();
  const pg = await freshPostgresDatabase();
  const sources = site.sources().filter((s) => s.type !== 'browser');
  const articles = STORIES.filter((s) => !s.private && s.outlet !== 'cloud-wire').length;
  const network = { allowPrivateAddresses: true, perHostDelayMs: 0, perHostConcurrency: 8 };
  try {
    const embedded = writeConfig(
      dir,
      { database: dir.file('e.sqlite'), sources, network, alerts: [] },
      'e.yaml',
    );
    const start = Date.now();
    await runIngestOnce(embedded.config);
    const embeddedRun: Measurement = {
      name: 'embedded (SQLite, in-process)',
      ops: articles,
      seconds: (Date.now() - start) / 1000,
      unit: 'articles',
    };

    const withWorkers = async (count: number): Promise<Measurement> => {
      const prefix = freshQueuePrefix();
      const { file, config } = writeConfig(
        dir,
        { database: pg.url, redis, queue: { prefix }, sources, network, alerts: [] },
        `r${count}.yaml`,
      );
      const db = await openMigratedStore(pg.url);
      for (const table of [
        'articles',
        'fetch_state',
        'claims',
        'facts',
        'fact_parties',
        'transitions',
        'alerts',
        'alert_deliveries',
        'job_failures',
      ]) {
        await sql`delete from ${sql.table(table)}`.execute(db);
      }
      const workers = Array.from({ length: count }, () => spawnVigie(['worker', '--config', file]));
      await waitFor(() => workers.every((w) => w.output().includes('worker ready')), 'workers', 120_000);
      const queue = createJobQueue(config, db);
      const began = Date.now();
      await enqueueAllSources(queue, config, `bench-${Date.now()}`);
      await queue.onIdle();
      const seconds = (Date.now() - began) / 1000;
      await queue.close();
      for (const worker of workers) worker.child.kill('SIGTERM');
      await Promise.all(workers.map((w) => w.exited));
      await db.destroy();
      await deleteQueueKeys(redis, prefix);
      return {
        name: `Redis + PostgreSQL, ${count} worker process${count > 1 ? 'es' : ''}`,
        ops: articles,
        seconds,
        unit: 'articles',
      };
    };
    const one = await withWorkers(1);
    const two = await withWorkers(2);
    return {
      title: 'Whole-site ingestion: one worker process (baseline), two, and embedded',
      baseline: one,
      others: [two, embeddedRun],
      aims: { [two.name]: 1.4 },
      notes: [
        `${articles} articles from ${sources.length} sources, one pass each (small: fixed costs weigh a lot)`,
        'two worker processes on a 2-core machine shared with other work: the aim is hard to meet here',
      ],
    };
  } finally {
    await pg.drop();
    await site.close();
    dir.remove();
  }
}
