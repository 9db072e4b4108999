import type { Writable } from 'node:stream';
import { openStore } from '../../db/connect.ts';
import { parseConfig } from '../config/load-config.ts';
import { formatSummary } from './ingest-summary.ts';
import { runIngestOnce } from './run-ingest-once.ts';

export interface DemoOptions {
  database: string;
  out: Writable;
}

/**
 * The demo: serves the fixture press site, replays its days one by one through the real pipeline
 * (alerts go to the stdout sink as they fire), then prints each alliance's history.
 */
export async function replayDemo(options: DemoOptions): Promise<void> {
  const { startPressSite } = await import('../../fixtures/press-site/server.ts');
  const site = await startPressSite({ day: 0 });
  const print = (line: string) => options.out.write(`${line}\n`);
  try {
    const config = parseConfig({
      database: options.database,
      network: { allowPrivateAddresses: true, perHostDelayMs: 0 },
      sources: site.sources(),
      alerts: [{ type: 'stdout' }],
      logLevel: 'warn',
    });
    print(`vigie demo: the fixture press site at ${site.baseUrl}, days 0 to ${site.lastDay}`);
    for (let day = 0; day <= site.lastDay; day++) {
      site.setDay(day);
      print(`\n== day ${day} ==`);
      const summary = await runIngestOnce(config);
      print(`   ${formatSummary(summary)}`);
    }
    await printAlliances(options.database, print);
  } finally {
    await site.close();
  }
}

async function printAlliances(database: string, print: (line: string) => void): Promise<void> {
  const db = openStore(database);
  try {
    const facts = await db
      .selectFrom('facts')
      .selectAll()
      .where('kind', '=', 'agreement')
      .orderBy('first_published_at')
      .execute();
    print('\n== alliances ==');
    for (const fact of facts) {
      const parties = (JSON.parse(fact.parties) as string[]).join(', ');
      print(`\n${fact.alliance ? `${fact.alliance} (${parties})` : parties}: ${fact.status}`);
      const history = await db
        .selectFrom('transitions')
        .innerJoin('claims', 'claims.id', 'transitions.claim_id')
        .innerJoin('articles', 'articles.id', 'claims.article_id')
        .select([
          'transitions.at',
          'transitions.from_status',
          'transitions.to_status',
          'articles.publisher',
          'articles.title',
        ])
        .where('transitions.fact_id', '=', fact.id)
        .where('transitions.superseded_at', 'is', null)
        .orderBy('transitions.at')
        .execute();
      for (const step of history) {
        print(
          `  ${step.at.slice(0, 10)}  ${step.from_status ?? 'new'} -> ${step.to_status}  ${step.publisher}: ${step.title}`,
        );
      }
    }
  } finally {
    await db.destroy();
  }
}
