import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { stringify } from 'yaml';
import { openMigratedStore } from '../../db/connect.ts';
import type { Config, SourceConfig } from '../config/config-schema.ts';
import { parseConfig } from '../config/load-config.ts';
import { formatSummary } from '../pipeline/ingest-summary.ts';
import { runIngestOnce } from '../pipeline/run-ingest-once.ts';
import { timeline } from '../query/timeline.ts';
import { formatTimelines } from './format-timeline.ts';

export interface DemoOptions {
  /** Folder of the demo's database and generated config (default ./data). */
  dataDir?: string;
  /** Alerts and the final timelines (default stdout). */
  out?: Writable;
  /** Progress, one line per day (default stderr). */
  progress?: Writable;
  /** After the replay, serve the web face on this store until SIGINT or SIGTERM. */
  serve?: boolean;
  /** Web port with `serve` (default the config's, 8080). */
  port?: number;
}

/**
 * `npm run demo`: serves the fixture press site on 127.0.0.1, replays its days one by one through the
 * real pipeline (SQLite, in-process queue; alerts print as they fire), then prints each alliance's
 * history. The store is ./data/demo.sqlite, made fresh on each run, and ./data/demo.yaml points at it
 * so that `vigie serve --config data/demo.yaml` (or `--serve`) shows the result in a browser.
 */
export async function replayDemo(options: DemoOptions = {}): Promise<void> {
  const dataDir = resolve(options.dataDir ?? 'data');
  const out = options.out ?? process.stdout;
  const progress = options.progress ?? process.stderr;
  const print = (line = '') => out.write(`${line}\n`);
  const note = (line: string) => progress.write(`${line}\n`);
  const database = join(dataDir, 'demo.sqlite');
  const configFile = join(dataDir, 'demo.yaml');
  mkdirSync(dataDir, { recursive: true });
  for (const file of [database, `${database}-wal`, `${database}-shm`, `${database}-journal`]) {
    rmSync(file, { force: true });
  }

  const { startPressSite } = await import('../../fixtures/press-site/server.ts');
  const { dateOfDay } = await import('../../fixtures/press-site/model.ts');
  const site = await startPressSite({ day: 0 });
  let config: Config;
  try {
    const { sources, skipped } = browserSourcesIfPossible(site.sources());
    config = parseConfig({
      database,
      network: { allowPrivateAddresses: true, perHostDelayMs: 0 },
      sources,
      alerts: [{ type: 'stdout' }],
      logLevel: 'warn',
    });
    note(`vigie demo: fresh database ${shown(database)} (replaced on each run)`);
    note(
      `vigie demo: the fixture press site at ${site.baseUrl}: ${sources.length} outlets, ` +
        `days 0 to ${site.lastDay} (${dateOfDay(0)} to ${dateOfDay(site.lastDay)})`,
    );
    if (skipped.length > 0) {
      note(
        `vigie demo: no Chromium at ${chromiumPath()}: skipping ${skipped.join(', ')} ` +
          '(its pages need a browser; set VIGIE_CHROMIUM to a Chromium binary to include it)',
      );
    }
    print('Alerts, as they fire:');
    for (let day = 0; day <= site.lastDay; day++) {
      site.setDay(day);
      const summary = await runIngestOnce(config, { alertOut: out });
      note(`day ${day} (${dateOfDay(day)}): ${formatSummary(summary)}`);
    }
  } finally {
    await site.close();
  }

  const db = await openMigratedStore(config.database);
  try {
    const histories = await timeline(db, {}, config);
    note(
      "vigie demo: the failed jobs are the site's traps: a listing with no story yet, a page that " +
        `robots.txt forbids (npx vigie failures --config ${shown(configFile)} lists them)`,
    );
    print();
    print(`Alliances (${histories.length}), oldest event first:`);
    print();
    out.write(formatTimelines(histories));
    writeFileSync(configFile, demoYaml(database, configFile));
    if (options.serve) {
      const { startWebServer } = await import('../web/start-web-server.ts');
      const server = await startWebServer(
        config,
        db,
        options.port === undefined ? {} : { port: options.port },
      );
      print();
      print(`Browse the demo at ${server.url} (Ctrl-C to stop)`);
      await new Promise<void>((done) => {
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
      });
      await server.close();
    } else {
      print();
      print(`Browse it: npx vigie serve --config ${shown(configFile)}   (then open http://127.0.0.1:8080/)`);
      print('       or: npm run demo -- --serve');
    }
  } finally {
    await db.destroy();
  }
}

function chromiumPath(): string {
  return process.env.VIGIE_CHROMIUM ?? '/usr/bin/chromium';
}

/** The demo needs no service: without Chromium, the outlet that only renders in a browser is left out. */
function browserSourcesIfPossible(all: SourceConfig[]): { sources: SourceConfig[]; skipped: string[] } {
  if (existsSync(chromiumPath())) return { sources: all, skipped: [] };
  const needsBrowser = (s: SourceConfig) => s.type === 'browser' || s.renderArticles;
  return {
    sources: all.filter((s) => !needsBrowser(s)),
    skipped: all.filter(needsBrowser).map((s) => s.name),
  };
}

/** The config for browsing the demo's store afterwards (no sources: the fixture site is gone by then). */
function demoYaml(database: string, configFile: string): string {
  return [
    '# Written by `npm run demo`: the demo store, for `npx vigie serve --config data/demo.yaml`.',
    '# The demo replaces both files on each run.',
    stringify({ database: `./${relative(dirname(configFile), database)}`, web: { port: 8080 } }),
  ].join('\n');
}

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : `./${rel}`;
}
