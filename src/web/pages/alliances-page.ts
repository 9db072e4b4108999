import type { AllianceSummary } from '../../query/alliances.ts';
import { html, type SafeHtml } from '../html.ts';
import { matchesSearch, searchText } from '../read/alliance-search.ts';
import { allianceHref, statusBadge, timeTag } from './format.ts';

/** Home: every alliance, its parties and current status, filtered by `q` (server) and as you type (client). */
export function alliancesPage(all: AllianceSummary[], q: string | undefined): SafeHtml {
  const shown = all.filter((a) => matchesSearch(a, q));
  return html`<h1>Alliances</h1>
<form class="search" role="search" method="get" action="/">
  <label for="alliance-search">Search alliances by name or party</label>
  <input id="alliance-search" type="search" name="q" value="${q ?? ''}" autocomplete="off">
  <button type="submit">Search</button>
</form>
<p id="alliance-count" class="muted" role="status" aria-live="polite">${shown.length === 1 ? '1 alliance shown' : `${shown.length} alliances shown`}</p>
${
  all.length === 0
    ? html`<p>No alliance in the log yet. Run <code>vigie ingest --once</code> to read the sources.</p>`
    : html`<table class="alliances">
<caption class="visually-hidden">Alliances, oldest first</caption>
<thead><tr><th scope="col">Alliance</th><th scope="col">Parties</th><th scope="col">Status</th><th scope="col">Last change</th><th scope="col">Claims</th></tr></thead>
<tbody>${all.map((a) => row(a, shown.includes(a)))}</tbody>
</table>`
}`;
}

function row(a: AllianceSummary, visible: boolean): SafeHtml {
  return html`<tr data-search="${searchText(a)}"${visible ? '' : html` hidden`}>
<th scope="row"><a href="${allianceHref(a.name)}">${a.name}</a></th>
<td>${a.parties.join(', ')}</td>
<td>${statusBadge(a.status)}</td>
<td>${timeTag(a.lastChange ?? a.firstSeen)}</td>
<td>${a.claimCount}</td>
</tr>`;
}
