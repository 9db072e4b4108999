import { Writable } from 'node:stream';
import type { Command } from 'commander';
import type { Store } from '../../../db/connect.ts';
import type { Config } from '../../config/config-schema.ts';
import type { IngestSummary } from '../../pipeline/ingest-summary.ts';
import type { IngestionRuntime } from '../../pipeline/ingestion-runtime.ts';
import { CliError } from '../cli-error.ts';
import { parsePort } from '../parse-port.ts';

// Registration imports nothing heavy: each action loads the pipeline, the store or the web face on
// use, so that `vigie --help` and `vigie extract` do not pay for them.

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
    .option(
      '--json',
      'print only the summary, as JSON, on stdout (alerts of a stdout sink then go to stderr)',
    )
    .action(async (options: ConfigOption & { once?: boolean; json?: boolean }) => {
      if (!options.once)
        throw new CliError('vigie ingest runs once: add --once (use `vigie start` to poll on schedule)');
      const [{ runIngestOnce }, { formatSummary }] = await Promise.all([
        import('../../pipeline/run-ingest-once.ts'),
        import('../../pipeline/ingest-summary.ts'),
      ]);
      await withConfig(options, async (config) => {
        // A live progress line only on a terminal: logs and pipes get the final summary alone.
        const progress = process.stderr.isTTY && !options.json ? progressLine : undefined;
        const summary = await runIngestOnce(config, {
          ...(progress ? { onProgress: progress } : {}),
          // stdout carries one JSON document in --json mode: alert lines must not interleave with it.
          ...(options.json ? { alertOut: process.stderr } : {}),
          // On one terminal, an alert line first clears the progress line it would otherwise extend.
          ...(progress && process.stdout.isTTY ? { alertOut: clearingProgress() } : {}),
        });
        if (progress) process.stderr.write('\r\x1b[K');
        if (options.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
        else process.stderr.write(`ingest: ${formatSummary(summary)}\n`);
      });
    });

  program
    .command('start')
    .description(
      'Run the scheduler, the workers and the web face in this process until SIGTERM or SIGINT ' +
        '(jobs in flight finish, the web server closes).',
    )
    .option(
      '--config <file>',
      'configuration file (YAML); without it, the bundled fixture press site is watched',
    )
    .option('--no-web', 'do not serve the web face')
    .option('--port <n>', 'web port (0 = any free port; default web.port, 8080)', parsePort)
    .option('--host <address>', 'web address (default web.host, 127.0.0.1)')
    .action(async (options: ConfigOption & { web: boolean; port?: number; host?: string }) => {
      const { runStart } = await import('../../pipeline/run-processes.ts');
      await withConfig(options, (config) =>
        modeErrors(() =>
          runStart(config, {
            log,
            ...(options.web ? { companion: (runtime) => startWeb(runtime, options) } : {}),
          }),
        ),
      );
    });

  program
    .command('worker')
    .description('Run pipeline jobs from Redis (several machines may share one Redis and one PostgreSQL).')
    .requiredOption('--config <file>', 'configuration file (YAML) naming redis and the database')
    .action(async (options: ConfigOption) => {
      const { runWorker } = await import('../../pipeline/run-processes.ts');
      await withConfig(options, (config) => modeErrors(() => runWorker(config, { log })));
    });

  program
    .command('scheduler')
    .description('Keep one Redis job scheduler per source, so that each source is polled once per tick.')
    .requiredOption('--config <file>', 'configuration file (YAML) naming redis and the database')
    .action(async (options: ConfigOption) => {
      const { runScheduler } = await import('../../pipeline/run-processes.ts');
      await withConfig(options, (config) => modeErrors(() => runScheduler(config, { log })));
    });

  program
    .command('migrate')
    .description('Bring the database schema up to date.')
    .option('--config <file>', 'configuration file (YAML)')
    .action(async (options: ConfigOption) => {
      const { loadCliConfig } = await import('../load-cli-config.ts');
      const { migrateToLatest, openStore } = await import('../../../db/connect.ts');
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
        const { listJobFailures } = await import('../../queue/job-failures.ts');
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
        const { listSourceHealth } = await import('../../pipeline/source-state-store.ts');
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
    const { loadCliConfig } = await import('../load-cli-config.ts');
    await run(loadCliConfig(options.config));
    return;
  }
  const { startEmbeddedPressSite } = await import('../../pipeline/embedded-press-site.ts');
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

async function withStore(options: ConfigOption, run: (db: Store) => Promise<void>): Promise<void> {
  const { loadCliConfig } = await import('../load-cli-config.ts');
  const { migrateToLatest, openStore } = await import('../../../db/connect.ts');
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
  const { ModeError } = await import('../../pipeline/run-processes.ts');
  const { WebBindError } = await import('../../web/bind-policy.ts');
  try {
    await run();
  } catch (error) {
    if (error instanceof ModeError || error instanceof WebBindError) throw new CliError(error.message);
    throw error;
  }
}

/** The web face of `vigie start`, over the pipeline's own store; closed before the pipeline stops. */
async function startWeb(
  runtime: IngestionRuntime,
  options: { port?: number; host?: string },
): Promise<{ close(): Promise<void> }> {
  const { startWebServer } = await import('../../web/start-web-server.ts');
  const { WebBindError } = await import('../../web/bind-policy.ts');
  let server: Awaited<ReturnType<typeof startWebServer>>;
  try {
    server = await startWebServer(runtime.config, runtime.db, {
      ...(options.port === undefined ? {} : { port: options.port }),
      ...(options.host === undefined ? {} : { host: options.host }),
    });
  } catch (error) {
    if (error instanceof WebBindError) throw error;
    throw new CliError(`cannot serve the web face: ${(error as Error).message} (or add --no-web)`, 1);
  }
  log(`web: serving ${server.url}${runtime.config.web.token ? ' (token required)' : ''}`);
  return server;
}

function log(line: string): void {
  process.stderr.write(`${new Date().toISOString()} ${line}\n`);
}

function clearingProgress(): Writable {
  return new Writable({
    write(chunk, _encoding, done) {
      process.stderr.write('\r\x1b[K');
      process.stdout.write(chunk, done);
    },
  });
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
