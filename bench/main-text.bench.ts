import { Readability } from '@mozilla/readability';
import { load } from 'cheerio';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHtml } from '../src/articles/html-document.ts';
import { extractMainText } from '../src/articles/main-text.ts';
import { parseArticle } from '../src/articles/parse-article.ts';
import { loadPeerPages, type PeerPage, scoreSnippets } from '../tests/articles/peer-pages.ts';
import { type BenchResult, measure, rate } from './bench-kit.ts';

/**
 * Main-text extraction on the annotated peer pages, beside a bare `cheerio.load` of the same
 * pages (the baseline) and @mozilla/readability on jsdom. The snippet score of ours and of
 * readability is measured in the same run and printed as notes.
 */
export default async function mainTextBench(): Promise<BenchResult[]> {
  const pages = loadPeerPages();
  const seconds = Number(process.env.VIGIE_BENCH_SECONDS ?? 2);
  const quiet = new VirtualConsole();
  const readability = (page: PeerPage) => {
    const dom = new JSDOM(page.html, { url: page.url ?? 'https://example.invalid/', virtualConsole: quiet });
    const text = new Readability(dom.window.document).parse()?.textContent ?? '';
    dom.window.close();
    return text;
  };

  const baseline = await measure(
    'cheerio.load (parse5, no extraction)',
    'pages',
    pages,
    (p) => load(p.html),
    seconds,
  );
  const mainText = await measure(
    'extractMainText (parse + main text)',
    'pages',
    pages,
    (p) => extractMainText(parseHtml(p.html)),
    seconds,
  );
  const full = await measure(
    'parseArticle (metadata, text, language, hashes)',
    'pages',
    pages,
    (p) => parseArticle(p.html, p.url ? { url: p.url } : {}),
    seconds,
  );
  const mozilla = await measure('@mozilla/readability on jsdom', 'pages', pages, readability, seconds);

  const ours = scoreSnippets(pages, (p) => parseArticle(p.html, p.url ? { url: p.url } : {}).text);
  const theirs = scoreSnippets(pages, readability);
  const describe = (name: string, s: typeof ours) =>
    `${name}: harmonic mean ${s.harmonicMean.toFixed(3)} (kept ${s.kept}/${s.withTotal} "with", ` +
    `dropped ${s.dropped}/${s.withoutTotal} "without")`;
  return [
    {
      title: `Main text on ${pages.length} peer pages (speed vs cheerio.load; quality on trafilatura's snippets)`,
      baseline,
      others: [mainText, full, mozilla],
      aims: { [mainText.name]: 0.6, [full.name]: 0.6 },
      notes: [
        describe('ours', ours),
        describe('readability', theirs),
        `extractMainText is ${(rate(mainText) / rate(mozilla)).toFixed(1)}x readability (aim >= 5x)`,
      ],
    },
  ];
}
