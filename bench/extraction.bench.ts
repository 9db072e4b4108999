import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { parseArticle } from '../src/articles/parse-article.ts';
import { extractClaims } from '../src/extraction/extract-claims.ts';
import { RULES } from '../src/extraction/rules/load-rule-files.ts';
import { splitSentences } from '../src/extraction/split-sentences.ts';
import { type BenchResult, measure, rate } from './bench-kit.ts';

interface Page {
  html: string;
  text: string;
  language: 'fr' | 'en';
  publishedAt?: string;
  title: string;
  sentences: number;
}

/** The evaluation corpus pages, parsed once so that text-only runs measure the engine alone. */
function loadPages(): Page[] {
  const dir = new URL('../fixtures/corpus/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const html = readFileSync(new URL(f, dir), 'utf8');
      const article = parseArticle(html);
      const language = article.language ?? (f.startsWith('fr-') ? 'fr' : 'en');
      return {
        html,
        text: article.text,
        language,
        ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
        title: article.title,
        sentences: splitSentences(article.text, RULES[language]).length,
      };
    });
}

/**
 * Claim extraction on the corpus pages beside a bare `cheerio.load` of the same pages (the
 * baseline): the whole path a fetched page takes (parse, main text, claims) and the engine alone.
 */
export default async function extractionBench(): Promise<BenchResult[]> {
  const pages = loadPages();
  const seconds = Number(process.env.VIGIE_BENCH_SECONDS ?? 2);
  const extract = (p: Page) =>
    extractClaims({
      text: p.text,
      language: p.language,
      title: p.title,
      ...(p.publishedAt ? { publishedAt: p.publishedAt } : {}),
    });
  const baseline = await measure(
    'cheerio.load (parse5, no extraction)',
    'pages',
    pages,
    (p) => load(p.html),
    seconds,
  );
  const full = await measure(
    'parseArticle + extractClaims',
    'pages',
    pages,
    (p) => {
      const a = parseArticle(p.html);
      return extractClaims({ text: a.text, language: a.language ?? p.language, title: a.title });
    },
    seconds,
  );
  const engine = await measure('extractClaims alone (main text given)', 'pages', pages, extract, seconds);
  const perPage = pages.reduce((n, p) => n + p.sentences, 0) / pages.length;
  return [
    {
      title: `claim extraction on ${pages.length} corpus pages (${perPage.toFixed(1)} sentences per page)`,
      baseline,
      others: [full, engine],
      aims: { 'parseArticle + extractClaims': 0.4 },
      notes: [
        `extractClaims alone: ${(rate(engine) * perPage).toFixed(0)} sentences/s`,
        `parseArticle + extractClaims: ${(rate(full) * perPage).toFixed(0)} sentences/s`,
      ],
    },
  ];
}
