import type { TimeWindow } from '../events/claims-for-status.ts';
import { endOf, startOf } from './query-dates.ts';

/** Filters shared by the queries, as the CLI and the web take them (dates as YYYY-MM-DD or ISO). */
export interface QueryFilters {
  /** An alliance name ("Bleu") or the parties of an unnamed one ("Amazon + Atos"). */
  alliance?: string;
  /** Every one of these parties must be in the fact. */
  parties?: string[];
  kind?: string;
  status?: string;
  /** Events published on or after this day. */
  from?: string;
  /** Events published on or before this day. */
  to?: string;
  /** Valid time: what had been published by then. */
  asOf?: string;
  /** Transaction time: what vigie had learned by then. */
  knownAt?: string;
  limit?: number;
}

export function timeWindowOf(filters: QueryFilters): TimeWindow {
  return {
    ...(filters.asOf ? { asOf: endOf(filters.asOf, '--as-of') } : {}),
    ...(filters.knownAt ? { knownAt: endOf(filters.knownAt, '--known-at') } : {}),
  };
}

export function isTimeTravel(window: TimeWindow): boolean {
  return window.asOf !== undefined || window.knownAt !== undefined;
}

export function publicationRange(filters: QueryFilters): { from?: string; to?: string } {
  return {
    ...(filters.from ? { from: startOf(filters.from, '--since') } : {}),
    ...(filters.to ? { to: endOf(filters.to, '--until') } : {}),
  };
}
