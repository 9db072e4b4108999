import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMigratedStore, type Store } from '../../db/connect.ts';
import type { ArticleRow } from '../../db/schema.ts';
import type { Config } from '../../src/config/config-schema.ts';
import { parseConfig } from '../../src/config/load-config.ts';
import type { Claim } from '../../src/extraction/claim.ts';
import { freshPostgresDatabase } from '../support/services.ts';

/** Both dialects, as in tests/db/migrations.test.ts: every store suite runs over each. */
export const dialects: Record<string, () => Promise<{ url: string; drop: () => Promise<void> }>> = {
  sqlite: async () => ({
    url: join(mkdtempSync(join(tmpdir(), 'vigie-ev-')), 'v.sqlite'),
    drop: async () => {},
  }),
  postgres: freshPostgresDatabase,
};

export interface TestStore {
  db: Store;
  url: string;
  close: () => Promise<void>;
}

export async function openTestStore(
  make: () => Promise<{ url: string; drop: () => Promise<void> }>,
): Promise<TestStore> {
  const { url, drop } = await make();
  const db = await openMigratedStore(url);
  return {
    db,
    url,
    close: async () => {
      await db.destroy();
      await drop();
    },
  };
}

export function testConfig(database: string, more: Record<string, unknown> = {}): Config {
  return parseConfig({ database, alerts: [{ type: 'stdout' }], ...more });
}

let articleCounter = 0;
/** Stores an invented article and returns its row. */
export async function addArticle(
  db: Store,
  publisher: string,
  publishedAt: string,
  more: Partial<ArticleRow> = {},
): Promise<ArticleRow> {
  articleCounter += 1;
  const url =
    more.url ?? `https://press.test/${publisher.toLowerCase().replaceAll(' ', '-')}/${articleCounter}`;
  const row = await db
    .insertInto('articles')
    .values({
      url,
      canonical_url: url,
      source_name: publisher,
      publisher,
      published_at: publishedAt,
      language: 'fr',
      title: `Article ${articleCounter} from ${publisher}`,
      text: 'body',
      html: null,
      content_hash: `hash-${articleCounter}-${Math.random()}`,
      simhash: '0000000000000000',
      duplicate_of: more.duplicate_of ?? null,
      fetched_at: more.fetched_at ?? publishedAt,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return row;
}

const ev = (text: string) => ({ text, start: 0, end: text.length });

export const claims = {
  agreement(
    parties: string[],
    status: Claim['status'],
    more: { alliance?: string; attribution?: string; text?: string } = {},
  ): Claim {
    return {
      kind: 'agreement',
      parties,
      status,
      ...(more.alliance ? { alliance: more.alliance } : {}),
      ...(more.attribution ? { attribution: more.attribution } : {}),
      evidence: ev(more.text ?? `${parties.join(' et ')} : accord (${status}).`),
    };
  },
  statement(speaker: string, stance: 'no_comment' | 'deny' | 'confirm'): Claim {
    const status = stance === 'confirm' ? 'confirmed' : stance === 'deny' ? 'denied' : 'rumour';
    return { kind: 'statement', parties: [speaker], status, stance, evidence: ev(`${speaker} : ${stance}.`) };
  },
  shareMove(company: string, percent: number, direction: 'up' | 'down', eventDate: string): Claim {
    return {
      kind: 'share_move',
      parties: [company],
      status: 'confirmed',
      percent,
      direction,
      eventDate,
      evidence: ev(`L'action ${company} a varié de ${percent} % (${direction}).`),
    };
  },
  certification(company: string, label: string): Claim {
    return {
      kind: 'certification',
      parties: [company],
      status: 'confirmed',
      label,
      issuer: 'ANSSI',
      evidence: ev(`${company} a obtenu ${label}.`),
    };
  },
  launch(parties: string[], eventDate: string, alliance?: string): Claim {
    return {
      kind: 'launch',
      parties,
      status: 'confirmed',
      eventDate,
      bound: 'not_before',
      ...(alliance ? { alliance } : {}),
      evidence: ev(`L'offre ne sera pas disponible avant ${eventDate}.`),
    };
  },
};
