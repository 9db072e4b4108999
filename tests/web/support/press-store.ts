import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { type PressSite, startPressSite } from '../../../fixtures/press-site/server.ts';
import type { Config } from '../../../src/config/config-schema.ts';
import { parseConfig } from '../../../src/config/load-config.ts';
import { requireChromium } from '../../support/services.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface PressStore {
  site: PressSite;
  dir: string;
  configFile: string;
  config: Config;
  close(): Promise<void>;
}

/**
 * A store filled the way a user fills it: the fixture press site on 127.0.0.1 and `vigie ingest --once`
 * run as a command over it (one outlet is script-built, so the pipeline needs Chromium too).
 */
export async function ingestPressSite(extra: Record<string, unknown> = {}): Promise<PressStore> {
  await requireChromium();
  const site = await startPressSite({});
  const dir = mkdtempSync(join(tmpdir(), 'vigie-web-'));
  const input = {
    database: join(dir, 'vigie.sqlite'),
    network: { allowPrivateAddresses: true, perHostDelayMs: 0 },
    sources: site.sources(),
    alerts: [{ type: 'file', path: join(dir, 'alerts.jsonl') }],
    logLevel: 'warn',
    ...extra,
  };
  const configFile = join(dir, 'vigie.yaml');
  writeFileSync(configFile, stringify(input));
  const close = async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'bin/vigie.js'), 'ingest', '--config', configFile, '--once'],
      {
        cwd: ROOT,
        timeout: 120_000,
      },
    );
  } catch (error) {
    await close();
    const { stderr } = error as { stderr?: string };
    throw new Error(`vigie ingest --once failed on the fixture site: ${stderr ?? (error as Error).message}`);
  }
  return { site, dir, configFile, config: parseConfig(input, configFile, dir), close };
}

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `vigie serve --config FILE --port 0`, as a user runs it; resolves with the URL it prints. */
export async function spawnServe(configFile: string, args: string[] = []): Promise<ServeProcess> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin/vigie.js'), 'serve', '--config', configFile, '--port', '0', ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`vigie serve printed no URL in 60 s:\n${output}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /https?:\/\/\S+\//.exec(output);
      if (found) {
        clearTimeout(timer);
        resolveUrl(found[0]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`vigie serve exited with code ${code}:\n${output}`));
    });
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGTERM');
      }),
  };
}
