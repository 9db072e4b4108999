import { z } from 'zod';
import { dateParam, kindParam, limitParam, partiesParam, statusParam } from '../http/query-params.ts';

/** What each endpoint takes; `.strict()` so that a misspelt parameter is a 400, not silently ignored. */
export const alliancesQuery = z
  .object({
    q: z.string().max(200).optional(),
    party: partiesParam.optional(),
    status: statusParam.optional(),
    asOf: dateParam.optional(),
    knownAt: dateParam.optional(),
  })
  .strict();

export const timelineQuery = z
  .object({
    asOf: dateParam.optional(),
    knownAt: dateParam.optional(),
    since: dateParam.optional(),
    until: dateParam.optional(),
    kind: kindParam.optional(),
  })
  .strict();

export const factsQuery = z
  .object({
    party: partiesParam.optional(),
    kind: kindParam.optional(),
    status: statusParam.optional(),
    since: dateParam.optional(),
    until: dateParam.optional(),
    asOf: dateParam.optional(),
    knownAt: dateParam.optional(),
    limit: limitParam.optional(),
  })
  .strict();

export const alertsQuery = z
  .object({
    party: partiesParam.optional(),
    alliance: z.string().trim().min(1).max(200).optional(),
    kind: kindParam.optional(),
    status: statusParam.optional(),
    since: dateParam.optional(),
    until: dateParam.optional(),
    limit: limitParam.optional(),
  })
  .strict();

export const emptyQuery = z.object({}).strict();

/** since <= until when both are given, so that an empty answer is never a typo's doing. */
export function checkRange(range: {
  since?: string | undefined;
  until?: string | undefined;
}): string | undefined {
  if (range.since && range.until && range.since.slice(0, 10) > range.until.slice(0, 10)) {
    return `since (${range.since}) is after until (${range.until})`;
  }
  return undefined;
}
