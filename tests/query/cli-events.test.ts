import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigratedStore, type Store } from '../../db/connect.ts';
import { recordArticleClaims } from '../../src/events/record-article-claims.ts';
import { addArticle, claims, testConfig } from '../events/fixtures.ts';

const run = promisify(execFile);
const bin = join(import.meta.dirname, '..', '..', 'bin', 'vigie.js');

describe('vigie timeline / alliances / alerts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-cli-'));
  const database = join(dir, 'data', 'vigie.sqlite');
  const configFile = join(dir, 'vigie.yaml');
  let db: Store;

  beforeAll(async () => {
    writeFileSync(configFile, 'database: ./data/vigie.sqlite\nalerts:\n  - type: stdout\n');
    db = await openMigratedStore(database);
    const config = testConfig(database);
    const parties = ['Cirrus Industrie', 'Stratus Conseil'];
    await recordArticleClaims(
      db,
      await addArticle(db, 'JDN', '2024-05-02T07:00:00.000Z'),
      [claims.agreement(parties, 'rumour'), claims.statement('Stratus Conseil', 'no_comment')],
      config,
    );
    await recordArticleClaims(
      db,
      await addArticle(db, 'Reuters', '2024-05-09T07:00:00.000Z'),
      [claims.agreement(parties, 'denied', { attribution: 'Cirrus Industrie' })],
      config,
    );
    await db.destroy();
  });
  afterAll(async () => {
    await db?.destroy().catch(() => {});
  });

  it('prints the timeline and the alerts as JSON in the contract shape', async () => {
    const { stdout } = await run(process.execPath, [
      bin,
      'timeline',
      '--config',
      configFile,
      '--party',
      'Stratus Conseil',
      '--json',
    ]);
    const histories = JSON.parse(stdout);
    expect(histories).toHaveLength(1);
    expect(histories[0].alliance).toEqual({
      name: 'Cirrus Industrie + Stratus Conseil',
      parties: ['Cirrus Industrie', 'Stratus Conseil'],
      status: 'denied',
    });
    expect(histories[0].events.map((e: { kind: string; status: string }) => `${e.kind}:${e.status}`)).toEqual(
      ['agreement:rumour', 'statement:rumour', 'agreement:denied'],
    );
    const alertsOut = await run(process.execPath, [bin, 'alerts', '--config', configFile, '--json']);
    const raised = JSON.parse(alertsOut.stdout);
    expect(
      raised.map((a: { from: string; to: string; alliance: string }) => [a.alliance, a.from, a.to]),
    ).toEqual([['Cirrus Industrie + Stratus Conseil', 'rumour', 'denied']]);
  });

  it('prints a human table, as of a date, and refuses a bad date with exit code 2', async () => {
    const { stdout } = await run(process.execPath, [
      bin,
      'alliances',
      '--config',
      configFile,
      '--as-of',
      '2024-05-03',
    ]);
    expect(stdout.split('\n')[0]).toMatch(/^ALLIANCE\s+PARTIES\s+STATUS\s+CONFIDENCE/);
    expect(stdout).toMatch(
      /Cirrus Industrie \+ Stratus Conseil\s+Cirrus Industrie, Stratus Conseil\s+rumour/,
    );
    const failed = await run(process.execPath, [
      bin,
      'timeline',
      '--config',
      configFile,
      '--as-of',
      '2024-13-45',
    ]).catch((e) => e);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toBe('vigie: --as-of 2024-13-45 is not a calendar date: use YYYY-MM-DD\n');
  });
});
