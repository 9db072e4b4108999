import { QueryError } from './query-error.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The last instant a date bound covers: "2022-03-14" means the whole day (UTC); a full timestamp is
 * taken as given. Used for --as-of, --known-at and --until.
 */
export function endOf(value: string, flag: string): string {
  return DAY.test(value) ? `${checked(value, flag)}T23:59:59.999Z` : instant(value, flag);
}

/** The first instant a date bound covers (--since). */
export function startOf(value: string, flag: string): string {
  return DAY.test(value) ? `${checked(value, flag)}T00:00:00.000Z` : instant(value, flag);
}

function checked(day: string, flag: string): string {
  const parsed = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== day) {
    throw new QueryError(`${flag} ${day} is not a calendar date: use YYYY-MM-DD`);
  }
  return day;
}

function instant(value: string, flag: string): string {
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) {
    throw new QueryError(
      `${flag} ${JSON.stringify(value)} is not a date: use YYYY-MM-DD or an ISO timestamp`,
    );
  }
  return parsed.toISOString();
}

export function shiftDays(iso: string, days: number): string {
  return new Date(new Date(iso).getTime() + days * 86_400_000).toISOString();
}
