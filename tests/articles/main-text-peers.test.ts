import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/articles/parse-article.ts';
import { loadPeerPages, scoreSnippets } from './peer-pages.ts';

/** The figure @mozilla/readability reaches on these pages (bench/main-text.bench.ts measures it again). */
const READABILITY_HARMONIC_MEAN = 0.896;

describe('main text on the annotated peer pages', () => {
  const pages = loadPeerPages();

  it('has pages to evaluate', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('keeps the article and drops the furniture at least as well as readability', () => {
    const score = scoreSnippets(
      pages,
      (page) => parseArticle(page.html, page.url ? { url: page.url } : {}).text,
    );
    console.log(
      `main text on ${pages.length} peer pages: kept ${score.kept}/${score.withTotal} "with" snippets ` +
        `(${score.recall.toFixed(3)}), dropped ${score.dropped}/${score.withoutTotal} "without" snippets ` +
        `(${score.cleanliness.toFixed(3)}), harmonic mean ${score.harmonicMean.toFixed(3)} ` +
        `(readability: ${READABILITY_HARMONIC_MEAN})`,
    );
    expect(score.harmonicMean).toBeGreaterThanOrEqual(READABILITY_HARMONIC_MEAN);
  });

  it('never puts the headline in the text and finds the language of every page', () => {
    for (const page of pages) {
      const article = parseArticle(page.html, page.url ? { url: page.url } : {});
      expect(article.text.length, page.file).toBeGreaterThan(100);
      expect(article.language, page.file).toBe(page.lang);
      expect(article.text.split('\n\n')[0], page.file).not.toBe(article.title);
    }
  });

  it('agrees with the annotated titles and dates on most pages', () => {
    const loose = (s: string) => s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
    let titles = 0;
    let titled = 0;
    let dates = 0;
    let dated = 0;
    for (const page of pages) {
      const article = parseArticle(page.html, page.url ? { url: page.url } : {});
      if (page.title !== undefined) {
        titled++;
        if (loose(article.title) === loose(page.title)) titles++;
      }
      if (page.date !== undefined) {
        dated++;
        // The annotation is the local calendar day; we store an instant in UTC.
        const day = Date.parse(`${page.date}T12:00:00Z`);
        const found = article.publishedAt === undefined ? Number.NaN : Date.parse(article.publishedAt);
        if (Math.abs(found - day) <= 36 * 3600 * 1000) dates++;
      }
    }
    console.log(`metadata on peer pages: titles ${titles}/${titled}, dates ${dates}/${dated}`);
    expect(titles / titled).toBeGreaterThanOrEqual(0.75);
    expect(dates / dated).toBeGreaterThanOrEqual(0.75);
  });
});
