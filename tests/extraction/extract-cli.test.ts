import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
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

// A saved page keeps the charset it declares: the CLI must read it as the fetcher would.
const page = (charset: string) => `<!doctype html><html lang="fr"><head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>Ventrelle rachète Opaline</title></head><body><article><h1>Ventrelle rachète Opaline</h1>
<p>Le groupe Ventrelle a annoncé mardi le rachat de la société Opaline pour 120 M€, une
opération au cœur de sa stratégie. L’éditeur lyonnais réalise un chiffre d’affaires de 40 millions d’euros.</p>
<p>L’action Ventrelle a gagné 3,5 % mardi à la Bourse de Paris, après l’annonce de l’opération.</p>
</article></body></html>`;

describe('vigie extract on legacy charsets', () => {
  for (const charset of ['iso-8859-15', 'windows-1252']) {
    it(`decodes a page declaring ${charset} in its meta tag`, async () => {
      const file = join(dir, `${charset}.html`);
      // ISO-8859-15 has no curly apostrophe: the page writes a straight one there, as such a site would.
      const html = charset === 'iso-8859-15' ? page(charset).replaceAll('’', "'") : page(charset);
      writeFileSync(file, iconv.encode(html, charset));
      const run = await vigie([file]);
      expect(run.code, run.stderr).toBe(0);
      const out = JSON.parse(run.stdout) as { article: { title: string; text: string } };
      expect(out.article.title).toBe('Ventrelle rachète Opaline');
      expect(out.article.text).toContain('d’euros'.replace('’', charset === 'iso-8859-15' ? "'" : '’'));
      expect(out.article.text).not.toContain('\uFFFD');
      // € and œ sit on different bytes in ISO-8859-15 and Windows-1252: only the declared charset reads both.
      expect(out.article.text).toContain('120 M€, une opération au cœur');
    });
  }
});
