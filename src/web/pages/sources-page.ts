import { html, type SafeHtml } from '../html.ts';
import type { SourceView } from '../read/source-list.ts';
import { externalLink, timeTag } from './format.ts';

/** Health of each source: when it was last polled, what went wrong, what it yielded, when it runs next. */
export function sourcesPage(sources: SourceView[]): SafeHtml {
  return html`<h1>Sources</h1>
${
  sources.length === 0
    ? html`<p>No source configured: add some under <code>sources:</code> in the configuration.</p>`
    : html`<table class="sources">
<caption class="visually-hidden">Sources and their health</caption>
<thead><tr><th scope="col">Source</th><th scope="col">Type</th><th scope="col">Schedule</th><th scope="col">Last poll</th><th scope="col">Last error</th><th scope="col">Articles found</th><th scope="col">Next run</th></tr></thead>
<tbody>${sources.map(row)}</tbody>
</table>`
}`;
}

function row(s: SourceView): SafeHtml {
  return html`<tr>
<th scope="row">${externalLink(s.url, s.name)}${s.configured ? '' : html` <span class="muted">(not in this configuration)</span>`}</th>
<td>${s.type}</td>
<td><code>${s.schedule ?? '–'}</code></td>
<td>${timeTag(s.lastPollAt, true)}</td>
<td>${s.lastError ? html`<span class="error-text">${s.lastError}</span>` : html`<span class="muted">none</span>`}</td>
<td>${s.articlesFound} <span class="muted">of ${s.itemsSeen} items</span></td>
<td>${s.nextRunAt ? timeTag(s.nextRunAt, true) : html`<span class="muted">not scheduled</span>`}</td>
</tr>`;
}
