import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load-config.ts';
import { createHttpFetcher } from '../../src/fetching/http-fetcher.ts';
import { type SourceTestReport, testSource } from '../../src/sources/test-source.ts';
import { sharedPath } from '../support/shared-dir.ts';
import { type LocalServer, startLocalServer } from './local-server.ts';
import { runCli, writeTestConfig } from './run-cli.ts';

/**
 * The peer corpus (feedparser's test feeds, BSD-2-Clause, see LICENSE-NOTE.md there): every file is
 * served over HTTP as a real source would be and read by the function behind `vigie sources test`;
 * a sample also goes through the real binary.
 */
const CORPUS = sharedPath('peers', 'feeds');
const PLACEHOLDER = 'http://127.0.0.1:8097';

interface Check {
  entryIndex: number;
  title?: string;
  titleText?: string;
  link?: string;
  published?: string;
  updated?: string;
}

interface Expectation {
  file: string;
  category: string;
  expect: Check | 'no crash';
  alsoExpect?: Check[];
  contentType?: string;
  headers?: Record<string, string>;
  docUriPlaceholder?: string;
  encoding?: string;
}

const expectations: Expectation[] = JSON.parse(readFileSync(join(CORPUS, 'expectations.json'), 'utf8'));

const EXTENSION_TYPES: Record<string, string> = { '.xml': 'application/xml', '.rdf': 'application/rdf+xml' };

let server: LocalServer;
const reports = new Map<string, SourceTestReport>();

beforeAll(async () => {
  const byFile = new Map(expectations.map((expectation) => [expectation.file, expectation]));
  server = await startLocalServer((request, response) => {
    const file = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).slice(1);
    const expectation = byFile.get(file);
    if (!expectation || normalize(file).startsWith('..')) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    const headers: Record<string, string> = {
      'content-type': expectation.contentType ?? EXTENSION_TYPES[extname(file)] ?? 'application/octet-stream',
      ...expectation.headers,
    };
    response.writeHead(200, headers);
    response.end(readFileSync(join(CORPUS, file)));
  });

  // The same function the CLI calls, over one real fetcher, a few documents at a time.
  const config = parseConfig({
    network: { allowPrivateAddresses: true, perHostDelayMs: 0, perHostConcurrency: 4 },
  });
  const fetcher = createHttpFetcher(config.network);
  const queue = [...expectations];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      reports.set(next.file, await testSource(`${server.origin}/${next.file}`, { config, fetcher }));
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  await fetcher.close();
});

afterAll(async () => {
  await server?.close();
});

describe('the peer feed corpus', () => {
  it('reads every file without crashing: items or errors, ISO dates, http(s) links', () => {
    expect(reports.size).toBe(expectations.length);
    for (const [file, report] of reports) {
      expect(Array.isArray(report.items), file).toBe(true);
      expect(Array.isArray(report.errors), file).toBe(true);
      for (const item of report.items) {
        if (item.url !== null) expect(item.url, file).toMatch(/^https?:\/\//);
        if (item.publishedAt !== null)
          expect(new Date(item.publishedAt).toISOString(), file).toBe(item.publishedAt);
        if (item.title !== null) expect(item.title, file).not.toMatch(/<script/i);
      }
    }
  });

  it('meets at least 90% of the expectations on titles, links and dates', () => {
    const failures: string[] = [];
    let checks = 0;
    for (const expectation of expectations) {
      if (expectation.expect === 'no crash') continue;
      const report = reports.get(expectation.file) as SourceTestReport;
      for (const check of [expectation.expect, ...(expectation.alsoExpect ?? [])]) {
        checks++;
        const problem = verify(check, report, server.origin);
        if (problem) failures.push(`${expectation.file}: ${problem}`);
      }
    }
    const share = (checks - failures.length) / checks;
    console.log(
      `feed corpus: ${checks - failures.length}/${checks} expectations hold (${(share * 100).toFixed(1)}%)` +
        (failures.length ? `\n  failures:\n  ${failures.join('\n  ')}` : ''),
    );
    expect(checks).toBeGreaterThan(150);
    expect(share).toBeGreaterThanOrEqual(0.9);
  });

  it('decodes UTF-16 and UTF-32 feeds, with and without byte order mark', () => {
    const wide = expectations.filter((expectation) => /utf-(16|32)/.test(expectation.file));
    expect(wide.length).toBeGreaterThanOrEqual(9);
    for (const expectation of wide) {
      const report = reports.get(expectation.file) as SourceTestReport;
      expect(report.errors, expectation.file).toEqual([]);
    }
  });

  it('decodes HTML entities a feed never declared', () => {
    expect(reports.get('entities/hellip.xml')?.errors).toEqual([]);
    const withItem = reports.get('wellformed/amp/amp41.xml') as SourceTestReport;
    expect(withItem.items[0]?.title).toBe('&');
  });

  it('reports ill-formed XML and keeps the entries it could read', () => {
    const report = reports.get('illformed/rss_item_link_corrupted_ampersands.xml') as SourceTestReport;
    expect(report.errors.join(' ')).toMatch(/not well-formed XML/);
    expect(report.items[0]?.url).toBe('http://link/get?a=1&b=2');
  });
});

/** A sample through the real binary: all ill-formed files, every wide encoding, some others. */
describe('vigie sources test on the corpus (real CLI)', () => {
  const sample = [
    ...expectations.filter((expectation) => expectation.category === 'illformed'),
    ...expectations.filter((expectation) => /utf-(16|32)/.test(expectation.file)),
    ...['encoding/big5.xml', 'encoding/http_application_atom_xml_gb2312_charset.xml', 'entities/eacute.xml']
      .map((file) => expectations.find((expectation) => expectation.file === file))
      .filter((expectation): expectation is Expectation => expectation !== undefined),
    ...['wellformed/rss/item_pubDate.xml', 'wellformed/atom10/entry_link_no_href_link_priority.xml']
      .map((file) => expectations.find((expectation) => expectation.file === file))
      .filter((expectation): expectation is Expectation => expectation !== undefined),
  ];

  it(`prints valid JSON and exits 0 or 2 for ${sample.length} files`, { timeout: 600_000 }, async () => {
    expect(sample.length).toBeGreaterThanOrEqual(30);
    const config = writeTestConfig();
    const queue = [...sample];
    const outcomes: { file: string; code: number; stdout: string; stderr: string }[] = [];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const run = await runCli([
          'sources',
          'test',
          `${server.origin}/${next.file}`,
          '--config',
          config,
          '--json',
        ]);
        outcomes.push({ file: next.file, ...run });
      }
    };
    await Promise.all([worker(), worker()]);
    for (const outcome of outcomes) {
      expect([0, 2], `${outcome.file}: exit ${outcome.code}, stderr ${outcome.stderr}`).toContain(
        outcome.code,
      );
      const printed = JSON.parse(outcome.stdout) as SourceTestReport;
      expect(Object.keys(printed).sort()).toEqual(['errors', 'items']);
      expect(outcome.code === 2, outcome.file).toBe(printed.items.length === 0 && printed.errors.length > 0);
      // The binary and the in-process function agree.
      const inProcess = reports.get(outcome.file) as SourceTestReport;
      expect(printed.items, outcome.file).toEqual(inProcess.items);
    }
  });
});

function verify(check: Check, report: SourceTestReport, origin: string): string | undefined {
  const local = (value: string) => value.replaceAll(PLACEHOLDER, origin);
  const item = report.items[check.entryIndex];
  if (!item) return `no entry ${check.entryIndex} (errors: ${report.errors.join(' | ') || 'none'})`;
  if (check.title !== undefined) {
    const accepted = [local(check.title), ...(check.titleText === undefined ? [] : [local(check.titleText)])];
    if (!accepted.includes(item.title ?? ''))
      return `title ${JSON.stringify(item.title)}, expected ${JSON.stringify(accepted)}`;
  }
  if (check.link !== undefined && item.url !== local(check.link))
    return `link ${item.url}, expected ${local(check.link)}`;
  const date = check.published ?? check.updated;
  if (date !== undefined && item.publishedAt !== date) return `date ${item.publishedAt}, expected ${date}`;
  return undefined;
}
