// Entrypoint of a one-shot ingestion (same as `vigie ingest --config FILE --once`).
import { formatSummary } from '../src/pipeline/ingest-summary.ts';
import { runIngestOnce } from '../src/pipeline/run-ingest-once.ts';
import { configFromArgv } from './config-from-argv.ts';

const summary = await runIngestOnce(configFromArgv('ingest-once'));
process.stderr.write(`ingest: ${formatSummary(summary)}\n`);
