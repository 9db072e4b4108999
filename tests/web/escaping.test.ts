import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { HOSTILE_PAYLOADS } from '../../fixtures/press-site/stories/hostile.ts';
import { isLoopbackHost } from '../../src/web/bind-policy.ts';
import { html } from '../../src/web/html.ts';
import { xmlText } from '../../src/web/pages/atom-feed.ts';
import { locateEvidence, markEvidence } from '../../src/web/pages/evidence-marks.ts';
import { externalLink } from '../../src/web/pages/format.ts';
import { safeHttpUrl } from '../../src/web/safe-url.ts';

describe('html tag', () => {
  it('escapes every interpolated string, in text and in attributes, nested or in arrays', () => {
    for (const payload of HOSTILE_PAYLOADS) {
      const out = html`<p title="${payload}">${payload}${[payload, html`<b>${payload}</b>`]}</p>`.value;
      expect(out).not.toMatch(/<(script|img|svg|textarea)/i);
      expect(out.match(/"/g)).toHaveLength(2); // only the title's own quotes
      expect(out).toContain('<b>');
    }
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
  });
});

describe('links', () => {
  it('keep http(s) URLs and turn anything else into text', () => {
    expect(safeHttpUrl('https://example.test/a?b=1')).toBe('https://example.test/a?b=1');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>',
      '/relative',
      'vbscript:x',
      '',
    ]) {
      expect(safeHttpUrl(bad), bad).toBeUndefined();
      expect(externalLink(bad, 'x').value).not.toContain('href');
    }
  });
});

describe('evidence marks', () => {
  const text = 'Alpha signed. Beta denied it, said Gamma. The end.';
  it('marks overlapping spans without losing or repeating text', () => {
    const spans = [
      { claimId: 1, start: 0, end: 13 },
      { claimId: 2, start: 14, end: 41 },
      { claimId: 3, start: 14, end: 41 },
      { claimId: 4, start: 29, end: 50 },
    ];
    const out = markEvidence(text, spans).value;
    expect(out.replace(/<[^>]+>/g, '')).toBe(text);
    expect(out).toContain('<mark data-claims="2 3 4"');
    for (const id of [1, 2, 3, 4]) expect(out).toContain(`id="ev-${id}"`);
  });

  it('finds the sentence when offsets are wrong, and gives up when it is not there', () => {
    const claim = (start: number, end: number, sentence: string) => ({
      id: 9,
      evidence: { text: sentence, start, end },
    });
    expect(locateEvidence(text, claim(0, 13, 'Alpha signed.'))).toEqual({ claimId: 9, start: 0, end: 13 });
    expect(locateEvidence(text, claim(3, 99, 'The end.'))).toEqual({ claimId: 9, start: 42, end: 50 });
    expect(locateEvidence(text, claim(0, 5, 'Not in it.'))).toBeUndefined();
  });

  it('escapes the article text it marks', () => {
    const hostile = HOSTILE_PAYLOADS.join(' ');
    const out = markEvidence(hostile, [{ claimId: 1, start: 0, end: 20 }]).value;
    expect(out).not.toMatch(/<(script|img|svg|textarea)/i);
  });
});

describe('Atom text', () => {
  it('is well-formed XML whatever the quote holds', () => {
    const nasty = `${HOSTILE_PAYLOADS.join(' ')} \u0000\u0007 ]]> &amp; \uD800`;
    expect(XMLValidator.validate(`<summary a="${xmlText(nasty)}">${xmlText(nasty)}</summary>`)).toBe(true);
  });
});

describe('bind policy', () => {
  it('knows loopback addresses', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.2', 'example.test', '10.0.0.1'])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});
