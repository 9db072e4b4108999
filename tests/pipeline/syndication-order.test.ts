import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../db/connect.ts';
import type { Config } from '../../src/config/config-schema.ts';
import type { Claim } from '../../src/extraction/claim.ts';
import { extractClaims } from '../../src/extraction/extract-claims.ts';
import { runIngestOnce } from '../../src/pipeline/run-ingest-once.ts';
import { alerts } from '../../src/query/alerts.ts';
import { timeline } from '../../src/query/timeline.ts';
import { type TempDir, tempDir, writeConfig } from './support/ingest-setup.ts';
import {
  type SyndicationPage,
  type SyndicationSite,
  startSyndicationSite,
} from './support/syndication-site.ts';

/** What the store says about the story once every page is in, whatever order they came in. */
interface Outcome {
  /** Claims that count, as [article URL, claim] in claim order. */
  claims: Array<[string, Claim]>;
  transitions: string[];
  /** The changes alerted, `from->to`. */
  alerts: string[];
  /** What each alert cites, `publisher url`: an alert delivered before a better source came stays as sent. */
  evidence: string[];
}

describe('syndicated copies: the earliest publication is the original', () => {
  let site: SyndicationSite;
  let dir: TempDir;
  const stores: Store[] = [];

  beforeAll(async () => {
    site = await startSyndicationSite();
    dir = tempDir();
  });

  afterAll(async () => {
    for (const db of stores) await db.destroy();
    await site?.close();
    dir?.remove();
  });

  /** Ingests the pages run by run (each run adds its pages' feeds to the previous ones). */
  async function ingestInRuns(name: string, runs: SyndicationPage[][]) {
    const database = dir.file(`${name}.sqlite`);
    const alertFile = dir.file(`${name}-alerts.jsonl`);
    const sources: SyndicationPage[] = [];
    const summaries = [];
    let config: Config | undefined;
    for (const [i, pages] of runs.entries()) {
      sources.push(...pages);
      config = writeConfig(
        dir,
        {
          database,
          sources: sources.map((p) => site.source(p)),
          alerts: [{ type: 'file', path: alertFile }],
        },
        `${name}-${i + 1}.yaml`,
      ).config;
      summaries.push(await runIngestOnce(config));
    }
    if (!config) throw new Error('ingestInRuns needs at least one run');
    const db = openStore(database);
    stores.push(db);
    const delivered = () => readFileSync(alertFile, 'utf8').trim().split('\n');
    // What was sent is what the store keeps, evidence included.
    expect(delivered().map((line) => JSON.parse(line))).toEqual(await alerts(db));
    return { db, config, summaries, delivered };
  }

  async function outcome(db: Store): Promise<Outcome> {
    const claims = await db
      .selectFrom('claims')
      .innerJoin('articles', 'articles.id', 'claims.article_id')
      .select(['articles.url', 'claims.payload'])
      .where('claims.retracted_at', 'is', null)
      .orderBy('articles.url')
      .orderBy('claims.claim_index')
      .execute();
    const transitions = await db
      .selectFrom('transitions')
      .innerJoin('facts', 'facts.id', 'transitions.fact_id')
      .innerJoin('claims', 'claims.id', 'transitions.claim_id')
      .innerJoin('articles', 'articles.id', 'claims.article_id')
      .select(['facts.fact_key', 'transitions.from_status', 'transitions.to_status', 'articles.url'])
      .where('transitions.superseded_at', 'is', null)
      .execute();
    const raised = await alerts(db);
    return {
      claims: claims.map((c) => [c.url, wireForm(c.payload)]),
      transitions: transitions.map((t) => `${t.fact_key} ${t.from_status}->${t.to_status} ${t.url}`).sort(),
      alerts: raised.map((a) => `${a.from}->${a.to}`),
      evidence: raised.map((a) => `${a.evidence.publisher} ${a.evidence.url}`),
    };
  }

  /** The claims of one stored article, read from its own text as process-article reads them. */
  async function ownClaims(db: Store, url: string): Promise<Array<[string, Claim]>> {
    const article = await db
      .selectFrom('articles')
      .selectAll()
      .where('url', '=', url)
      .executeTakeFirstOrThrow();
    const { claims } = extractClaims({
      text: article.text,
      language: article.language === 'en' ? 'en' : 'fr',
      publishedAt: article.published_at ?? undefined,
      title: article.title,
    });
    return claims.map((claim) => [url, JSON.parse(JSON.stringify(claim)) as Claim]);
  }

  let copyFirst: Outcome;

  it('a copy stored first gives way to the earlier original: the story is read from the original, one alert', async () => {
    // First run: the rumour and the regional paper's copy (published a day after the agency's dispatch).
    // Second run: the agency's own dispatch arrives late.
    const { db, config, summaries, delivered } = await ingestInRuns('copy-first', [
      ['rumour', 'copy'],
      ['original'],
    ]);
    expect(summaries[0]?.alerts).toBe(1);
    expect(summaries[1]?.articlesStored).toBe(1);
    expect(summaries[1]?.alerts).toBe(0);
    expect(delivered()).toHaveLength(1);

    const rows = await db.selectFrom('articles').select(['id', 'url', 'duplicate_of']).execute();
    const byUrl = new Map(rows.map((r) => [r.url, r]));
    const original = byUrl.get(site.urlOf('original'));
    const copy = byUrl.get(site.urlOf('copy'));
    expect(original?.duplicate_of).toBeNull();
    expect(copy?.duplicate_of).toBe(original?.id);

    // The story's claims are exactly those of the original's own text (not the copy's: its "hier" is
    // another day), and the claims read from the copy are kept but retracted.
    copyFirst = await outcome(db);
    const story = copyFirst.claims.filter(([url]) => url !== site.urlOf('rumour'));
    expect(story).toEqual(await ownClaims(db, site.urlOf('original')));
    expect(story.some(([, c]) => c.kind === 'share_move' && c.eventDate === '2026-04-01')).toBe(true);
    const retracted = await db
      .selectFrom('claims')
      .select(['article_id', 'retracted_at'])
      .where('retracted_at', 'is not', null)
      .execute();
    expect(retracted.length).toBeGreaterThan(0);
    expect(retracted.every((c) => c.article_id === copy?.id)).toBe(true);

    const confirmed = await db
      .selectFrom('claims')
      .select(['article_id', 'publisher', 'published_at', 'evidence_text', 'evidence_start', 'evidence_end'])
      .where('kind', '=', 'agreement')
      .where('status', '=', 'confirmed')
      .where('retracted_at', 'is', null)
      .execute();
    expect(confirmed).toHaveLength(1);
    expect(confirmed[0]?.article_id).toBe(original?.id);
    expect(confirmed[0]?.publisher).toBe('Agence Maritime');
    expect(Date.parse(confirmed[0]?.published_at ?? '')).toBe(Date.parse('2026-04-02T10:00:00+02:00'));
    const text = await db
      .selectFrom('articles')
      .select('text')
      .where('id', '=', original?.id ?? -1)
      .executeTakeFirstOrThrow();
    expect(text.text.slice(Number(confirmed[0]?.evidence_start), Number(confirmed[0]?.evidence_end))).toBe(
      confirmed[0]?.evidence_text,
    );

    const histories = await timeline(db, { parties: ['Ostravel', 'Brunmark'] }, config);
    expect(histories).toHaveLength(1);
    const events = histories[0]?.events.filter((e) => e.kind === 'agreement' && e.status === 'confirmed');
    expect(events?.map((e) => [e.source.publisher, e.source.url])).toEqual([
      ['Agence Maritime', site.urlOf('original')],
    ]);

    // The one alert was raised from the copy and delivered before the original came: it stays what was
    // announced. The history (transitions, timeline above) cites the original.
    expect(copyFirst.alerts).toEqual(['rumour->confirmed']);
    expect(copyFirst.evidence).toEqual([expect.stringMatching(endsWith(site.urlOf('copy')))]);
    expect(copyFirst.transitions.every((t) => !t.endsWith(site.urlOf('copy')))).toBe(true);
    expect(copyFirst.transitions.some((t) => t.endsWith(`rumour->confirmed ${site.urlOf('original')}`))).toBe(
      true,
    );
  });

  it('the original first, then its copy: the same claims, transitions and alert', async () => {
    const { db, delivered } = await ingestInRuns('original-first', [['rumour', 'original'], ['copy']]);
    expect(delivered()).toHaveLength(1);
    expect(copyFirst).toBeDefined();
    const { evidence, ...story } = await outcome(db);
    const { evidence: _sentFromCopy, ...copyFirstStory } = copyFirst;
    expect(story).toEqual(copyFirstStory);
    expect(evidence).toEqual([`Agence Maritime ${site.urlOf('original')}`]);
  });

  it('a copy whose canonical link names the original does not hide it: the original is read, in either order', async () => {
    const mirrorFirst = await ingestInRuns('mirror-first', [['rumour', 'mirror'], ['original']]);
    expect(mirrorFirst.summaries[1]?.articlesStored).toBe(1);
    const rows = await mirrorFirst.db.selectFrom('articles').select(['id', 'url', 'duplicate_of']).execute();
    const original = rows.find((r) => r.url === site.urlOf('original'));
    expect(original?.duplicate_of).toBeNull();
    expect(rows.find((r) => r.url === site.urlOf('mirror'))?.duplicate_of).toBe(original?.id);

    const seen = await outcome(mirrorFirst.db);
    const story = seen.claims.filter(([url]) => url !== site.urlOf('rumour'));
    expect(story).toEqual(await ownClaims(mirrorFirst.db, site.urlOf('original')));
    // Raised from the mirror and delivered before the original came: the alert stays as sent.
    expect(seen.alerts).toEqual(['rumour->confirmed']);
    expect(seen.evidence).toEqual([expect.stringMatching(endsWith(site.urlOf('mirror')))]);
    expect(seen.transitions.some((t) => t.endsWith(`rumour->confirmed ${site.urlOf('original')}`))).toBe(
      true,
    );
    expect(mirrorFirst.delivered()).toHaveLength(1);

    const inOrder = await ingestInRuns('mirror-last', [['rumour', 'original'], ['mirror']]);
    const { evidence, ...inOrderStory } = await outcome(inOrder.db);
    const { evidence: _sentFromMirror, ...seenStory } = seen;
    expect(inOrderStory).toEqual(seenStory);
    expect(evidence).toEqual([`Agence Maritime ${site.urlOf('original')}`]);
  });
});

function endsWith(text: string): RegExp {
  return new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** The claim as extracted (the stored payload also carries the rule that read it). */
function wireForm(payload: string): Claim {
  const { explanation: _explanation, ...claim } = JSON.parse(payload) as Claim & { explanation?: unknown };
  return claim as Claim;
}
