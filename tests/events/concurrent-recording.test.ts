import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { recordArticleClaims } from '../../src/events/record-article-claims.ts';
import { addArticle, claims, dialects, openTestStore, type TestStore, testConfig } from './fixtures.ts';

const run = promisify(execFile);
const worker = join(import.meta.dirname, 'record-worker.ts');

// Two real worker processes confirm the same facts at the same time, each with its own article.
describe.each(Object.entries(dialects))('two worker processes on %s', (_name, make) => {
  let store: TestStore | undefined;
  afterAll(async () => {
    await store?.close();
  });

  it('record every claim once and raise one alert per transition', async () => {
    store = await openTestStore(make);
    const { db, url } = store;
    const config = testConfig(url);
    const jobs: Array<{ articleId: number; claims: unknown[] }> = [];
    const byFirst: typeof jobs = [];
    const bySecond: typeof jobs = [];
    const facts = 24;
    for (let i = 0; i < facts; i++) {
      const parties = [`Société ${i}`, `Groupe ${i}`];
      await recordArticleClaims(
        db,
        await addArticle(db, 'JDN', `2023-01-${String(1 + i).padStart(2, '0')}T07:00:00.000Z`),
        [claims.agreement(parties, 'rumour')],
        config,
      );
      for (const [k, publisher] of [`Société ${i}`, `Groupe ${i}`].entries()) {
        const article = await addArticle(
          db,
          publisher,
          `2023-02-${String(1 + i).padStart(2, '0')}T0${k}:00:00.000Z`,
        );
        const job = {
          articleId: article.id,
          claims: [claims.agreement(parties, 'confirmed'), claims.statement(publisher, 'confirm')],
        };
        jobs.push(job);
        (k === 0 ? byFirst : bySecond).push(job);
      }
    }
    const dir = mkdtempSync(join(tmpdir(), 'vigie-workers-'));
    // Each worker races the other on every fact with its own confirmation, then re-records the other's.
    writeFileSync(join(dir, 'a.json'), JSON.stringify([...byFirst, ...bySecond]));
    writeFileSync(join(dir, 'b.json'), JSON.stringify([...bySecond, ...byFirst]));
    const startAt = String(Date.now() + 4000);
    const outputs = await Promise.all(
      ['a.json', 'b.json'].map((file) =>
        run(process.execPath, ['--import', 'tsx', worker, url, join(dir, file), startAt], {
          cwd: process.cwd(),
          timeout: 120_000,
        }),
      ),
    );
    const reported = outputs.flatMap((o) => (JSON.parse(o.stdout) as { alertIds: number[] }).alertIds);

    const claimCount = await db
      .selectFrom('claims')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(claimCount.n)).toBe(facts + jobs.length * 2);
    const alerts = await db.selectFrom('alerts').selectAll().execute();
    expect(alerts.map((a) => `${a.from_status}->${a.to_status}`)).toEqual(
      Array(facts).fill('rumour->confirmed'),
    );
    expect(new Set(alerts.map((a) => a.fact_id)).size).toBe(facts);
    expect(new Set(reported)).toEqual(new Set(alerts.map((a) => a.id)));
    const live = await db
      .selectFrom('transitions')
      .innerJoin('facts', 'facts.id', 'transitions.fact_id')
      .select([
        'transitions.fact_id',
        'transitions.from_status',
        'transitions.to_status',
        'transitions.claim_id',
      ])
      .where('facts.kind', '=', 'agreement')
      .where('superseded_at', 'is', null)
      .execute();
    expect(live).toHaveLength(facts * 2);
    // Each confirmation is credited to the earlier of the two articles, whichever worker wrote first.
    const firstConfirmations = await db
      .selectFrom('claims')
      .select('id')
      .where(
        'article_id',
        'in',
        byFirst.map((j) => j.articleId),
      )
      .where('kind', '=', 'agreement')
      .execute();
    const causes = live.filter((t) => t.to_status === 'confirmed').map((t) => t.claim_id);
    expect(causes.sort((a, b) => a - b)).toEqual(firstConfirmations.map((c) => c.id).sort((a, b) => a - b));
  });
});
