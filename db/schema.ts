import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The hand-written Kysely schema. Times are ISO-8601 strings in UTC on every dialect, so that
 * SQLite and PostgreSQL sort and compare them the same way; JSON columns are text.
 */
export interface Database {
  source_state: SourceStateTable;
  fetch_state: FetchStateTable;
  articles: ArticlesTable;
  job_failures: JobFailuresTable;
  claims: ClaimsTable;
  facts: FactsTable;
  transitions: TransitionsTable;
  alerts: AlertsTable;
  alert_deliveries: AlertDeliveriesTable;
  fact_parties: FactPartiesTable;
}

/** Health of each configured source (the sources themselves live in the config). */
export interface SourceStateTable {
  name: string; // primary key
  type: string;
  url: string;
  last_poll_at: string | null;
  last_ok_at: string | null;
  last_error: string | null;
  items_seen: number;
  articles_found: number;
  next_run_at: string | null;
}

/** What vigie knows of each URL it fetched: validators for conditional GET, last outcome. */
export interface FetchStateTable {
  url: string; // primary key
  etag: string | null;
  last_modified: string | null;
  last_status: number | null;
  last_error: string | null;
  last_fetched_at: string;
  /** Number of 304 answers received, to show that conditional GET works. */
  not_modified_count: Generated<number>;
}

export interface ArticlesTable {
  id: Generated<number>;
  url: string; // unique
  canonical_url: string;
  source_name: string | null;
  publisher: string;
  published_at: string | null;
  language: string | null;
  title: string;
  text: string;
  html: string | null;
  content_hash: string;
  simhash: string;
  /** Set when the article is a syndicated copy of an earlier one: it adds no claims. */
  duplicate_of: number | null;
  fetched_at: string;
  /** Set once claims extraction has run (even when it found none). */
  processed_at: string | null;
}

/** Jobs that kept failing after their retries, with the reason (`vigie failures`). */
export interface JobFailuresTable {
  id: Generated<number>;
  job_name: string;
  job_id: string;
  data: string; // JSON
  reason: string;
  attempts: number;
  failed_at: string;
}

/** The append-only event log: one row per claim read in one article. */
export interface ClaimsTable {
  id: Generated<number>;
  article_id: number;
  /** Position of the claim in its article: (article_id, claim_index) is unique. */
  claim_index: number;
  fact_id: number | null;
  kind: string;
  parties: string; // JSON string[]
  status: string;
  stance: string | null;
  alliance: string | null;
  label: string | null;
  issuer: string | null;
  percent: number | null;
  direction: string | null;
  event_date: string | null;
  attribution: string | null;
  evidence_text: string;
  evidence_start: number;
  evidence_end: number;
  /** The extraction rule that read the claim, for --explain and the web page. */
  rule: string | null;
  /** Denormalised from the article: the valid-time axis. */
  published_at: string;
  publisher: string;
  /** When vigie learned the claim: the transaction-time axis. */
  learned_at: string;
  /** Full claim as extracted (JSON), so nothing of the wire form is lost. */
  payload: string;
  /**
   * Set when the claim stopped counting: it was read from a syndicated copy and the story's original
   * (published earlier) replaced that copy. Retracted claims are kept but ignored by every status and
   * query (transaction time: known from learned_at until retracted_at).
   */
  retracted_at: string | null;
}

/** The same proposition across articles. Status is derived from claims; this row caches it. */
export interface FactsTable {
  id: Generated<number>;
  /** kind | sorted parties | label or value: unique. */
  fact_key: string;
  kind: string;
  parties: string; // JSON string[]
  alliance: string | null;
  label: string | null;
  status: string;
  confidence: number;
  first_published_at: string;
  last_changed_at: string | null;
  claim_count: number;
}

/** Every change of a fact's status, with the claim that caused it. */
export interface TransitionsTable {
  id: Generated<number>;
  fact_id: number;
  /** Identity of the transition, stable across recomputation: unique. */
  transition_key: string;
  from_status: string | null;
  to_status: string;
  claim_id: number;
  /** Publication time of the causing claim (valid time). */
  at: string;
  /** When vigie recorded it (transaction time). */
  recorded_at: string;
  /** Set when a late article rewrote history and this transition no longer holds. */
  superseded_at: string | null;
}

/** The outbox: written in the same transaction as the transition it reports. */
export interface AlertsTable {
  id: Generated<number>;
  transition_id: number; // unique
  fact_id: number;
  kind: string;
  alliance: string | null;
  parties: string; // JSON string[]
  from_status: string | null;
  to_status: string;
  at: string;
  evidence_url: string;
  publisher: string;
  quote: string;
  created_at: string;
}

export interface AlertDeliveriesTable {
  alert_id: number;
  /** A stable name for the sink, e.g. "webhook:https://…" (primary key with alert_id). */
  sink: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  last_error: string | null;
  delivered_at: string | null;
  /**
   * While a deliverer sends, the instant until which the delivery is its own (null otherwise): a claim
   * succeeds only on a pending row whose lease is absent or past (src/alerts/deliver-alert.ts).
   */
  lease_until: string | null;
}

/**
 * The names a fact answers to, for lookups: each party and the alliance name, in comparison form
 * (see src/events/normalise-name.ts). Maintained with the fact by the event log.
 */
export interface FactPartiesTable {
  name: string;
  kind: string;
  fact_id: number;
  /** Copied from the fact, so that "share moves of Atos around 2022-03-14" is one index range. */
  first_published_at: string;
}

export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticle = Insertable<ArticlesTable>;
export type ClaimRow = Selectable<ClaimsTable>;
export type NewClaim = Insertable<ClaimsTable>;
export type FactRow = Selectable<FactsTable>;
export type FactUpdate = Updateable<FactsTable>;
export type TransitionRow = Selectable<TransitionsTable>;
export type AlertRow = Selectable<AlertsTable>;
