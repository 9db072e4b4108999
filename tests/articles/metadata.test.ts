import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/articles/parse-article.ts';
import { DEAL_STORY, FRENCH_STORY, newsPage } from './fixtures/stories.ts';

const TITLE = 'Northwind Logistics to buy Calder Freight';

describe('article metadata', () => {
  it('reads JSON-LD inside an @graph: headline, date, publisher, with og tags as competitors', () => {
    const jsonLd = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': 'https://ledger.example/#org', name: 'The Daily Ledger Group' },
        {
          '@type': ['ReportageNewsArticle'],
          headline: TITLE,
          datePublished: '2025-03-04T09:15:00+01:00',
          publisher: { '@id': 'https://ledger.example/#org' },
        },
      ],
    });
    const html = newsPage({
      title: TITLE,
      paragraphs: DEAL_STORY,
      head: `<script type="application/ld+json">${jsonLd}</script>
<meta property="article:published_time" content="2025-03-05T00:00:00Z">`,
    });
    const article = parseArticle(html, { url: 'https://ledger.example/companies/northwind?utm_source=rss' });
    expect(article.title).toBe(TITLE);
    expect(article.publishedAt).toBe('2025-03-04T08:15:00.000Z');
    expect(article.publisher).toBe('The Daily Ledger Group');
    expect(article.url).toBe('https://ledger.example/companies/northwind?utm_source=rss');
    expect(article.canonicalUrl).toBe('https://ledger.example/companies/northwind');
    expect(article.language).toBe('en');
  });

  it('tolerates broken JSON-LD (trailing comma, raw line break in a string)', () => {
    const broken = `{"@context":"https://schema.org","@type":"NewsArticle","headline":"Calder board backs
 the offer","datePublished":"2025-03-06","publisher":{"@type":"Organization","name":"Freight Weekly",},}`;
    const html = newsPage({
      title: 'x',
      paragraphs: DEAL_STORY,
      head: `<script type="application/ld+json">${broken}</script>`,
    });
    const article = parseArticle(html, {});
    expect(article.publishedAt).toBe('2025-03-06T00:00:00.000Z');
    expect(article.publisher).toBe('Freight Weekly');
  });

  it('falls back to OpenGraph and meta tags, and resolves a relative canonical link', () => {
    const html = newsPage({
      title: 'Ardentis rachète Kerlann',
      paragraphs: FRENCH_STORY,
      lang: 'fr',
      head: `<meta property="og:title" content="Ardentis rachète Kerlann Emballages pour 210 millions d’euros">
<meta property="og:site_name" content="L’Écho des entreprises">
<meta name="dc.date" content="2025-02-11T18:30:00+01:00">
<link rel="canonical" href="/economie/ardentis-kerlann">`,
    });
    const article = parseArticle(html, { url: 'https://echo.example/amp/economie/ardentis?fbclid=abc' });
    expect(article.title).toBe('Ardentis rachète Kerlann Emballages pour 210 millions d’euros');
    expect(article.publisher).toBe('L’Écho des entreprises');
    expect(article.publishedAt).toBe('2025-02-11T17:30:00.000Z');
    expect(article.canonicalUrl).toBe('https://echo.example/economie/ardentis-kerlann');
    expect(article.language).toBe('fr');
    expect(article.text).toContain('une prime de 22\u202f% sur le dernier cours');
  });

  it('uses <time datetime>, <title> without the site name, and the host name without www.', () => {
    const html = `<html><head><title>Calder board backs the offer | Freight Weekly</title></head><body>
<div class="post"><time datetime="2025-03-07T07:00:00Z">7 March</time>
${DEAL_STORY.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const article = parseArticle(html, {
      url: 'https://www.freight.example/news/calder?utm_medium=x&id=42#top',
    });
    expect(article.publishedAt).toBe('2025-03-07T07:00:00.000Z');
    expect(article.publisher).toBe('freight.example');
    expect(article.title).toBe('Calder board backs the offer');
    expect(article.canonicalUrl).toBe('https://www.freight.example/news/calder?id=42');
  });

  it('uses the caller’s fallbacks only when the page says nothing', () => {
    const html = `<html><body>${DEAL_STORY.map((p) => `<p>${p}</p>`).join('')}</body></html>`;
    const article = parseArticle(html, {
      url: 'https://news.example/a',
      fallbackTitle: 'Northwind buys Calder (feed title)',
      fallbackPublishedAt: '2025-03-04T10:00:00Z',
      publisher: 'News Example',
    });
    expect(article.title).toBe('Northwind buys Calder (feed title)');
    expect(article.publishedAt).toBe('2025-03-04T10:00:00.000Z');
    expect(article.publisher).toBe('News Example');
    const stated = parseArticle(
      `<html><head><meta property="og:site_name" content="Freight Weekly"></head><body><p>${DEAL_STORY[0]}</p></body></html>`,
      { publisher: 'News Example' },
    );
    expect(stated.publisher).toBe('Freight Weekly');
  });

  it('ignores a canonical link pointing at the home page', () => {
    const html = `<html><head><link rel="canonical" href="https://freight.example/"></head><body><p>${DEAL_STORY[0]}</p></body></html>`;
    expect(parseArticle(html, { url: 'https://freight.example/news/calder' }).canonicalUrl).toBe(
      'https://freight.example/news/calder',
    );
  });
});
