import type { Command } from 'commander';
import { migrateToLatest, openStore } from '../../../db/connect.ts';
import type { Config } from '../../config/config-schema.ts';
import { startEmbeddedPressSite } from '../../pipeline/embedded-press-site.ts';
import { formatSummary, type IngestSummary } from '../../pipeline/ingest-summary.ts';
import { runIngestOnce } from '../../pipeline/run-ingest-once.ts';
import { ModeError, runScheduler, runStart, runWorker } from '../../pipeline/run-processes.ts';
import { listSourceHealth } from '../../pipeline/source-state-store.ts';
import { listJobFailures } from '../../queue/job-failures.ts';
import { CliError } from '../cli-error.ts';
import { loadCliConfig } from '../load-cli-config.ts';

interface ConfigOption {
  config?: string;
}

/** The ingestion commands: ingest --once, start, worker, scheduler, migrate, failures, status. */
export function registerIngestCommands(program: Command): void {
  program
    .command('ingest')
    .description(
      'Poll every source once, fetch and process every new article, then exit (0 even when some jobs failed: see `vigie failures`).',
    )
    .option(
      '--config <file>',
      'configuration file (YAML); without it, the bundled fixture press site is ingested',
    )
    .option(
      '--once',
      'run once and exit when everything is processed (the only mode: `vigie start` keeps polling)',
    )
    .option('--json', 'print the summary as JSON on stdout')
    .action(async (options: ConfigOption & { once?: boolean; json?: boolean }) => {
      if (!options.once)
        throw new CliError('vigie ingest runs once: add --once (use `vigie start` to poll on schedule)');
      await withConfig(options, async (config) => {
        const progress = process.stderr.isTTY && !options.json ? progressLine : undefined;
        const summary = await runIngestOnce(config, { onProgress: progress });
        if (progress) process.stderr.write('\r\x1b[K');
        if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
        else process.stderr.write(`ingest: ${formatSummary(summary)}\n`);
      });
    });

  program
    .command('start')
    .description(
      'Run the scheduler and the workers in this process until SIGTERM or SIGINT (jobs in flight finish).',
    )
    .option(
      '--config <file>',
      'configuration file (YAML); without it, the bundled fixture press site is watched',
    )
    .action(async (options: ConfigOption) => {
      await withConfig(options, (config) => modeErrors(() => runStart(config, { log })));
    });

  program
    .command('worker')
    .description('Run pipeline jobs from Redis (several machines may share one Redis and one PostgreSQL).')
    .requiredOption('--config <file>', 'configuration file (YAML) naming redis and the database')
    .action(async (options: ConfigOption) => {
      await withConfig(options, (config) => modeErrors(() => runWorker(config, { log })));
    });

  program
    .command('scheduler')
    .description('Keep one Redis job scheduler per source, so that each source is polled once per tick.')
    .requiredOption('--config <file>', 'configuration file (YAML) naming redis and the database')
    .action(async (options: ConfigOption) => {
      await withConfig(options, (config) => modeErrors(() => runScheduler(config, { log })));
    });

  program
    .command('migrate')
    .description('Bring the database schema up to date.')
    .option('--config <file>', 'configuration file (YAML)')
    .action(async (options: ConfigOption) => {
      const config = loadCliConfig(options.config);
      const db = openStore(config.database);
      try {
        const { applied } = await migrateToLatest(db);
        process.stderr.write(
          applied.length > 0 ? `migrated: ${applied.join(', ')}\n` : 'database schema already up to date\n',
        );
      } finally {
        await db.destroy();
      }
    });

  program
    .command('failures')
    .description('Jobs that kept failing after their retries, newest first, with the reason.')
    .option('--config <file>', 'configuration file (YAML)')
    .option('--limit <n>', 'at most this many', (v) => Number.parseInt(v, 10), 100)
    .option('--json', 'print JSON on stdout')
    .action(async (options: ConfigOption & { json?: boolean; limit: number }) => {
      await withStore(options, async (db) => {
        const failures = await listJobFailures(db, { limit: options.limit });
        if (options.json) {
          process.stdout.write(`${JSON.stringify(failures)}\n`);
          return;
        }
        if (failures.length === 0) process.stdout.write('no failed jobs\n');
        for (const f of failures) {
          process.stdout.write(
            `${f.failedAt}  ${f.jobName}  ${describeData(f.data)}  after ${f.attempts} tries: ${f.reason}\n`,
          );
        }
      });
    });

  program
    .command('status')
    .description('Health of each source: last poll, last success, last error, counts, next run.')
    .option('--config <file>', 'configuration file (YAML)')
    .option('--json', 'print JSON on stdout')
    .action(async (options: ConfigOption & { json?: boolean }) => {
      await withStore(options, async (db) => {
        const sources = await listSourceHealth(db);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(sources)}\n`);
          return;
        }
        if (sources.length === 0)
          process.stdout.write('no source polled yet: run `vigie ingest --once` or `vigie start`\n');
        for (const s of sources) {
          const health = s.lastError ? `ERROR ${s.lastError}` : s.lastOkAt ? 'ok' : 'never polled';
          process.stdout.write(
            `${s.name} (${s.type}) ${s.url}\n  ${health}; last poll ${s.lastPollAt ?? '-'}, last ok ${s.lastOkAt ?? '-'}, ` +
              `${s.itemsSeen} items seen, ${s.articlesFound} new articles, next run ${s.nextRunAt ?? '-'}\n`,
          );
        }
      });
    });
}

/** Loads --config; without one, serves the bundled fixture press site for the life of the command. */
async function withConfig(options: ConfigOption, run: (config: Config) => Promise<void>): Promise<void> {
  if (options.config) {
    await run(loadCliConfig(options.config));
    return;
  }
  const embedded = await startEmbeddedPressSite();
  process.stderr.write(
    `vigie: no --config given: embedded mode (in-process queue, database ${embedded.config.database}) ` +
      `on the bundled fixture press site at ${embedded.baseUrl}\n`,
  );
  try {
    await run(embedded.config);
  } finally {
    await embedded.close();
  }
}

async function withStore(
  options: ConfigOption,
  run: (db: ReturnType<typeof openStore>) => Promise<void>,
): Promise<void> {
  const config = loadCliConfig(options.config);
  const db = openStore(config.database);
  try {
    await migrateToLatest(db);
    await run(db);
  } finally {
    await db.destroy();
  }
}

async function modeErrors(run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (error instanceof ModeError) throw new CliError(error.message);
    throw error;
  }
}

function log(line: string): void {
  process.stderr.write(`${new Date().toISOString()} ${line}\n`);
}

function progressLine(s: IngestSummary): void {
  process.stderr.write(
    `\r\x1b[Kingest: ${s.sourcesPolled} sources polled, ${s.pagesFetched} pages fetched, ` +
      `${s.articlesStored} articles stored, ${s.claims} claims, ${s.alerts} alerts`,
  );
}

function describeData(data: unknown): string {
  if (data && typeof data === 'object') {
    const d = data as Record<string, unknown>;
    return String(
      d.url ??
        d.source ??
        (d.articleId !== undefined ? `article ${d.articleId}` : `alert ${d.alertId ?? '?'}`),
    );
  }
  return String(data);
}
