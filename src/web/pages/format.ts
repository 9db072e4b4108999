import { html, type SafeHtml } from '../html.ts';
import { safeHttpUrl } from '../safe-url.ts';

/** A day or an instant as a <time>, read in UTC as the store keeps it. */
export function timeTag(iso: string | null | undefined, withTime = false): SafeHtml {
  if (!iso) return html`<span class="muted">never</span>`;
  const shown =
    withTime && iso.length > 10 ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : iso.slice(0, 10);
  return html`<time datetime="${iso}">${shown}</time>`;
}

export function statusBadge(status: string | null | undefined): SafeHtml {
  const known = status === 'rumour' || status === 'confirmed' || status === 'denied' ? status : 'unknown';
  return html`<span class="badge badge-${known}">${status ?? 'unknown'}</span>`;
}

/** A link when the URL is http(s), else the address as plain text (javascript: and the like never get an href). */
export function externalLink(url: string, label: string): SafeHtml {
  const href = safeHttpUrl(url);
  return href
    ? html`<a href="${href}" rel="noopener noreferrer nofollow">${label}</a>`
    : html`<span>${label} (${url})</span>`;
}

export function allianceHref(name: string): string {
  return `/alliances/${encodeURIComponent(name)}`;
}

/** What a claim or event says beyond its kind: stance, move, label. */
export function valuesOf(values: {
  stance?: string | null;
  percent?: number | null;
  direction?: string | null;
  label?: string | null;
  issuer?: string | null;
  eventDate?: string | null;
}): string {
  const parts: string[] = [];
  if (values.stance) parts.push(values.stance.replace('_', ' '));
  if (values.percent !== undefined && values.percent !== null) {
    parts.push(
      `${values.direction === 'down' ? '−' : values.direction === 'up' ? '+' : ''}${values.percent} %`,
    );
  }
  if (values.label) parts.push(values.issuer ? `${values.label} (${values.issuer})` : values.label);
  if (values.eventDate) parts.push(`dated ${values.eventDate}`);
  return parts.join(' · ');
}

export function kindLabel(kind: string): string {
  return kind.replace('_', ' ');
}
