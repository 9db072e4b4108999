import type { Kysely } from 'kysely';
import type { Database, FactRow } from '../../db/schema.ts';
import type { Config } from '../config/config-schema.ts';
import { parseParties } from '../events/claim-row.ts';
import type { TimeWindow } from '../events/claims-for-status.ts';
import { allianceDisplayName } from '../events/fact-key.ts';
import { canonicalPartySet, normaliseName } from '../events/normalise-name.ts';
import { type ClaimEventRow, claimEvents } from './claim-events.ts';
import { findFacts, inChunks } from './fact-lookup.ts';
import { factStatus } from './fact-status.ts';
import { shiftDays } from './query-dates.ts';
import { publicationRange, type QueryFilters, timeWindowOf } from './query-filters.ts';

/** One alliance's history as CONTRACT's `timeline --json` gives it. */
export interface AllianceTimeline {
  alliance: { name: string; parties: string[]; status: string | null };
  events: TimelineEvent[];
}

export interface TimelineEvent {
  /** The day of the event: a past event date the article gives (a share move's session), else the publication day. */
  date: string;
  kind: string;
  status: string;
  stance?: string;
  percent?: number;
  direction?: string;
  label?: string;
  /** Who the event is about (a statement's speaker, the company whose shares moved...). */
  parties: string[];
  source: { url: string; publisher: string; publishedAt: string };
  evidence: string;
}

// "Share moves around its dates": sessions within this many days of a claim about the alliance.
const SHARE_MOVE_DAYS = 3;

/**
 * Alliance histories. An alliance is an agreement fact; its history is, oldest first:
 * - the claims of the agreement itself;
 * - the other claims of the same articles about its parties only (their statements, a launch or a
 *   label of theirs, a share move the article ties to the news);
 * - launches and certifications that name the alliance;
 * - share moves of its parties in the days around each claim about it.
 * Every step is an indexed lookup (fact key, fact_parties, claims by fact or article): the cost
 * follows the size of the alliance's history, not of the log.
 */
export async function timeline(
  db: Kysely<Database>,
  filters: QueryFilters = {},
  config?: Pick<Config, 'status'>,
): Promise<AllianceTimeline[]> {
  const window = timeWindowOf(filters);
  const range = publicationRange(filters);
  const facts = await findFacts(db, {
    kind: 'agreement',
    ...(filters.alliance ? { alliance: filters.alliance } : {}),
    ...(filters.parties ? { parties: filters.parties } : {}),
    ...(filters.limit ? { limit: filters.limit } : {}),
  });
  const result: AllianceTimeline[] = [];
  for (const fact of facts) {
    const history = await allianceHistory(db, fact, window);
    if (!history) continue;
    const { status } = await factStatus(db, fact, window, config);
    if (filters.status && status !== filters.status) continue;
    const events = history
      .filter((e) => !filters.kind || e.kind === filters.kind)
      .filter(
        (e) => (!range.from || e.published_at >= range.from) && (!range.to || e.published_at <= range.to),
      )
      .map(toEvent);
    const parties = parseParties(fact.parties);
    result.push({ alliance: { name: allianceDisplayName(fact.alliance, parties), parties, status }, events });
  }
  return result;
}

async function allianceHistory(
  db: Kysely<Database>,
  fact: FactRow,
  window: TimeWindow,
): Promise<ClaimEventRow[] | undefined> {
  const own = await claimEvents(db, window).where('claims.fact_id', '=', fact.id).execute();
  if (own.length === 0) return undefined;
  const parties = canonicalPartySet(parseParties(fact.parties));
  const name = fact.alliance ? normaliseName(fact.alliance) : undefined;
  const names = new Set([...parties, ...(name ? [name] : [])]);
  const byId = new Map(own.map((row) => [row.id, row]));
  const add = (rows: ClaimEventRow[]) => {
    for (const row of rows) byId.set(row.id, row);
  };

  const articleIds = [...new Set(own.map((row) => row.article_id))];
  const sameArticles = await inChunks(articleIds, (chunk) =>
    claimEvents(db, window)
      .where('claims.article_id', 'in', chunk)
      .where('claims.kind', '!=', 'agreement')
      .execute(),
  );
  add(
    sameArticles.filter((row) => {
      const speaks = canonicalPartySet(parseParties(row.parties));
      const named = row.alliance !== null && name !== undefined && normaliseName(row.alliance) === name;
      return named || (speaks.length > 0 && speaks.every((p) => names.has(p)));
    }),
  );

  if (name) {
    const naming = await db
      .selectFrom('fact_parties')
      .select('fact_id')
      .where('name', '=', name)
      .where('kind', 'in', ['launch', 'certification'])
      .execute();
    add(
      await claimsOfFacts(
        db,
        window,
        naming.map((r) => r.fact_id),
      ),
    );
  }

  const ranges = mergeRanges(own.map((row) => row.published_at));
  const moves = new Set<number>();
  for (const party of parties) {
    for (const [lo, hi] of ranges) {
      const rows = await db
        .selectFrom('fact_parties')
        .select('fact_id')
        .where('name', '=', party)
        .where('kind', '=', 'share_move')
        .where('first_published_at', '>=', lo)
        .where('first_published_at', '<=', hi)
        .execute();
      for (const r of rows) moves.add(r.fact_id);
    }
  }
  add(await claimsOfFacts(db, window, [...moves]));

  return [...byId.values()].sort((a, b) =>
    a.published_at < b.published_at ? -1 : a.published_at > b.published_at ? 1 : a.id - b.id,
  );
}

function claimsOfFacts(
  db: Kysely<Database>,
  window: TimeWindow,
  factIds: number[],
): Promise<ClaimEventRow[]> {
  return inChunks(factIds, (chunk) => claimEvents(db, window).where('claims.fact_id', 'in', chunk).execute());
}

/** Windows of ± SHARE_MOVE_DAYS around each date, overlapping ones merged. */
function mergeRanges(dates: string[]): Array<[string, string]> {
  const sorted = [...dates].sort();
  const ranges: Array<[string, string]> = [];
  for (const date of sorted) {
    const lo = shiftDays(date, -SHARE_MOVE_DAYS);
    const hi = shiftDays(date, SHARE_MOVE_DAYS);
    const last = ranges.at(-1);
    if (last && lo <= last[1]) last[1] = [hi, last[1]].sort()[1] as string;
    else ranges.push([lo, hi]);
  }
  return ranges;
}

function toEvent(row: ClaimEventRow): TimelineEvent {
  const day = row.published_at.slice(0, 10);
  const pastDay = row.event_date && /^\d{4}-\d{2}-\d{2}$/.test(row.event_date) && row.event_date <= day;
  return {
    date: pastDay ? (row.event_date as string) : day,
    kind: row.kind,
    status: row.status,
    ...(row.stance ? { stance: row.stance } : {}),
    ...(row.percent !== null && row.kind === 'share_move' ? { percent: row.percent } : {}),
    ...(row.direction ? { direction: row.direction } : {}),
    ...(row.label ? { label: row.label } : {}),
    parties: parseParties(row.parties),
    source: { url: row.url, publisher: row.publisher, publishedAt: row.published_at },
    evidence: row.evidence_text,
  };
}
