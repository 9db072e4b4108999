/**
 * A corpus writer's sanity check, no extraction: every gold evidence string stands in the text
 * parseArticle extracts from its page, and the page's date, title, publisher, language and length agree
 * with the gold file, and the gold file follows the gold format (bench/eval/gold-article.ts).
 *   npx tsx bench/check-gold.ts fixtures/blind-6 [--min-words 150] [--max-words 400]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/articles/parse-article.ts';
import { goldArticleSchema } from './eval/gold-article.ts';
import { readPage } from './eval/load-corpus.ts';

const [dir, ...rest] = process.argv.slice(2);
if (!dir) {
  process.stderr.write('usage: npx tsx bench/check-gold.ts CORPUS_DIR [--min-words N] [--max-words N]\n');
  process.exit(2);
}
const option = (name: string, fallback: number) => {
  const at = rest.indexOf(name);
  return at >= 0 ? Number(rest[at + 1]) : fallback;
};
const minWords = option('--min-words', 150);
const maxWords = option('--max-words', 500);

let problems = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()) {
  const id = file.replace(/\.gold\.json$/, '');
  const gold = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const format = goldArticleSchema.safeParse(gold);
  const article = parseArticle(readPage(join(dir, `${id}.html`)), { url: gold.url });
  const report = (message: string) => {
    problems += 1;
    console.log(`${id}: ${message}`);
  };
  if (!format.success)
    report(
      `does not follow the gold format (${format.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`,
    );
  for (const claim of gold.claims ?? []) {
    if (!article.text.includes(claim.evidence)) report(`evidence not in text: ${claim.evidence}`);
  }
  if (article.publishedAt?.slice(0, 10) !== gold.publishedAt) report(`publishedAt ${article.publishedAt}`);
  if (gold.title !== undefined && article.title !== gold.title) report(`title "${article.title}"`);
  if (gold.publisher !== undefined && article.publisher !== gold.publisher)
    report(`publisher "${article.publisher}"`);
  if (article.language !== gold.language) report(`language ${article.language}`);
  const words = article.text.split(/\s+/).filter(Boolean).length;
  if (words < minWords || words > maxWords) report(`${words} words`);
  console.log(`${id}: ${words} words, ${gold.claims?.length ?? 0} gold claims`);
}
console.log(problems === 0 ? 'all gold evidence found' : `${problems} problem(s)`);
process.exitCode = problems === 0 ? 0 : 1;
