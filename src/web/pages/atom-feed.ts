import type { AlertJson } from '../../alerts/alert-json.ts';
import { escapeHtml } from '../html.ts';
import { safeHttpUrl } from '../safe-url.ts';
import { alertTitle } from './alerts-page.ts';
import { allianceHref } from './format.ts';

/**
 * The alerts as an Atom 1.0 feed (RFC 4287), newest first: one entry per alert, its id stable across
 * restarts and ports (urn:vigie:alert:N), linking to the article that caused it and to the alliance here.
 */
export function atomFeed(newestFirst: AlertJson[], origin: string): string {
  const x = xmlText;
  const updated =
    newestFirst
      .map((a) => a.at)
      .sort()
      .at(-1) ?? '1970-01-01T00:00:00.000Z';
  const entries = newestFirst.map((a) => {
    const source = safeHttpUrl(a.evidence.url);
    const local =
      a.kind === 'agreement' && a.alliance
        ? `${origin}${allianceHref(a.alliance)}`
        : `${origin}/alerts#alert-${a.id}`;
    return `  <entry>
    <id>urn:vigie:alert:${a.id}</id>
    <title>${x(alertTitle(a))}</title>
    <updated>${x(a.at)}</updated>
    <link rel="alternate" type="text/html" href="${x(source ?? local)}"/>
    <link rel="related" type="text/html" href="${x(local)}"/>
    <summary type="text">${x(`${a.evidence.publisher}: “${a.evidence.quote}”`)}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:vigie:alerts</id>
  <title>vigie alerts</title>
  <subtitle>Rumours confirmed or denied, with their sources</subtitle>
  <updated>${x(updated)}</updated>
  <author><name>vigie</name></author>
  <link rel="self" type="application/atom+xml" href="${x(`${origin}/alerts.atom`)}"/>
  <link rel="alternate" type="text/html" href="${x(`${origin}/alerts`)}"/>
${entries.join('\n')}
</feed>
`;
}

/**
 * Text for XML content or attributes: the five entities escaped, as in HTML, and the characters XML 1.0
 * forbids even escaped (controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) dropped.
 */
export function xmlText(text: string): string {
  let kept = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (allowed) kept += char;
  }
  return escapeHtml(kept);
}
