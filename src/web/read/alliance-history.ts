import type { Store } from '../../../db/connect.ts';
import type { Config } from '../../config/config-schema.ts';
import { normaliseName } from '../../events/normalise-name.ts';
import { type AllianceSummary, alliances } from '../../query/alliances.ts';
import { endOf } from '../../query/query-dates.ts';
import { type TimelineEvent, timeline } from '../../query/timeline.ts';
import { articleIdsByUrl } from './article-ids.ts';
import { factTransitions, type TransitionView } from './fact-transitions.ts';

export interface AllianceEventView extends TimelineEvent {
  /** The local copy of the source article, when stored. */
  articleId: number | null;
  /** Set on the event whose claim changed the alliance's status. */
  transition: { from: string | null; to: string } | null;
}

export interface AllianceHistory {
  summary: AllianceSummary;
  /** Oldest first, by event date then publication time. */
  events: AllianceEventView[];
  transitions: TransitionView[];
}

export interface HistoryWindow {
  asOf?: string;
  knownAt?: string;
}

/** One alliance as the web shows it: its summary and timeline as of a date, changes of status marked. */
export async function allianceHistory(
  db: Store,
  config: Pick<Config, 'status'>,
  name: string,
  window: HistoryWindow,
): Promise<AllianceHistory | undefined> {
  const filters = { alliance: name, ...window };
  const wanted = normaliseName(name);
  const summaries = await alliances(db, filters, config);
  const summary = summaries.find((s) => normaliseName(s.name) === wanted) ?? summaries[0];
  if (!summary) return undefined;
  const histories = await timeline(db, filters, config);
  const history = histories.find((h) => normaliseName(h.alliance.name) === normaliseName(summary.name));
  const events = [...(history?.events ?? [])].sort(
    (a, b) => compare(a.date, b.date) || compare(a.source.publishedAt, b.source.publishedAt),
  );
  const transitions = await factTransitions(
    db,
    summary.factId,
    window.asOf ? endOf(window.asOf, 'asOf') : undefined,
  );
  const ids = await articleIdsByUrl(
    db,
    events.map((e) => e.source.url),
  );
  const marked = new Set<TransitionView>();
  const views = events.map((event): AllianceEventView => {
    const cause = transitions.find(
      (t) =>
        !marked.has(t) &&
        t.url === event.source.url &&
        t.evidence === event.evidence &&
        t.kind === event.kind,
    );
    if (cause) marked.add(cause);
    return {
      ...event,
      articleId: ids.get(event.source.url) ?? null,
      transition: cause ? { from: cause.from, to: cause.to } : null,
    };
  });
  return { summary, events: views, transitions };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
