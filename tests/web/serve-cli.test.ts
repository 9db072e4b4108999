import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, spawnServe } from './support/press-store.ts';

let dir: string;
let configFile: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigie-web-cli-'));
  configFile = join(dir, 'vigie.yaml');
  writeFileSync(configFile, `database: ${join(dir, 'vigie.sqlite')}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function vigie(args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    await promisify(execFile)(process.execPath, [join(ROOT, 'bin/vigie.js'), ...args], {
      cwd: ROOT,
      timeout: 60_000,
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const failed = error as { code?: number; stderr?: string };
    return { code: failed.code ?? -1, stderr: failed.stderr ?? '' };
  }
}

describe('vigie serve', () => {
  it('refuses an address beyond loopback without web.token, before listening', async () => {
    const { code, stderr } = await vigie([
      'serve',
      '--config',
      configFile,
      '--host',
      '0.0.0.0',
      '--port',
      '0',
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/refusing to listen on 0\.0\.0\.0 without an access token: set web\.token/);
  });

  it('says what is wrong with a bad --port', async () => {
    const { code, stderr } = await vigie(['serve', '--config', configFile, '--port', 'eighty']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--port must be a number/);
  });

  it('prints its URL on 127.0.0.1 and serves an empty store', async () => {
    const serve = await spawnServe(configFile);
    try {
      expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const home = await fetch(serve.url);
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('No alliance in the log yet');
      expect(await (await fetch(new URL('/api/alerts', serve.url))).json()).toEqual([]);
    } finally {
      await serve.stop();
    }
  });
});
