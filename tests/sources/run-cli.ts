import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real binary, `node bin/vigie.js ...`, from the project root. */
export function runCli(args: string[]): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin/vigie.js'), ...args],
      { cwd: ROOT, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** A config file in a fresh temp folder; loopback allowed and no per-host delay, for local servers. */
export function writeTestConfig(yaml = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-sources-'));
  const file = join(dir, 'vigie.yaml');
  writeFileSync(
    file,
    `network:\n  allowPrivateAddresses: true\n  perHostDelayMs: 0\n  perHostConcurrency: 4\n  timeoutMs: 20000\n${yaml}`,
  );
  return file;
}
