import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './ingest-setup.ts';

export interface VigieRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/vigie.js ARGS` to completion from the project root, stdout and stderr kept apart. */
export function runVigie(args: string[], timeoutMs = 120_000): Promise<VigieRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin/vigie.js'), ...args],
      { cwd: ROOT, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
