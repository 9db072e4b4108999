import type { Command } from 'commander';
import type { Store } from '../../../db/connect.ts';
import type { Config } from '../../config/config-schema.ts';
import type { QueryFilters } from '../../query/query-filters.ts';
import { CliError } from '../cli-error.ts';
import { formatTimelines, table } from '../format-timeline.ts';

// Registration imports nothing heavy: each action loads the store and its query on use, so that
// `vigie --help` and the other commands do not pay for Kysely, the drivers and the query layer.

interface EventOptions {
  config?: string;
  alliance?: string;
  party?: string[];
  kind?: string;
  status?: string;
  since?: string;
  until?: string;
  asOf?: string;
  knownAt?: string;
  limit?: string;
  json?: boolean;
}

const KINDS = ['agreement', 'acquisition', 'share_move', 'certification', 'launch', 'statement'];
const STATUSES = ['rumour', 'confirmed', 'denied'];

/** `vigie timeline`, `vigie alliances`, `vigie facts`, `vigie alerts`: read the event log. */
export function registerEventCommands(program: Command): void {
  withFilters(
    program
      .command('timeline')
      .description('alliance histories, oldest event first, each with its source (--json: CONTRACT shape)')
      .option('--alliance <name>', 'one alliance, by name ("Bleu") or by its parties ("Amazon + Atos")')
      .option('--kind <kind>', `only events of this kind (${KINDS.join(', ')})`)
      .option('--since <date>', 'only events published on or after this day (YYYY-MM-DD)')
      .option('--until <date>', 'only events published on or before this day (YYYY-MM-DD)'),
  ).action((options: EventOptions) =>
    run(options, async (db, config, filters) => {
      const { timeline } = await import('../../query/timeline.ts');
      const histories = await timeline(db, filters, config);
      return options.json ? histories : formatTimelines(histories);
    }),
  );

  withFilters(
    program
      .command('alliances')
      .description('every alliance (agreement fact) with its status, confidence and last change')
      .option('--alliance <name>', 'one alliance, by name or by its parties ("Amazon + Atos")'),
  ).action((options: EventOptions) =>
    run(options, async (db, config, filters) => {
      const { alliances } = await import('../../query/alliances.ts');
      const rows = await alliances(db, filters, config);
      if (options.json) return rows;
      return table(
        ['ALLIANCE', 'PARTIES', 'STATUS', 'CONFIDENCE', 'LAST CHANGE', 'CLAIMS'],
        rows.map((a) => [
          a.name,
          a.parties.join(', '),
          a.status ?? '',
          a.confidence.toFixed(2),
          day(a.lastChange),
          String(a.claimCount),
        ]),
        'no alliance recorded yet',
      );
    }),
  );

  withFilters(
    program
      .command('facts')
      .description('facts of every kind with their derived status')
      .option('--kind <kind>', `only facts of this kind (${KINDS.join(', ')})`),
  ).action((options: EventOptions) =>
    run(options, async (db, config, filters) => {
      const { facts } = await import('../../query/facts.ts');
      const rows = await facts(db, filters, config);
      if (options.json) return rows;
      return table(
        ['ID', 'KIND', 'PARTIES', 'DETAIL', 'STATUS', 'CONFIDENCE', 'FIRST SEEN', 'CLAIMS'],
        rows.map((f) => [
          String(f.id),
          f.kind,
          f.parties.join(', '),
          f.alliance ?? f.label ?? '',
          f.status ?? '',
          f.confidence.toFixed(2),
          day(f.firstPublishedAt),
          String(f.claimCount),
        ]),
        'no fact recorded yet',
      );
    }),
  );

  program
    .command('alerts')
    .description('alerts raised on changes of status (--json: CONTRACT shape)')
    .option('--config <file>', 'configuration file (YAML)')
    .option('--alliance <name>', 'alerts about one alliance')
    .option('--party <name...>', 'alerts about facts involving every one of these parties')
    .option('--kind <kind>', 'alerts about facts of this kind')
    .option('--since <date>', 'changes published on or after this day')
    .option('--until <date>', 'changes published on or before this day')
    .option('--as-of <date>', 'changes published by then')
    .option('--known-at <date>', 'alerts vigie had raised by then')
    .option('--limit <n>', 'at most this many')
    .option('--json', 'print JSON')
    .action((options: EventOptions) =>
      run(options, async (db, _config, filters) => {
        const { alerts } = await import('../../query/alerts.ts');
        const rows = await alerts(db, filters);
        if (options.json) return rows;
        return table(
          ['ID', 'WHEN', 'KIND', 'WHO', 'CHANGE', 'SOURCE'],
          rows.map((a) => [
            String(a.id),
            day(a.at),
            a.kind,
            a.alliance ?? a.parties.join(', '),
            `${a.from ?? 'new'} -> ${a.to}`,
            `${a.evidence.publisher} ${a.evidence.url}`,
          ]),
          'no alert raised yet',
        );
      }),
    );
}

function withFilters(command: Command): Command {
  return command
    .option('--config <file>', 'configuration file (YAML)')
    .option('--party <name...>', 'only what involves every one of these parties')
    .option('--status <status>', `only alliances or facts now in this status (${STATUSES.join(', ')})`)
    .option(
      '--as-of <date>',
      'as published by this date (valid time): statuses recomputed from what was said by then',
    )
    .option('--known-at <date>', 'as vigie knew it at this instant (transaction time)')
    .option('--limit <n>', 'at most this many')
    .option('--json', 'print JSON');
}

async function run(
  options: EventOptions,
  work: (db: Store, config: Config, filters: QueryFilters) => Promise<unknown>,
): Promise<void> {
  const { loadCliConfig } = await import('../load-cli-config.ts');
  const config = loadCliConfig(options.config);
  const filters = toFilters(options);
  const [{ openMigratedStore }, { QueryError }] = await Promise.all([
    import('../../../db/connect.ts'),
    import('../../query/query-error.ts'),
  ]);
  let db: Store;
  try {
    db = await openMigratedStore(config.database);
  } catch (error) {
    throw new CliError(`cannot open the database ${config.database}: ${(error as Error).message}`);
  }
  try {
    const output = await work(db, config, filters);
    process.stdout.write(typeof output === 'string' ? output : `${JSON.stringify(output, null, 2)}\n`);
  } catch (error) {
    if (error instanceof QueryError) throw new CliError(error.message);
    throw error;
  } finally {
    await db.destroy();
  }
}

function toFilters(options: EventOptions): QueryFilters {
  if (options.kind && !KINDS.includes(options.kind)) {
    throw new CliError(`--kind ${options.kind} is not a kind: use one of ${KINDS.join(', ')}`);
  }
  if (options.status && !STATUSES.includes(options.status)) {
    throw new CliError(`--status ${options.status} is not a status: use one of ${STATUSES.join(', ')}`);
  }
  const limit = options.limit === undefined ? undefined : Number(options.limit);
  if (limit !== undefined && (!Number.isInteger(limit) || limit <= 0)) {
    throw new CliError(`--limit ${options.limit} is not a positive whole number`);
  }
  return {
    ...(options.alliance ? { alliance: options.alliance } : {}),
    ...(options.party?.length ? { parties: options.party } : {}),
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.status ? { status: options.status } : {}),
    ...(options.since ? { from: options.since } : {}),
    ...(options.until ? { to: options.until } : {}),
    ...(options.asOf ? { asOf: options.asOf } : {}),
    ...(options.knownAt ? { knownAt: options.knownAt } : {}),
    ...(limit ? { limit } : {}),
  };
}

function day(iso: string | null): string {
  return iso ? iso.slice(0, 10) : '';
}
