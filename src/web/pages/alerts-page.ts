import type { AlertJson } from '../../alerts/alert-json.ts';
import { html, type SafeHtml } from '../html.ts';
import { allianceHref, externalLink, kindLabel, statusBadge, timeTag } from './format.ts';

/** Alerts, newest first: each change of a fact's status with the sentence that caused it. */
export function alertsPage(newestFirst: AlertJson[]): SafeHtml {
  return html`<h1>Alerts</h1>
<p>Every change of a fact's status, newest first. Follow them in a feed reader: <a href="/alerts.atom">Atom feed</a>.</p>
${
  newestFirst.length === 0
    ? html`<p>No alert yet: an alert is raised when a rumour is confirmed or denied.</p>`
    : html`<ol class="alerts">${newestFirst.map(item)}</ol>`
}`;
}

function item(a: AlertJson): SafeHtml {
  const subject = a.alliance ?? a.parties.join(' + ');
  return html`<li id="alert-${a.id}">
<article aria-label="${alertTitle(a)}">
<h2>${a.kind === 'agreement' && a.alliance ? html`<a href="${allianceHref(a.alliance)}">${subject}</a>` : subject}</h2>
<p>${timeTag(a.at, true)} · <span class="kind">${kindLabel(a.kind)}</span> · ${a.from ? html`${statusBadge(a.from)} → ` : ''}${statusBadge(a.to)}</p>
<blockquote class="evidence">${a.evidence.quote}</blockquote>
<p class="sources">Source: ${externalLink(a.evidence.url, a.evidence.publisher)}</p>
</article>
</li>`;
}

export function alertTitle(a: AlertJson): string {
  const subject = a.alliance ?? a.parties.join(' + ');
  return `${subject} (${kindLabel(a.kind)}): ${a.from ?? 'new'} → ${a.to}`;
}
