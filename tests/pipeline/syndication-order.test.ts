import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../db/connect.ts';
import { runIngestOnce } from '../../src/pipeline/run-ingest-once.ts';
import { alerts } from '../../src/query/alerts.ts';
import { timeline } from '../../src/query/timeline.ts';
import { type TempDir, tempDir, writeConfig } from './support/ingest-setup.ts';
import { type SyndicationSite, startSyndicationSite } from './support/syndication-site.ts';

describe('syndicated copies: the earliest publication is the original', () => {
  let site: SyndicationSite;
  let dir: TempDir;
  let db: Store | undefined;

  beforeAll(async () => {
    site = await startSyndicationSite();
    dir = tempDir();
  });

  afterAll(async () => {
    await db?.destroy();
    await site?.close();
    dir?.remove();
  });

  it('a copy stored first gives way to the earlier original: one story, sourced to the original, one alert', async () => {
    const database = dir.file('vigie.sqlite');
    const alertFile = dir.file('alerts.jsonl');
    const sinks = [{ type: 'file', path: alertFile }];
    // First run: the rumour and the regional paper's copy (published a day after the agency's dispatch).
    const first = writeConfig(dir, {
      database,
      sources: [site.source('rumour'), site.source('copy')],
      alerts: sinks,
    });
    await runIngestOnce(first.config);
    const delivered = readFileSync(alertFile, 'utf8').trim().split('\n');
    expect(delivered).toHaveLength(1);

    // Second run: the agency's own dispatch arrives late.
    const second = writeConfig(
      dir,
      {
        database,
        sources: [site.source('rumour'), site.source('copy'), site.source('original')],
        alerts: sinks,
      },
      'vigie-2.yaml',
    );
    const summary = await runIngestOnce(second.config);
    expect(summary.articlesStored).toBe(1);
    expect(summary.alerts).toBe(0);
    expect(readFileSync(alertFile, 'utf8').trim().split('\n')).toHaveLength(1);

    db = openStore(database);
    const rows = await db.selectFrom('articles').select(['id', 'url', 'duplicate_of']).execute();
    const byUrl = new Map(rows.map((r) => [r.url, r]));
    const original = byUrl.get(site.urlOf('original'));
    const copy = byUrl.get(site.urlOf('copy'));
    expect(original?.duplicate_of).toBeNull();
    expect(copy?.duplicate_of).toBe(original?.id);

    // The claims read from the copy now belong to the original, with its publisher and date.
    const claims = await db
      .selectFrom('claims')
      .select(['article_id', 'publisher', 'published_at', 'evidence_text', 'evidence_start', 'evidence_end'])
      .where('kind', '=', 'agreement')
      .where('status', '=', 'confirmed')
      .execute();
    expect(claims).toHaveLength(1);
    expect(claims[0]?.article_id).toBe(original?.id);
    expect(claims[0]?.publisher).toBe('Agence Maritime');
    expect(Date.parse(claims[0]?.published_at ?? '')).toBe(Date.parse('2026-04-02T10:00:00+02:00'));
    const text = await db
      .selectFrom('articles')
      .select('text')
      .where('id', '=', original?.id ?? -1)
      .executeTakeFirstOrThrow();
    expect(text.text.slice(Number(claims[0]?.evidence_start), Number(claims[0]?.evidence_end))).toBe(
      claims[0]?.evidence_text,
    );

    const histories = await timeline(db, { parties: ['Ostravel', 'Brunmark'] }, second.config);
    expect(histories).toHaveLength(1);
    const confirmed = histories[0]?.events.filter((e) => e.kind === 'agreement' && e.status === 'confirmed');
    expect(confirmed?.map((e) => [e.source.publisher, e.source.url])).toEqual([
      ['Agence Maritime', site.urlOf('original')],
    ]);

    const raised = await alerts(db);
    expect(raised.map((a) => [a.from, a.to, a.evidence.publisher, a.evidence.url])).toEqual([
      ['rumour', 'confirmed', 'Agence Maritime', site.urlOf('original')],
    ]);
  });
});
