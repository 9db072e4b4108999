import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { CLAIM_KINDS } from '../../extraction/claim.ts';

/** Query parameters that may be repeated (`?party=Atos&party=Amazon`); the others keep their last value. */
const LISTS = new Set(['party']);
/** The access token may ride on any URL (see access-guard.ts): it is not a query parameter. */
const IGNORED = new Set(['token']);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function isCalendarDay(value: string): boolean {
  const parsed = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** A day (YYYY-MM-DD) or an ISO timestamp with its zone, as the query layer takes them. */
export const dateParam = z
  .string()
  .refine(
    (v) => (DAY.test(v) && isCalendarDay(v)) || (INSTANT.test(v) && !Number.isNaN(Date.parse(v))),
    'expected a calendar date YYYY-MM-DD (or an ISO timestamp such as 2026-03-04T10:00:00Z)',
  );

export const statusParam = z.enum(['rumour', 'confirmed', 'denied']);
export const kindParam = z.enum(CLAIM_KINDS as [string, ...string[]]);
const name = z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters');
export const partiesParam = z.array(name).max(10, 'at most 10 parties');
export const limitParam = z.coerce.number().int().min(1).max(1000);

/** Reads the URL's query into `schema`; unknown parameters and bad values give a 400 that says which. */
export function parseQuery<S extends z.ZodType>(url: string, schema: S): z.infer<S> {
  const raw: Record<string, string | string[]> = {};
  for (const [key, value] of new URL(url).searchParams) {
    if (IGNORED.has(key)) continue;
    if (LISTS.has(key)) raw[key] = [...((raw[key] as string[] | undefined) ?? []), value];
    else raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw badRequest(describeIssues(parsed.error));
  return parsed.data;
}

/** A path segment that must be a positive integer id. */
export function parseId(value: string, what: string): number {
  if (!/^[1-9]\d{0,14}$/.test(value))
    throw badRequest(`${what} must be a positive integer, got ${JSON.stringify(value)}`);
  return Number(value);
}

export function badRequest(message: string): HTTPException {
  return new HTTPException(400, { message });
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys')
        return `unknown parameter ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
      const where = issue.path.length > 0 ? `parameter ${issue.path.join('.')}` : 'query';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}
