import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { openMigratedStore, type Store } from '../db/connect.ts';
import { parseConfig } from '../src/config/load-config.ts';
import { recordArticleClaims } from '../src/events/record-article-claims.ts';
import type { Claim } from '../src/extraction/claim.ts';
import { timeline } from '../src/query/timeline.ts';
import { type BenchResult, type Measurement, measure } from './bench-kit.ts';

/**
 * Timeline latency for one alliance (Bleu, ~20 articles of history) with 10,000 claims stored, then
 * with 1,000,000, on SQLite and on PostgreSQL. The filler log is synthetic but shaped like the real one:
 * 1,000 claims a day from 2020-01-01 (agreements, share moves, statements, labels between 5,000
 * companies, five claims per fact, ten per article), Microsoft and Orange share moves among them.
 * The 1M log extends the 10k one, so the alliance's answer is the same in both: only the lookup cost
 * may grow. Aim: 1M within 2x of 10k (ratio >= 0.5).
 */
const BASE = 10_000;
const FULL = 1_000_000;
const BATCH = 100_000;
const T0 = Date.UTC(2020, 0, 1) / 1000;
const ARTICLE_ID0 = 10_000_000;
const FACT_ID0 = 10_000_000;
const ADMIN_URL =
  process.env.VIGIE_BENCH_POSTGRES ??
  process.env.VIGIE_TEST_POSTGRES ??
  'postgres://vigie:vigie@127.0.0.1:5432/vigie_test';

export default async function timelineBench(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const store = await freshStore(dialect);
    try {
      await recordAllianceHistory(store.db, store.url);
      const base: Measurement[] = [];
      const full: Measurement[] = [];
      await fill(store.db, dialect, 0, BASE);
      await analyse(store.db);
      const baseEvents = await eventCount(store.db);
      base.push(
        await measure(
          `timeline Bleu, ${BASE.toLocaleString('en')} claims`,
          'queries',
          [0],
          () => timeline(store.db, { alliance: 'Bleu' }),
          2,
        ),
      );
      base.push(
        await measure(
          `timeline Bleu as of, ${BASE.toLocaleString('en')} claims`,
          'queries',
          [0],
          () => timeline(store.db, { alliance: 'Bleu', asOf: '2020-01-04' }),
          2,
        ),
      );
      const started = Date.now();
      for (let from = BASE; from < FULL; from += BATCH)
        await fill(store.db, dialect, from, Math.min(FULL, from + BATCH));
      const fillSeconds = (Date.now() - started) / 1000;
      await analyse(store.db);
      const fullEvents = await eventCount(store.db);
      full.push(
        await measure(
          `timeline Bleu, ${FULL.toLocaleString('en')} claims`,
          'queries',
          [0],
          () => timeline(store.db, { alliance: 'Bleu' }),
          2,
        ),
      );
      full.push(
        await measure(
          `timeline Bleu as of, ${FULL.toLocaleString('en')} claims`,
          'queries',
          [0],
          () => timeline(store.db, { alliance: 'Bleu', asOf: '2020-01-04' }),
          2,
        ),
      );
      for (const [i, b] of base.entries()) {
        const f = full[i] as Measurement;
        results.push({
          title: `${b.name.replace(/, [\d,]+ claims$/, '')} on ${dialect}`,
          baseline: b,
          others: [f],
          aims: { [f.name]: 0.5 },
          notes: [
            `same answer at both sizes: ${baseEvents} and ${fullEvents} events`,
            `filler insert: ${(FULL - BASE).toLocaleString('en')} claims in ${fillSeconds.toFixed(1)} s`,
          ],
        });
      }
    } finally {
      await store.close();
    }
  }
  return results;
}

async function eventCount(db: Store): Promise<number> {
  const [bleu] = await timeline(db, { alliance: 'Bleu' });
  return bleu?.events.length ?? 0;
}

async function freshStore(
  dialect: 'sqlite' | 'postgres',
): Promise<{ db: Store; url: string; close: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-'));
    const url = join(dir, 'bench.sqlite');
    const db = await openMigratedStore(url);
    return {
      db,
      url,
      close: async () => {
        await db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `vigie_bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const db = await openMigratedStore(url.toString());
  return {
    db,
    url: url.toString(),
    close: async () => {
      await db.destroy();
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** Bleu's history, recorded through the real write path: rumour, statements, confirmation, launch, moves. */
async function recordAllianceHistory(db: Store, database: string): Promise<void> {
  const config = parseConfig({ database, alerts: [{ type: 'stdout' }] });
  const ev = (text: string) => ({ text, start: 0, end: text.length });
  const trio = ['Microsoft', 'Orange', 'Capgemini'];
  // Days 2 to 6: with share moves looked up 3 days around, the answer lies inside the first 10,000 claims.
  for (let day = 2; day <= 6; day++) {
    const publishedAt = new Date((T0 + day * 86_400 + 3_600) * 1000).toISOString();
    for (const publisher of ['Le Quotidien Tech', 'Cloud Hebdo']) {
      const url = `https://bench.test/bleu/${day}/${publisher.replaceAll(' ', '-')}`;
      const article = await db
        .insertInto('articles')
        .values({
          url,
          canonical_url: url,
          publisher,
          published_at: publishedAt,
          title: 'Bleu',
          text: 'x',
          content_hash: url,
          simhash: '0',
          fetched_at: publishedAt,
          source_name: null,
          language: 'fr',
          html: null,
          duplicate_of: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const status = day < 4 ? 'rumour' : 'confirmed';
      const claims: Claim[] = [
        {
          kind: 'agreement',
          parties: trio,
          alliance: 'Bleu',
          status,
          evidence: ev(`Bleu, jour ${day}, ${publisher}.`),
        },
        {
          kind: 'statement',
          parties: ['Orange'],
          stance: 'no_comment',
          status: 'rumour',
          evidence: ev('Orange ne commente pas.'),
        },
      ];
      if (day === 5)
        claims.push({
          kind: 'launch',
          parties: trio,
          alliance: 'Bleu',
          status: 'confirmed',
          eventDate: '2024',
          bound: 'not_before',
          evidence: ev('Pas avant 2024.'),
        });
      await recordArticleClaims(db, article, claims, config);
    }
  }
}

/** Inserts synthetic claims [from, to) with their articles, facts and fact_parties rows, in one transaction. */
async function fill(db: Store, dialect: 'sqlite' | 'postgres', from: number, to: number): Promise<void> {
  await db.transaction().execute(async (tx) => {
    for (const statement of fillStatements(dialect, from, to)) await sql.raw(statement).execute(tx);
  });
}

function fillStatements(dialect: 'sqlite' | 'postgres', from: number, to: number): string[] {
  const pgSeries = (lo: number, hi: number) => `generate_series(${lo}, ${hi - 1}) as s(g)`;
  const liteSeries = (lo: number, hi: number) =>
    `(with recursive r(g) as (select ${lo} union all select g + 1 from r where g + 1 < ${hi}) select g from r) as s`;
  const series = dialect === 'postgres' ? pgSeries : liteSeries;
  // 100 articles a day, 10 claims each; a fact every 5 claims.
  const time = (secondsExpr: string) =>
    dialect === 'postgres'
      ? `to_char(to_timestamp(${T0} + (${secondsExpr})) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
      : `strftime('%Y-%m-%dT%H:%M:%fZ', ${T0} + (${secondsExpr}), 'unixepoch')`;
  const div = (a: string, b: number) =>
    dialect === 'postgres' ? `(${a}) / ${b}` : `cast((${a}) / ${b} as integer)`;
  const articleTime = (articleNo: string) => time(`${articleNo} * 864`);
  const a0 = Math.floor(from / 10);
  const a1 = Math.ceil(to / 10);
  const f0 = Math.floor(from / 5);
  const f1 = Math.ceil(to / 5);
  const kind = (f: string) =>
    `case when (${f}) % 4 = 0 then 'agreement' when (${f}) % 4 = 1 then 'share_move' when (${f}) % 4 = 2 then 'statement' else 'certification' end`;
  const partyA = (f: string) =>
    `case when (${f}) % 500 = 1 then 'Microsoft' when (${f}) % 500 = 5 then 'Orange' else 'Company ' || ((${f}) % 5000) end`;
  const partyB = (f: string) => `'Company ' || (((${f}) * 7 + 1) % 5000)`;
  const parties = (f: string) =>
    `case when (${f}) % 4 in (0) then '["' || ${partyA(f)} || '","' || ${partyB(f)} || '"]' else '["' || ${partyA(f)} || '"]' end`;
  const lower = (e: string) => `lower(${e})`;
  return [
    `insert into articles (id, url, canonical_url, source_name, publisher, published_at, language, title, text, html, content_hash, simhash, duplicate_of, fetched_at)
     select ${ARTICLE_ID0} + g, 'https://bench.test/a/' || g, 'https://bench.test/a/' || g, 'bench', 'Outlet ' || (g % 40),
            ${articleTime('g')}, 'fr', 'synthetic', 'x', null, 'h' || g, '0', null, ${articleTime('g')}
     from ${series(a0, a1)} where g >= ${a0}`,
    `insert into facts (id, fact_key, kind, parties, alliance, label, status, confidence, first_published_at, last_changed_at, claim_count)
     select ${FACT_ID0} + g, 'bench|' || g, ${kind('g')}, ${parties('g')}, null,
            case when g % 4 = 3 then 'ISO 27001' else null end, 'confirmed', 0.6, ${articleTime(div('g * 5', 10))}, ${articleTime(div('g * 5', 10))}, 5
     from ${series(f0, f1)} where g * 5 >= ${from}`,
    `insert into fact_parties (name, kind, fact_id, first_published_at)
     select ${lower(partyA('g'))}, ${kind('g')}, ${FACT_ID0} + g, ${articleTime(div('g * 5', 10))}
     from ${series(f0, f1)} where g * 5 >= ${from}`,
    `insert into fact_parties (name, kind, fact_id, first_published_at)
     select ${lower(partyB('g'))}, 'agreement', ${FACT_ID0} + g, ${articleTime(div('g * 5', 10))}
     from ${series(f0, f1)} where g * 5 >= ${from} and g % 4 = 0`,
    `insert into claims (article_id, claim_index, fact_id, kind, parties, status, stance, alliance, label, issuer, percent, direction,
                         event_date, attribution, evidence_text, evidence_start, evidence_end, rule, published_at, publisher, learned_at, payload)
     select ${ARTICLE_ID0} + ${div('g', 10)}, g % 10, ${FACT_ID0} + ${div('g', 5)}, ${kind(div('g', 5))}, ${parties(div('g', 5))}, 'confirmed',
            case when ${div('g', 5)} % 4 = 2 then 'no_comment' else null end, null,
            case when ${div('g', 5)} % 4 = 3 then 'ISO 27001' else null end, null,
            case when ${div('g', 5)} % 4 = 1 then 1.5 else null end, case when ${div('g', 5)} % 4 = 1 then 'up' else null end,
            null, null, 'Synthetic sentence number ' || g || '.', 0, 30, null,
            ${articleTime(div('g', 10))}, 'Outlet ' || (${div('g', 10)} % 40), ${articleTime(div('g', 10))}, '{}'
     from ${series(from, to)}`,
  ];
}

/** Fresh planner statistics at each size, as a live database would have them. */
async function analyse(db: Store): Promise<void> {
  await sql`analyze`.execute(db);
}
