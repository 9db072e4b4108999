import { type HtmlValue, html, type SafeHtml, trustedHtml } from '../html.ts';
import { CLIENT_SCRIPT } from './client-script.ts';

export type Section = 'alliances' | 'alerts' | 'sources';

export interface PageOptions {
  title: string;
  nonce: string;
  section?: Section;
  body: HtmlValue;
}

const NAV: ReadonlyArray<[Section, string, string]> = [
  ['alliances', '/', 'Alliances'],
  ['alerts', '/alerts', 'Alerts'],
  ['sources', '/sources', 'Sources'],
];

/** The frame of every page: landmarks, a skip link, the navigation, and the one nonce'd script. */
export function layout(page: PageOptions): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · vigie</title>
<link rel="stylesheet" href="/assets/vigie.css">
<link rel="alternate" type="application/atom+xml" title="vigie alerts" href="/alerts.atom">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
  <a class="brand" href="/">vigie</a>
  <nav aria-label="Main">
    <ul>${NAV.map(
      ([section, href, label]) =>
        html`<li><a href="${href}"${section === page.section ? trustedHtml(' aria-current="page"') : ''}>${label}</a></li>`,
    )}</ul>
  </nav>
</header>
<main id="main" tabindex="-1">
${page.body}
</main>
<footer class="site-footer"><p>vigie: a sourced, dated log of who is said to have done what with whom.
<a href="/alerts.atom">Alerts feed (Atom)</a></p></footer>
<script nonce="${page.nonce}">${trustedHtml(CLIENT_SCRIPT)}</script>
</body>
</html>`;
}
