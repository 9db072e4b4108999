import { parseArticle } from '../../src/articles/parse-article.ts';
import { extractClaims } from '../../src/extraction/extract-claims.ts';
import type { CorpusArticle } from './load-corpus.ts';
import { flattenClaim } from './match-claims.ts';
import type { ArticleRun } from './score.ts';

/**
 * Runs the product's own path on each corpus page: parse the HTML as fetched, then extract claims
 * from the parsed text, language, date and title. The gold language/date are used only when the
 * parser finds none, so a parser miss shows in the parsing figures without hiding the engine's.
 */
export function runCorpus(corpus: readonly CorpusArticle[]): ArticleRun[] {
  return corpus.map(({ gold, html }) => {
    const article = parseArticle(html, { url: gold.url });
    const { claims } = extractClaims({
      text: article.text,
      language: article.language ?? gold.language,
      publishedAt: article.publishedAt ?? gold.publishedAt,
      title: article.title,
      // As `vigie extract` does: the outlet's own name is never a party.
      ...(article.publisher !== '' ? { publisher: article.publisher } : {}),
    });
    return {
      gold,
      predicted: claims.map(flattenClaim),
      parsed: {
        text: article.text,
        ...(article.language === undefined ? {} : { language: article.language }),
        ...(article.publishedAt === undefined ? {} : { publishedAt: article.publishedAt }),
      },
    };
  });
}
