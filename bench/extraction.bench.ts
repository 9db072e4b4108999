import { readdirSync, readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { load } from 'cheerio';
import { parseArticle } from '../src/articles/parse-article.ts';
import { extractClaims } from '../src/extraction/extract-claims.ts';
import { RULES } from '../src/extraction/rules/load-rule-files.ts';
import { splitSentences } from '../src/extraction/split-sentences.ts';
import { loadPeerPages } from '../tests/articles/peer-pages.ts';
import { type BenchResult, type Measurement, measure, rate } from './bench-kit.ts';

interface Page {
  html: string;
  text: string;
  language: 'fr' | 'en';
  publishedAt?: string;
  title: string;
  sentences: number;
}

/** A page parsed once, so that text-only runs measure the engine alone. */
function pageOf(html: string, fallback: 'fr' | 'en'): Page {
  const article = parseArticle(html);
  const language = article.language ?? fallback;
  return {
    html,
    text: article.text,
    language,
    ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}),
    title: article.title,
    sentences: splitSentences(article.text, RULES[language]).length,
  };
}

/** The evaluation corpus pages: short business stories in light outlet shells (about 4 KB each). */
function loadPages(): Page[] {
  const dir = new URL('../fixtures/corpus/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => pageOf(readFileSync(new URL(f, dir), 'utf8'), f.startsWith('fr-') ? 'fr' : 'en'));
}

/**
 * The same `measure` as every bench, cut into slices that alternate between the functions: on a
 * shared machine, load that comes and goes then weighs on the baseline and the others alike.
 */
async function interleaved(
  fns: [string, (p: Page) => unknown][],
  pages: Page[],
  seconds: number,
): Promise<Measurement[]> {
  const rounds = Math.max(3, Math.round(seconds * 5));
  const totals = fns.map(([name]) => ({ name, unit: 'pages', ops: 0, seconds: 0 }));
  for (let round = 0; round < rounds; round++) {
    for (const [i, [name, fn]] of fns.entries()) {
      const slice = await measure(name, 'pages', pages, fn, seconds / rounds);
      const total = totals[i] as Measurement;
      total.ops += slice.ops;
      total.seconds += slice.seconds;
    }
  }
  return totals;
}

/** A full garbage collection, so that heap figures compare what is still reachable. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  gc();
}

const heapMb = () => process.memoryUsage().heapUsed / 1e6;

/** One very long page (the corpus texts end to end): its time per MB must not grow with its size. */
function longPage(pages: Page[], size: number, language: 'fr' | 'en'): string {
  const texts = pages.filter((p) => p.language === language).map((p) => p.text);
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    for (const t of texts) parts.push(t);
    length += texts.reduce((n, t) => n + t.length + 2, 0);
  }
  // Joined, not appended: a string grown by += is a deep rope that a regex may have to flatten.
  return parts.join('\n\n').slice(0, size);
}

function secondsFor(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const extractPage = (p: Page) =>
  extractClaims({
    text: p.text,
    language: p.language,
    title: p.title,
    ...(p.publishedAt ? { publishedAt: p.publishedAt } : {}),
  });

/** The whole path a fetched page takes (parse, main text, claims), from its HTML. */
const parseAndExtract = (p: Page) => {
  const a = parseArticle(p.html);
  return extractClaims({ text: a.text, language: a.language ?? p.language, title: a.title });
};

/**
 * The four measurements of a page set, in alternating slices of the same rounds: on a shared
 * machine, load that comes and goes then weighs on the baseline and the measurements alike.
 */
async function measurePages(pages: Page[], seconds: number): Promise<[Measurement, Measurement[]]> {
  const [baseline, ...others] = await interleaved(
    [
      ['cheerio.load (parse5, no extraction)', (p) => load(p.html)],
      ['parseArticle + extractClaims', parseAndExtract],
      ['extractClaims alone (main text given)', extractPage],
      ['parseArticle alone', (p) => parseArticle(p.html)],
    ],
    pages,
    seconds,
  );
  return [baseline as Measurement, others];
}

/** Pages per second told as sentences per second, which compares page sets of different lengths. */
const sentenceRates = (full: Measurement, engine: Measurement, perPage: number) => [
  `extractClaims alone: ${(rate(engine) * perPage).toFixed(0)} sentences/s`,
  `parseArticle + extractClaims: ${(rate(full) * perPage).toFixed(0)} sentences/s`,
];
const sentencesPerPage = (pages: Page[]) => pages.reduce((n, p) => n + p.sentences, 0) / pages.length;
const kbPerPage = (pages: Page[]) => pages.reduce((n, p) => n + p.html.length, 0) / pages.length / 1000;

/**
 * Claim extraction on the corpus pages beside a bare `cheerio.load` of the same pages (the
 * baseline), then the same on real-world news pages, whose HTML weighs thirty times more per
 * sentence of text: the ratio to cheerio depends on that weight, so both are reported.
 */
export default async function extractionBench(): Promise<BenchResult[]> {
  const pages = loadPages();
  const seconds = Number(process.env.VIGIE_BENCH_SECONDS ?? 2);
  const [baseline, others] = await measurePages(pages, seconds);
  const [full, engine] = others as [Measurement, Measurement];
  const perPage = sentencesPerPage(pages);

  // Size: a 1 MB and a 5 MB page (and one 5 MB line with no full stop) read in linear time.
  const big = longPage(pages, 5_000_000, 'fr');
  const at = (text: string) =>
    secondsFor(() => extractClaims({ text, language: 'fr', publishedAt: '2024-06-12' }));
  const oneMb = at(big.slice(0, 1_000_000));
  const fiveMb = at(big);
  const noStop = at(big.replace(/[.!?…;\n]/g, ','));

  // Memory: the heap after a long run of articles is the heap before it (no cache grows per article).
  const articles = Number(process.env.VIGIE_BENCH_ARTICLES ?? 10_000);
  collectGarbage();
  const before = heapMb();
  for (let i = 0; i < articles; i++) extractPage(pages[i % pages.length] as Page);
  collectGarbage();
  const after = heapMb();
  return [
    {
      title: `claim extraction on ${pages.length} corpus pages (${perPage.toFixed(1)} sentences, ${kbPerPage(pages).toFixed(1)} KB of HTML per page)`,
      baseline,
      others,
      aims: { 'parseArticle + extractClaims': 0.4 },
      notes: [
        ...sentenceRates(full, engine, perPage),
        `long page: 1 MB in ${oneMb.toFixed(2)} s, 5 MB in ${fiveMb.toFixed(2)} s (${(fiveMb / oneMb / 5).toFixed(2)}x linear), 5 MB without a full stop in ${noStop.toFixed(2)} s`,
        `heap after GC: ${before.toFixed(1)} MB before ${articles} articles, ${after.toFixed(1)} MB after (${(after - before).toFixed(1)} MB)`,
      ],
    },
    await realPagesResult(seconds),
  ];
}

/**
 * The same path on the peers' real news pages (trafilatura's evaluation set, French and English):
 * the pages vigie fetches in production carry menus, scripts and footers around the story.
 */
async function realPagesResult(seconds: number): Promise<BenchResult> {
  const pages = loadPeerPages().map((p) => pageOf(p.html, p.lang));
  const [baseline, others] = await measurePages(pages, seconds);
  const [full, engine] = others as [Measurement, Measurement];
  const perPage = sentencesPerPage(pages);
  const claims = pages.reduce((n, p) => n + extractPage(p).claims.length, 0);
  return {
    title: `claim extraction on ${pages.length} real-world news pages from ../shared/peers (${perPage.toFixed(1)} sentences, ${kbPerPage(pages).toFixed(0)} KB of HTML per page)`,
    baseline,
    others,
    aims: { 'parseArticle + extractClaims': 0.4 },
    notes: [
      ...sentenceRates(full, engine, perPage),
      `${claims} claims on these pages (general news: fewer cues fire than on business stories)`,
    ],
  };
}
