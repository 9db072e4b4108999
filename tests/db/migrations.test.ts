import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openStore } from '../../db/connect.ts';
import { freshPostgresDatabase } from '../support/services.ts';

// The same suite on every dialect, as kysely's own tests do.
const dialects = {
  sqlite: async () => ({
    url: join(mkdtempSync(join(tmpdir(), 'vigie-db-')), 'v.sqlite'),
    drop: async () => {},
  }),
  postgres: freshPostgresDatabase,
};

describe.each(Object.entries(dialects))('migrations on %s', (_name, make) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  it('applies every migration once, then nothing', async () => {
    const { url, drop } = await make();
    const db = openStore(url);
    cleanups.push(async () => {
      await db.destroy();
      await drop();
    });
    const first = await migrateToLatest(db);
    expect(first.applied).toEqual([
      '001-ingestion',
      '002-event-log',
      '003-event-lookup',
      '004-claim-retraction',
      '005-delivery-lease',
      '006-simhash-bands',
    ]);
    const second = await migrateToLatest(db);
    expect(second.applied).toEqual([]);
  });

  it('gives ids and enforces unique article urls', async () => {
    const { url, drop } = await make();
    const db = openStore(url);
    cleanups.push(async () => {
      await db.destroy();
      await drop();
    });
    await migrateToLatest(db);
    const row = {
      url: 'https://example.test/a',
      canonical_url: 'https://example.test/a',
      publisher: 'Example',
      title: 't',
      text: 'x',
      content_hash: 'h',
      simhash: '0000000000000000',
      fetched_at: new Date().toISOString(),
    };
    const inserted = await db.insertInto('articles').values(row).returning('id').executeTakeFirstOrThrow();
    expect(inserted.id).toBeGreaterThan(0);
    await expect(db.insertInto('articles').values(row).execute()).rejects.toThrow();
  });
});
