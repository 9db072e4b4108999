import { sql } from 'kysely';
import type { Store } from '../../db/connect.ts';

/** What one ingestion run did, read from the store so that work done by other worker processes counts. */
export interface IngestSummary {
  sourcesPolled: number;
  sourcesFailed: number;
  /** Article pages asked for (304 answers included). */
  pagesFetched: number;
  notModified: number;
  articlesStored: number;
  duplicates: number;
  claims: number;
  alerts: number;
  failures: number;
  seconds: number;
}

export interface SummaryBaseline {
  startedAt: string;
  startedMs: number;
  notModifiedTotal: number;
}

export async function summaryBaseline(db: Store, now = new Date()): Promise<SummaryBaseline> {
  return {
    startedAt: now.toISOString(),
    startedMs: now.getTime(),
    notModifiedTotal: await notModifiedTotal(db),
  };
}

export async function summarise(db: Store, base: SummaryBaseline, now = new Date()): Promise<IngestSummary> {
  const since = base.startedAt;
  const count = async (query: { executeTakeFirst(): Promise<{ n: unknown } | undefined> }) =>
    Number((await query.executeTakeFirst())?.n ?? 0);
  const sourceUrls = db.selectFrom('source_state').select('url');
  const [sourcesPolled, sourcesFailed, pagesFetched, articlesStored, duplicates, claims, alerts, failures] =
    await Promise.all([
      count(
        db
          .selectFrom('source_state')
          .select(sql<number>`count(*)`.as('n'))
          .where('last_poll_at', '>=', since),
      ),
      count(
        db
          .selectFrom('source_state')
          .select(sql<number>`count(*)`.as('n'))
          .where('last_poll_at', '>=', since)
          .where('last_error', 'is not', null),
      ),
      count(
        db
          .selectFrom('fetch_state')
          .select(sql<number>`count(*)`.as('n'))
          .where('last_fetched_at', '>=', since)
          .where('url', 'not in', sourceUrls),
      ),
      count(db.selectFrom('articles').select(sql<number>`count(*)`.as('n')).where('fetched_at', '>=', since)),
      count(
        db
          .selectFrom('articles')
          .select(sql<number>`count(*)`.as('n'))
          .where('fetched_at', '>=', since)
          .where('duplicate_of', 'is not', null),
      ),
      count(db.selectFrom('claims').select(sql<number>`count(*)`.as('n')).where('learned_at', '>=', since)),
      count(db.selectFrom('alerts').select(sql<number>`count(*)`.as('n')).where('created_at', '>=', since)),
      count(
        db.selectFrom('job_failures').select(sql<number>`count(*)`.as('n')).where('failed_at', '>=', since),
      ),
    ]);
  return {
    sourcesPolled,
    sourcesFailed,
    pagesFetched,
    notModified: (await notModifiedTotal(db)) - base.notModifiedTotal,
    articlesStored,
    duplicates,
    claims,
    alerts,
    failures,
    seconds: Math.round((now.getTime() - base.startedMs) / 100) / 10,
  };
}

export function formatSummary(summary: IngestSummary): string {
  const parts = [
    `${summary.sourcesPolled} sources polled${summary.sourcesFailed ? ` (${summary.sourcesFailed} with errors)` : ''}`,
    `${summary.pagesFetched} pages fetched (${summary.notModified} not modified)`,
    `${summary.articlesStored} articles stored${summary.duplicates ? ` (${summary.duplicates} duplicates)` : ''}`,
    `${summary.claims} claims`,
    `${summary.alerts} alerts`,
    `${summary.failures} failed jobs`,
  ];
  return `${parts.join(', ')} in ${summary.seconds}s`;
}

async function notModifiedTotal(db: Store): Promise<number> {
  const row = await db
    .selectFrom('fetch_state')
    .select(sql<number>`coalesce(sum(not_modified_count), 0)`.as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
