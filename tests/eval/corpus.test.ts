import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../bench/eval/load-corpus.ts';
import { CLAIM_KINDS } from '../../src/extraction/claim.ts';

const corpus = loadCorpus();
const claims = corpus.flatMap(({ gold }) => gold.claims);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('the evaluation corpus (fixtures/corpus)', () => {
  it('holds at least 48 articles, 26 of them French, with valid gold files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(48);
    expect(corpus.filter(({ gold }) => gold.language === 'fr').length).toBeGreaterThanOrEqual(26);
    for (const { gold } of corpus) expect(gold.id.startsWith(`${gold.language}-`), gold.id).toBe(true);
  });

  it('covers every claim kind, status and stance, and has articles with no claim', () => {
    expect(new Set(claims.map((claim) => claim.kind))).toEqual(new Set(CLAIM_KINDS));
    expect(new Set(claims.map((claim) => claim.status))).toEqual(new Set(['rumour', 'confirmed', 'denied']));
    expect(new Set(claims.flatMap((claim) => claim.stance ?? []))).toEqual(
      new Set(['no_comment', 'deny', 'confirm']),
    );
    expect(corpus.filter(({ gold }) => gold.claims.length === 0).length).toBeGreaterThanOrEqual(4);
  });

  it('quotes every gold evidence exactly once in its page, inside the article body', () => {
    for (const { gold, html } of corpus) {
      for (const claim of gold.claims) {
        const quoted = escapeHtml(claim.evidence);
        expect(html.split(quoted).length - 1, `${gold.id}: ${claim.evidence}`).toBe(1);
        // The body is the only place the gold reads from: the evidence sits inside a <p>.
        const at = html.indexOf(quoted);
        expect(
          html.lastIndexOf('<p', at) > html.lastIndexOf('</p>', at),
          `${gold.id}: ${claim.evidence}`,
        ).toBe(true);
      }
    }
  });

  it('gives each article a distinct url', () => {
    expect(new Set(corpus.map(({ gold }) => gold.url)).size).toBe(corpus.length);
  });
});
