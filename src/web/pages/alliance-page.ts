import { html, type SafeHtml } from '../html.ts';
import type { AllianceEventView, AllianceHistory } from '../read/alliance-history.ts';
import { externalLink, kindLabel, statusBadge, timeTag, valuesOf } from './format.ts';

/** One alliance: its status (as of a date when asked) and its history, oldest first, every event sourced. */
export function alliancePage(
  name: string,
  history: AllianceHistory | undefined,
  asOf: string | undefined,
): SafeHtml {
  const heading = history?.summary.name ?? name;
  return html`<h1>${heading}</h1>
${
  history
    ? html`<p class="alliance-status">Status${asOf ? html` as of ${timeTag(asOf)}` : ''}: ${statusBadge(history.summary.status)}
 <span class="muted">since ${timeTag(history.summary.lastChange ?? history.summary.firstSeen)}</span></p>
<p>Parties: ${history.summary.parties.join(', ')}</p>`
    : ''
}
<form class="as-of" method="get">
  <label for="as-of">Show what was known on</label>
  <input id="as-of" type="date" name="asOf" value="${asOf ?? ''}">
  <button type="submit">Show</button>
  ${asOf ? html`<a href="?">Back to today</a>` : ''}
</form>
${history ? body(history) : html`<p role="status">Nothing was known of this alliance${asOf ? html` on ${timeTag(asOf)}` : ''}.</p>`}`;
}

function body(history: AllianceHistory): SafeHtml {
  return html`${
    history.transitions.length > 0
      ? html`<h2>Changes of status</h2>
<ol class="transitions">${history.transitions.map(
          (t) =>
            html`<li>${timeTag(t.at)}: ${t.from ? html`${statusBadge(t.from)} → ` : 'first seen as '}${statusBadge(t.to)}</li>`,
        )}</ol>`
      : ''
  }
<h2>Timeline</h2>
<ol class="timeline">${history.events.map(event)}</ol>`;
}

function event(e: AllianceEventView): SafeHtml {
  const values = valuesOf(e);
  return html`<li class="event${e.transition ? ' event-transition' : ''}" data-date="${e.date}">
<article aria-label="${kindLabel(e.kind)} on ${e.date}">
<header>
  ${timeTag(e.date)} <span class="kind">${kindLabel(e.kind)}</span> ${statusBadge(e.status)}
  ${values ? html`<span class="values">${values}</span>` : ''}
</header>
${
  e.transition
    ? html`<p class="transition-note"><strong>Status change:</strong> ${e.transition.from ? html`${statusBadge(e.transition.from)} → ` : 'first seen as '}${statusBadge(e.transition.to)}</p>`
    : ''
}
<p class="parties">${e.parties.join(', ')}</p>
<blockquote class="evidence">${e.evidence}</blockquote>
<p class="sources">Source: ${externalLink(e.source.url, e.source.publisher)}, ${timeTag(e.source.publishedAt, true)}
${e.articleId !== null ? html` · <a class="local-article" href="/articles/${e.articleId}">stored copy and claims</a>` : ''}</p>
</article>
</li>`;
}
