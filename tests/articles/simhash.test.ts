import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/articles/content-hash.ts';
import { parseArticle } from '../../src/articles/parse-article.ts';
import { hammingDistance, isNearDuplicate, simhash } from '../../src/articles/simhash.ts';
import { DEAL_STORY, FRENCH_STORY, newsPage, SAME_DEAL_OTHER_STORY } from './fixtures/stories.ts';

const TITLE = 'Northwind Logistics to buy Calder Freight for 1.2 billion euros';

/** A second publisher's template: no <article>, div soup, a comment section and a ticker. */
function wirePage(paragraphs: readonly string[], lead: string): string {
  return `<html><head><title>${TITLE} - Freight Weekly</title></head><body>
<div id="top"><div class="ticker">DAX 18,204 +0.4% | CAC 40 7,512 -0.2%</div>
<div class="menu"><a href="/">Home</a> <a href="/road">Road</a> <a href="/rail">Rail</a></div></div>
<div class="wrap"><div class="col-left"><div class="story-text">
<h1>${TITLE}</h1><div>${lead}</div>
${paragraphs.map((p) => `<div class="para">${p}</div>`).join('\n')}
</div>
<div class="comments"><h3>3 comments</h3><p>Great news for the Antwerp depots, finally some investment, I think.</p></div>
</div><div class="col-right widget"><p>Advertise with us and reach 40,000 logistics managers every week.</p></div></div>
</body></html>`;
}

describe('simhash and near-duplicates', () => {
  const original = parseArticle(newsPage({ title: TITLE, paragraphs: DEAL_STORY, byline: 'By Lena Voss' }), {
    url: 'https://ledger.example/companies/northwind-calder',
  });

  it('is 16 hex chars and stable', () => {
    expect(original.simhash).toMatch(/^[0-9a-f]{16}$/);
    expect(simhash(original.text)).toBe(original.simhash);
  });

  it('keeps a syndicated copy with another template, intro line and byline within 3 bits', () => {
    const copies = [
      wirePage(DEAL_STORY, 'By Pieter Claes, Freight Weekly. This story first appeared in the Daily Ledger.'),
      newsPage({
        title: TITLE,
        paragraphs: DEAL_STORY,
        intro: 'This article is republished under a content-sharing agreement with the Daily Ledger.',
        byline: 'Staff and agencies',
        site: 'Baltic Business Review',
      }),
      newsPage({
        title: TITLE,
        paragraphs: [`AMSTERDAM (Reuters-style wire) - ${DEAL_STORY[0]}`, ...DEAL_STORY.slice(1)],
      }),
    ];
    for (const html of copies) {
      const copy = parseArticle(html, { url: 'https://copy.example/story' });
      expect(copy.text).toContain('Calder shares jumped 27 percent');
      expect(copy.contentHash).not.toBe(original.contentHash);
      expect(hammingDistance(copy.simhash, original.simhash)).toBeLessThanOrEqual(3);
      expect(isNearDuplicate(copy.simhash, original.simhash)).toBe(true);
    }
  });

  it('keeps two different stories about the same deal apart', () => {
    const other = parseArticle(newsPage({ title: TITLE, paragraphs: SAME_DEAL_OTHER_STORY }), {});
    expect(hammingDistance(other.simhash, original.simhash)).toBeGreaterThan(10);
    expect(isNearDuplicate(other.simhash, original.simhash)).toBe(false);
    const unrelated = simhash(FRENCH_STORY.join('\n\n'));
    expect(isNearDuplicate(unrelated, original.simhash)).toBe(false);
  });

  it('counts differing bits and refuses malformed hashes', () => {
    expect(hammingDistance('0000000000000000', '0000000000000000')).toBe(0);
    expect(hammingDistance('ffffffffffffffff', '0000000000000000')).toBe(64);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(isNearDuplicate('00000000000000ff', '0000000000000000', 8)).toBe(true);
    expect(isNearDuplicate('00000000000001ff', '0000000000000000', 8)).toBe(false);
    expect(() => hammingDistance('xyz', '0000000000000000')).toThrow(/16-hex-char/);
  });

  it('hashes content regardless of case and spacing, and tells different texts apart', () => {
    expect(contentHash('Northwind  buys\nCalder')).toBe(contentHash('northwind buys calder'));
    expect(contentHash('Northwind buys Calder')).not.toBe(contentHash('Northwind sells Calder'));
    expect(contentHash('')).toMatch(/^[0-9a-f]{64}$/);
    expect(simhash('')).toMatch(/^[0-9a-f]{16}$/);
  });
});
