// A worker process for the concurrency test: records the given articles' claims into the given store.
// Usage: node --import tsx tests/events/record-worker.ts <database> <jobs.json> <start-at-epoch-ms>
import { readFileSync } from 'node:fs';
import { openStore } from '../../db/connect.ts';
import { parseConfig } from '../../src/config/load-config.ts';
import { recordArticleClaims } from '../../src/events/record-article-claims.ts';
import type { Claim } from '../../src/extraction/claim.ts';

const [database, jobsFile, startAt] = process.argv.slice(2);
if (!database || !jobsFile) throw new Error('usage: record-worker.ts <database> <jobs.json>');
const jobs = JSON.parse(readFileSync(jobsFile, 'utf8')) as Array<{ articleId: number; claims: Claim[] }>;
const db = openStore(database);
const config = parseConfig({ database, alerts: [{ type: 'stdout' }] });
const alertIds: number[] = [];
// Both workers start together, so that their transactions really interleave.
await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt ?? 0) - Date.now())));
for (const job of jobs) {
  const article = await db
    .selectFrom('articles')
    .selectAll()
    .where('id', '=', job.articleId)
    .executeTakeFirstOrThrow();
  alertIds.push(...(await recordArticleClaims(db, article, job.claims, config)).alertIds);
}
await db.destroy();
process.stdout.write(JSON.stringify({ alertIds }));
