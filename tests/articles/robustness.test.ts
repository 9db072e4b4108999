import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/articles/parse-article.ts';
import { DEAL_STORY, newsPage } from './fixtures/stories.ts';

describe('parseArticle on hostile input', () => {
  it('returns an empty article for an empty page or plain junk', () => {
    for (const html of ['', '   ', '<html></html>', '\u0000\u0001garbage<<<>>>', '<!doctype html>']) {
      const article = parseArticle(html, {});
      expect(article.text.length).toBeLessThan(30);
      expect(article.simhash).toMatch(/^[0-9a-f]{16}$/);
      expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(article.canonicalUrl).toBe('');
      expect(article.language).toBeUndefined();
    }
    expect(parseArticle('', { url: 'https://news.example/a?utm_campaign=x' }).canonicalUrl).toBe(
      'https://news.example/a',
    );
  });

  it('reads broken HTML: unclosed tags, stray closers, a bad canonical', () => {
    const html = `<html><head><title>Calder deal</title><link rel="canonical" href="http://[bad">
<body><div class="story"><p>${DEAL_STORY[0]}<p>${DEAL_STORY[1]}</div></span></b>
<p>${DEAL_STORY[2]}<table><tr><td>${DEAL_STORY[3]}</table><p>${DEAL_STORY[4]}`;
    const article = parseArticle(html, { url: 'https://news.example/calder' });
    for (const paragraph of [DEAL_STORY[0], DEAL_STORY[1], DEAL_STORY[4]]) {
      expect(article.text).toContain(paragraph?.slice(0, 60));
    }
    expect(article.canonicalUrl).toBe('https://news.example/calder');
    expect(article.language).toBe('en');
  });

  it('decodes entities, keeps non-breaking and thin spaces, and separates blocks by blank lines', () => {
    const html = `<html><body><article>
<p>Le titre a gagné 5,57&#8239;% à la clôture, selon l&rsquo;agence&nbsp;:
   une hausse    inattendue après plusieurs séances de baisse, a-t-on appris.</p>
<h2>Une offre à 14&nbsp;€</h2><ul><li>Calder : prime de 31&#8239;% sur le cours de lundi, a précisé le groupe.</li></ul>
<blockquote>« Nous avons regardé Calder pendant deux ans », a déclaré la dirigeante du groupe nordique.</blockquote>
<script>document.write('<p>injected</p>')</script><style>p { color: red }</style>
</article></body></html>`;
    const { text } = parseArticle(html, {});
    expect(text).toBe(
      [
        'Le titre a gagné 5,57\u202f% à la clôture, selon l’agence\u00a0: une hausse inattendue après plusieurs séances de baisse, a-t-on appris.',
        'Une offre à 14\u00a0€',
        'Calder : prime de 31\u202f% sur le cours de lundi, a précisé le groupe.',
        '« Nous avons regardé Calder pendant deux ans », a déclaré la dirigeante du groupe nordique.',
      ].join('\n\n'),
    );
  });

  it('drops the furniture of a newspaper template and leaves the headline out of the text', () => {
    const title = 'Northwind Logistics to buy Calder Freight';
    const article = parseArticle(newsPage({ title, paragraphs: DEAL_STORY, byline: 'By Lena Voss' }), {});
    expect(article.text.startsWith(DEAL_STORY[0] as string)).toBe(true);
    expect(article.text.endsWith(DEAL_STORY[DEAL_STORY.length - 1] as string)).toBe(true);
    for (const furniture of [
      'Markets',
      'Share on X',
      'Related stories',
      'Port strike',
      'Most read',
      'morning briefing',
      '©',
    ]) {
      expect(article.text).not.toContain(furniture);
    }
    expect(article.text).not.toContain(title);
  });

  it('handles a 5 MB page and 20,000 nested elements in one pass', () => {
    const paragraphs = Array.from({ length: 22000 }, (_, i) => `${DEAL_STORY[i % DEAL_STORY.length]} (${i})`);
    const big = newsPage({
      title: 'Big page',
      paragraphs,
      head: `<style>${'.x{color:red}'.repeat(20000)}</style>`,
    });
    expect(big.length).toBeGreaterThan(5_000_000);
    const article = parseArticle(big, {});
    expect(article.text).toContain('(21999)');
    expect(article.language).toBe('en');

    const deep = `<html><body>${'<div>'.repeat(20000)}<p>${DEAL_STORY[0]}</p>${'</div>'.repeat(20000)}</body></html>`;
    expect(parseArticle(deep, {}).text).toBe(DEAL_STORY[0]);
  });
});
