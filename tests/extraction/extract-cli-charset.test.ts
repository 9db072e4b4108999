import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../../bin/vigie.js', import.meta.url));

function extract(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, 'extract', file], { timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr });
    });
  });
}

// A saved page keeps the charset it declares: the CLI must read it as the fetcher would.
const page = (charset: string) => `<!doctype html><html lang="fr"><head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>Ventrelle rachète Opaline</title></head><body><article><h1>Ventrelle rachète Opaline</h1>
<p>Le groupe Ventrelle a annoncé mardi le rachat de la société Opaline pour 120 M€, une
opération au cœur de sa stratégie. L’éditeur lyonnais réalise un chiffre d’affaires de 40 millions d’euros.</p>
<p>L’action Ventrelle a gagné 3,5 % mardi à la Bourse de Paris, après l’annonce de l’opération.</p>
</article></body></html>`;

describe('vigie extract on legacy charsets', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-charset-'));

  for (const charset of ['iso-8859-15', 'windows-1252']) {
    it(`decodes a page declaring ${charset} in its meta tag`, async () => {
      const file = join(dir, `${charset}.html`);
      // ISO-8859-15 has no curly apostrophe: the page writes a straight one there, as such a site would.
      const html = charset === 'iso-8859-15' ? page(charset).replaceAll('’', "'") : page(charset);
      writeFileSync(file, iconv.encode(html, charset));
      const run = await extract(file);
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
