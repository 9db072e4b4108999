import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/vigie.js', import.meta.url));
const fixture = fileURLToPath(new URL('../../fixtures/seed-paraphrase/article.txt', import.meta.url));
let dir = '';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function vigie(args: string[], stdin?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [bin, 'extract', ...args],
      { maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(stdin ?? '');
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigie-extract-'));
});

describe('vigie extract', () => {
  it('prints the article and its claims for a text file, with explanations on request', async () => {
    const run = await vigie(['--published', '2021-12-14', '--lang', 'fr', '--explain', fixture]);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.article).toMatchObject({ url: null, publishedAt: '2021-12-14', language: 'fr' });
    expect(out.claims).toHaveLength(12);
    for (const c of out.claims)
      expect(out.article.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    expect(out.explanations).toHaveLength(12);
    expect(out.explanations[0]).toHaveProperty('rule');
  });

  it('reads HTML from standard input and detects the language', async () => {
    const html =
      '<html><head><title>Deal</title></head><body><article><h1>Oracle and Atos team up</h1>' +
      '<p>Oracle and Atos announced a cloud partnership on Monday, the companies said in a statement.</p>' +
      '<p>The two groups will sell the joint offering to banks and insurers across Europe from next year.</p>' +
      '</article></body></html>';
    const run = await vigie(['--url', 'https://news.example/deal', '-'], html);
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.article).toMatchObject({ url: 'https://news.example/deal', language: 'en' });
    expect(out.claims).toContainEqual(expect.objectContaining({ kind: 'agreement', status: 'confirmed' }));
  });

  it('gives an empty claims list for a language other than French or English', async () => {
    const file = join(dir, 'de.txt');
    writeFileSync(
      file,
      'Die Deutsche Telekom und SAP haben eine Partnerschaft geschlossen, die nicht nur für die Cloud gilt.',
    );
    const run = await vigie([file]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ article: { language: null }, claims: [] });
  });

  it('gives an empty claims list for a page with no article', async () => {
    const file = join(dir, 'nav.html');
    writeFileSync(
      file,
      '<html><body><nav><a href="/">Accueil</a><a href="/eco">Économie</a></nav></body></html>',
    );
    const run = await vigie([file]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).claims).toEqual([]);
  });

  it('reads a 5 MB page of broken HTML', async () => {
    const paragraph =
      '<p>Selon Les Echos, Amazon serait en discussions avec Atos. L’action Atos a bondi de 4,5 % lundi.<div>';
    const file = join(dir, 'big.html');
    writeFileSync(file, `<html><body><article>${paragraph.repeat(Math.ceil(5e6 / paragraph.length))}`);
    const run = await vigie(['--lang', 'fr', file]);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).claims.length).toBeGreaterThan(0);
  });

  it.each([
    ['a missing file', 'missing.txt', undefined, /no such file/],
    ['an empty file', 'empty.txt', Buffer.alloc(0), /empty/],
    ['a binary file', 'blob.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0xff, 0xfe]), /binary/],
    [
      'mostly invalid UTF-8',
      'noise.bin',
      Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + (i % 60))),
      /binary/,
    ],
  ])('exits 2 with one line on stderr for %s', async (_name, fileName, content, message) => {
    const file = join(dir, fileName);
    if (content !== undefined) writeFileSync(file, content);
    const run = await vigie([file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 on empty standard input', async () => {
    const run = await vigie(['-'], '');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/standard input is empty/);
  });
});
