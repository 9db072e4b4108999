import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { Store } from '../../../db/connect.ts';
import type { Config } from '../../../src/config/config-schema.ts';
import { parseConfig } from '../../../src/config/load-config.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Time allowed to a test that replays every day of the fixture world (11 days, two or three runs each,
 * through real Chromium). A hang guard, not a speed check: alone such a test takes 35-45 s here, most of
 * it Chromium starting and rendering Cloud Wire each run; with the suite's other workers sharing the
 * two cores it has taken 85 s.
 */
export const REPLAY_TIMEOUT_MS = 240_000;

/** Small timeouts and backoffs: fault tests fail fast, and nothing here measures speed. */
export function testConfigInput(raw: Record<string, unknown>): Record<string, unknown> {
  return {
    network: { allowPrivateAddresses: true, perHostDelayMs: 0, timeoutMs: 1500, maxBodyBytes: 1024 * 1024 },
    queue: { backoffMs: 40, attempts: 3, concurrency: 4, lockDurationMs: 1500, stalledIntervalMs: 500 },
    logLevel: 'warn',
    ...raw,
  };
}

export interface TempDir {
  path: string;
  file(name: string): string;
  remove(): void;
}

export function tempDir(): TempDir {
  const path = mkdtempSync(join(tmpdir(), 'vigie-pipeline-'));
  return {
    path,
    file: (name) => join(path, name),
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
}

/** Writes the config as a YAML file (for spawned processes) and returns it parsed. */
export function writeConfig(
  dir: TempDir,
  raw: Record<string, unknown>,
  name = 'vigie.yaml',
): { file: string; config: Config } {
  const input = testConfigInput(raw);
  const file = dir.file(name);
  writeFileSync(file, stringify(input));
  return { file, config: parseConfig(input, file, dir.path) };
}

export interface ArticleKey {
  url: string;
  canonical: string;
  hash: string;
  duplicate: boolean;
}

/** What two runs must agree on: which pages were stored, as what, and which ones are copies. */
export async function storedArticles(db: Store): Promise<ArticleKey[]> {
  const rows = await db
    .selectFrom('articles')
    .select(['url', 'canonical_url', 'content_hash', 'duplicate_of'])
    .orderBy('url')
    .execute();
  return rows.map((row) => ({
    url: row.url,
    canonical: row.canonical_url,
    hash: row.content_hash,
    duplicate: row.duplicate_of !== null,
  }));
}

/** URLs with the site's random port replaced, so that two sites' runs compare. */
export function portless(keys: ArticleKey[], baseUrl: string): ArticleKey[] {
  const strip = (url: string) => url.replace(baseUrl, 'SITE');
  return keys.map((key) => ({ ...key, url: strip(key.url), canonical: strip(key.canonical) }));
}

export interface VigieProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/** Runs `node bin/vigie.js ARGS` from the project root, as a user would. */
export function spawnVigie(args: string[], env: Record<string, string> = {}): VigieProcess {
  const child = spawn(process.execPath, [join(ROOT, 'bin/vigie.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Waits until `check` holds, polling; fails with `what` after `timeoutMs`. */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits for every spawned worker to say it is ready; fails with its output if one exits first. */
export async function waitForWorkers(workers: VigieProcess[], timeoutMs = 60_000): Promise<void> {
  const exits = workers.map((w) => ({ w, code: undefined as number | null | undefined }));
  for (const entry of exits) void entry.w.exited.then((code) => (entry.code = code));
  await waitFor(
    () => {
      const dead = exits.find((e) => e.code !== undefined);
      if (dead)
        throw new Error(`a worker exited with code ${dead.code} before it was ready:\n${dead.w.output()}`);
      return workers.every((w) => w.output().includes('worker ready'));
    },
    `${workers.length} workers ready`,
    timeoutMs,
  );
}
