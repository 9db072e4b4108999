import * as chrono from 'chrono-node';
import type { RuleSet } from '../rules/rule-set.ts';
import { firstCue } from '../rules/rule-set.ts';

/** A calendar day, as stated by the article (no time zone arithmetic: the page's own day). */
export interface Day {
  y: number;
  m: number;
  d: number;
}

export interface DateMatch {
  /** "2022-03-14", "2022-03" or "2022". */
  date: string;
  index: number;
  end: number;
  precision: 'day' | 'month' | 'year';
}

const pad = (n: number) => String(n).padStart(2, '0');
export const formatDay = (day: Day) => `${day.y}-${pad(day.m)}-${pad(day.d)}`;

/** The day part of an ISO date or instant ("2021-12-14", "2021-12-14T08:00:00+01:00"). */
export function parseDay(iso: string | undefined): Day | undefined {
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (m === null) return undefined;
  const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return day.m >= 1 && day.m <= 12 && day.d >= 1 && day.d <= 31 ? day : undefined;
}

function dayToDate(day: Day): Date {
  return new Date(Date.UTC(day.y, day.m - 1, day.d, 12));
}
function dateToDay(date: Date): Day {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

interface DatePatterns {
  full: RegExp[];
  monthYear: RegExp;
  months: readonly string[];
}
const patternCache = new WeakMap<RuleSet, DatePatterns>();

function patternsFor(rules: RuleSet): DatePatterns {
  const known = patternCache.get(rules);
  if (known !== undefined) return known;
  const months = rules.dates.months;
  const alt = months.join('|');
  const patterns: DatePatterns = {
    months,
    full: [
      new RegExp(String.raw`\b(\d{1,2})(?:er|st|nd|rd|th)? (${alt}),? (\d{4})\b`, 'gu'),
      new RegExp(String.raw`\b(${alt}) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b`, 'gu'),
    ],
    monthYear: new RegExp(String.raw`\b(${alt}) (?:de |d'|of )?(\d{4})\b`, 'gu'),
  };
  patternCache.set(rules, patterns);
  return patterns;
}

const YEAR =
  /(?<![\d:/.,-]|\d )\b((?:19|20)\d{2})\b(?!\s?%|[\d,.]\d| ?(?:euros?|dollars?|salaries|employees|emplois|postes))/gu;
const ISO_DAY = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/gu;
const SLASH_DAY = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/gu;

function overlaps(list: DateMatch[], index: number, end: number): boolean {
  return list.some((d) => index < d.end && end > d.index);
}

/** Absolute and partial dates in folded text, in text order. */
export function findDates(folded: string, rules: RuleSet, published?: Day): DateMatch[] {
  const p = patternsFor(rules);
  const out: DateMatch[] = [];
  const push = (date: string, index: number, end: number, precision: DateMatch['precision']) => {
    if (!overlaps(out, index, end)) out.push({ date, index, end, precision });
  };
  for (const m of folded.matchAll(ISO_DAY)) push(m[0], m.index, m.index + m[0].length, 'day');
  for (const m of folded.matchAll(SLASH_DAY)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [day, month] = rules.language === 'en' ? [b, a] : [a, b];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      push(`${m[3]}-${pad(month)}-${pad(day)}`, m.index, m.index + m[0].length, 'day');
  }
  for (const re of p.full) {
    for (const m of folded.matchAll(re)) {
      const numericFirst = /^\d/.test(m[1] as string);
      const day = Number(numericFirst ? m[1] : m[2]);
      const month = p.months.indexOf((numericFirst ? m[2] : m[1]) as string) + 1;
      if (day >= 1 && day <= 31)
        push(`${m[3]}-${pad(month)}-${pad(day)}`, m.index, m.index + m[0].length, 'day');
    }
  }
  for (const m of folded.matchAll(p.monthYear)) {
    push(`${m[2]}-${pad(p.months.indexOf(m[1] as string) + 1)}`, m.index, m.index + m[0].length, 'month');
  }
  for (const m of folded.matchAll(YEAR)) push(m[1] as string, m.index, m.index + m[0].length, 'year');
  if (published !== undefined) {
    const next = rules.dates.nextYear.exec(folded);
    if (next !== null) push(String(published.y + 1), next.index, next.index + next[0].length, 'year');
    const current = rules.dates.thisYear.exec(folded);
    if (current !== null) push(String(published.y), current.index, current.index + current[0].length, 'year');
  }
  return out.sort((a, b) => a.index - b.index);
}

/**
 * Days given relative to the publication ("lundi", "hier", "on Tuesday"), each resolved to the most
 * recent such day on or before publication. chrono-node is only called when a cue is present.
 */
export function findRelativeDays(
  original: string,
  folded: string,
  rules: RuleSet,
  published: Day | undefined,
): DateMatch[] {
  if (published === undefined || !rules.dates.relativeDay.test(folded)) return [];
  const parser = rules.language === 'fr' ? chrono.fr : chrono.en;
  const ref = new Date(published.y, published.m - 1, published.d, 12);
  const limit = dayToDate(published).getTime();
  const out: DateMatch[] = [];
  for (const result of parser.parse(original, ref, { forwardDate: false })) {
    const c = result.start;
    if (!c.isCertain('weekday') && !c.isCertain('day')) continue;
    let date = dayToDate({
      y: c.get('year') ?? published.y,
      m: c.get('month') ?? published.m,
      d: c.get('day') ?? 1,
    });
    // A move is reported after it happened: a weekday later than publication is last week's.
    while (date.getTime() > limit && c.isCertain('weekday') && !c.isCertain('day')) {
      date = new Date(date.getTime() - 7 * 86_400_000);
    }
    out.push({
      date: formatDay(dateToDay(date)),
      index: result.index,
      end: result.index + result.text.length,
      precision: 'day',
    });
  }
  return out;
}

/** The first relative day in the text (see findRelativeDays). */
export function findRelativeDay(
  original: string,
  folded: string,
  rules: RuleSet,
  published: Day | undefined,
): DateMatch | undefined {
  return findRelativeDays(original, folded, rules, published)[0];
}

/** Whether the words just before a date make it a bound ("pas avant 2024", "d'ici 2025"). */
export function boundBefore(prefix: string, rules: RuleSet): 'not_before' | 'not_after' | undefined {
  if (firstCue(rules.launch.notBefore, prefix) !== undefined) return 'not_before';
  if (firstCue(rules.launch.notAfter, prefix) !== undefined) return 'not_after';
  return undefined;
}
