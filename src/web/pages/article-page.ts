import { html, type SafeHtml } from '../html.ts';
import type { ArticleClaimView, ArticleView } from '../read/article-claims.ts';
import { locateEvidence, markEvidence, type Span } from './evidence-marks.ts';
import { externalLink, kindLabel, statusBadge, timeTag, valuesOf } from './format.ts';

/** A stored article: its text with each claim's evidence highlighted, and the claims with the rule that read them. */
export function articlePage(article: ArticleView, claims: ArticleClaimView[]): SafeHtml {
  const spans = claims.map((c) => locateEvidence(article.text, c)).filter((s): s is Span => s !== undefined);
  const located = new Set(spans.map((s) => s.claimId));
  return html`<article class="stored-article" lang="${article.language ?? ''}">
<h1>${article.title}</h1>
<p class="byline">${article.publisher}, ${timeTag(article.publishedAt, true)} · ${externalLink(article.url, 'original page')}
${article.canonicalUrl !== article.url ? html` · ${externalLink(article.canonicalUrl, 'canonical address')}` : ''}</p>
${
  article.duplicateOf !== null
    ? html`<p class="note">A syndicated copy of <a href="/articles/${article.duplicateOf}">article ${article.duplicateOf}</a>: its claims are counted there.</p>`
    : ''
}
<section aria-labelledby="text-heading">
<h2 id="text-heading">Text</h2>
<div class="article-text">${markEvidence(article.text, spans)}</div>
</section>
</article>
<section aria-labelledby="claims-heading">
<h2 id="claims-heading">Claims read in this article (${claims.length})</h2>
${
  claims.length === 0
    ? html`<p>No claim was read in this article.</p>`
    : html`<ol class="claims">${claims.map((c) => claimItem(c, located.has(c.id)))}</ol>`
}
</section>`;
}

function claimItem(c: ArticleClaimView, located: boolean): SafeHtml {
  const values = valuesOf(c);
  return html`<li id="claim-${c.id}">
<p>${statusBadge(c.status)} <span class="kind">${kindLabel(c.kind)}</span>: ${c.parties.join(', ')}
${c.alliance ? html` · alliance ${c.alliance}` : ''}${values ? html` · ${values}` : ''}${c.attribution ? html` · according to ${c.attribution}` : ''}</p>
<p class="muted">${c.rule ? html`Read by rule <code>${c.rule}</code>` : 'Rule not recorded'}; evidence at characters ${c.evidence.start}–${c.evidence.end}
${located ? html` · <a href="#ev-${c.id}">show in text</a>` : ' (not found in the stored text)'}</p>
</li>`;
}
