/**
 * `npx tsx bench/dump-output.ts OUT.json`: every parsed article and every raw claim list of every corpus and
 * phrasebook in fixtures/, as one JSON file. A change meant to keep behaviour (a speed-up, a refactor) dumps
 * before and after and compares the two files with `cmp`: any byte of difference is a behaviour change.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/articles/parse-article.ts';
import { extractClaims } from '../src/extraction/extract-claims.ts';
import { loadCorpus } from './eval/load-corpus.ts';
import { loadPhrasebook } from './eval/phrasebook.ts';

const out = process.argv[2];
if (out === undefined) {
  process.stderr.write('dump-output: give the file to write (e.g. /tmp/before.json)\n');
  process.exit(2);
}
// A fixture page passed by mistake would be overwritten: the dump only ever goes to a .json file outside fixtures/.
if (!out.endsWith('.json') || resolve(out).includes(`${sep}fixtures${sep}`)) {
  process.stderr.write(`dump-output: refusing to write ${out}: give a new .json path outside fixtures/\n`);
  process.exit(2);
}
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const items: unknown[] = [];
/** The parsed article with its lazily computed fingerprints, which a spread alone would drop. */
const parsed = (a: ReturnType<typeof parseArticle>) => ({
  ...a,
  contentHash: a.contentHash,
  simhash: a.simhash,
});
for (const dir of readdirSync(fixtures).sort()) {
  if (dir === 'corpus' || dir === 'heldout' || dir.startsWith('blind')) {
    for (const { gold, html } of loadCorpus(fixtures + dir)) {
      // Both paths the product takes: with the page's URL and date, and from the HTML alone.
      const withUrl = parseArticle(html, { url: gold.url });
      const claims = extractClaims({
        text: withUrl.text,
        language: withUrl.language ?? gold.language,
        publishedAt: withUrl.publishedAt ?? gold.publishedAt,
        title: withUrl.title,
      });
      const bare = parseArticle(html);
      const bareClaims = extractClaims({
        text: bare.text,
        language: bare.language ?? gold.language,
        title: bare.title,
      });
      items.push({ dir, id: gold.id, withUrl: parsed(withUrl), claims, bare: parsed(bare), bareClaims });
    }
  } else if (dir.startsWith('phrasebook')) {
    for (const c of loadPhrasebook(fixtures + dir)) {
      const claims = extractClaims({
        text: c.text,
        language: c.lang,
        publishedAt: c.published,
        ...(c.title === undefined ? {} : { title: c.title }),
        ...(c.publisher === undefined ? {} : { publisher: c.publisher }),
      });
      const undated = extractClaims({ text: c.text, language: c.lang });
      items.push({ dir, id: c.id, claims, undated });
    }
  }
}
writeFileSync(out, JSON.stringify(items, null, 1));
process.stdout.write(`dump-output: ${items.length} items written to ${out}\n`);
