import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile, parseConfig } from '../../src/config/load-config.ts';

function writeConfig(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-config-'));
  const file = join(dir, 'vigie.yaml');
  writeFileSync(file, text);
  return file;
}

describe('configuration', () => {
  it('gives every setting a default: no config is the embedded mode', () => {
    const config = parseConfig(undefined, '(none)', '/srv/vigie');
    expect(config.database).toBe('/srv/vigie/data/vigie.sqlite');
    expect(config.redis).toBeUndefined();
    expect(config.network.allowPrivateAddresses).toBe(false);
    expect(config.network.userAgent).toMatch(/vigie/);
    expect(config.alerts).toEqual([{ type: 'stdout' }]);
    expect(config.watch[0]?.transitions).toEqual([
      'rumour->confirmed',
      'rumour->denied',
      'confirmed->denied',
      'denied->confirmed',
    ]);
    expect(Object.isFrozen(config.network)).toBe(true);
  });

  it("reads CONTRACT.md's shape and resolves paths against the file's folder", () => {
    const file = writeConfig(`
database: ./data/test.sqlite
redis: redis://127.0.0.1:6379
network: {allowPrivateAddresses: true}
sources:
  - {name: ledger, type: rss, url: "http://127.0.0.1:8080/feed.xml", schedule: "*/5 * * * *"}
alerts:
  - {type: webhook, url: "http://127.0.0.1:9000/hook"}
  - {type: file, path: alerts.jsonl}
  - {type: stdout}
`);
    const config = loadConfigFile(file);
    expect(config.database).toBe(join(file, '..', 'data/test.sqlite'));
    expect(config.sources[0]).toMatchObject({ name: 'ledger', type: 'rss', schedule: '*/5 * * * *' });
    expect(config.alerts[1]).toEqual({ type: 'file', path: join(file, '..', 'alerts.jsonl') });
  });

  it('keeps a postgres URL as it is', () => {
    expect(parseConfig({ database: 'postgres://u:p@127.0.0.1/db' }).database).toBe(
      'postgres://u:p@127.0.0.1/db',
    );
  });

  it('names the bad path and what is expected', () => {
    const file = writeConfig(`
sources:
  - {name: a, type: atom, url: "http://x.test/feed"}
  - {name: b, type: rss, url: "not a url", schedule: "often"}
network: {timeoutMs: -1, allowPrivateAdresses: true}
`);
    let message = '';
    try {
      loadConfigFile(file);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain(file);
    expect(message).toMatch(/sources\.0\.type: .*"rss"/);
    expect(message).toMatch(/sources\.1\.url: /);
    expect(message).toMatch(/sources\.1\.schedule: .*cron/);
    expect(message).toMatch(/network\.timeoutMs: /);
    expect(message).toMatch(/allowPrivateAdresses/);
  });

  it('says when the file is missing or not YAML', () => {
    expect(() => loadConfigFile('/nonexistent/vigie.yaml')).toThrow(/cannot read configuration file/);
    expect(() => loadConfigFile(writeConfig('sources: [unclosed'))).toThrow(/not valid YAML/);
  });
});
