import type { RuleSet } from '../rules/rule-set.ts';
import { firstCue } from '../rules/rule-set.ts';
import { chronoDates } from './chrono-dates.ts';

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
  /** A day and a month without a year ("1er septembre", "June 15"): the publication's year. */
  dayMonth: RegExp[];
  monthYear: RegExp;
  months: readonly string[];
  /** Any month's name, anywhere: the patterns above all need one, and most sentences name none. */
  anyMonth: RegExp;
}
const patternCache = new WeakMap<RuleSet, DatePatterns>();

function patternsFor(rules: RuleSet): DatePatterns {
  const known = patternCache.get(rules);
  if (known !== undefined) return known;
  const months = rules.dates.months;
  const alt = months.join('|');
  const patterns: DatePatterns = {
    months,
    anyMonth: new RegExp(alt, 'u'),
    full: [
      new RegExp(String.raw`\b(\d{1,2})(?:er|st|nd|rd|th)? (${alt}),? (\d{4})\b`, 'gu'),
      new RegExp(String.raw`\b(${alt}) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b`, 'gu'),
    ],
    dayMonth: [
      new RegExp(String.raw`\b(\d{1,2})(?:er|st|nd|rd|th)? (${alt})\b(?!,? \d)`, 'gu'),
      new RegExp(String.raw`\b(${alt}) (\d{1,2})(?:st|nd|rd|th)?\b(?!,? \d|\s?%|[.,]\d)`, 'gu'),
    ],
    monthYear: new RegExp(String.raw`\b(${alt}) (?:de |d'|of )?(\d{4})\b`, 'gu'),
  };
  patternCache.set(rules, patterns);
  return patterns;
}

const YEAR =
  /(?<![\d:/.,]|\d-|\d )\b((?:19|20)\d{2})\b(?!\s?%|[\d,.]\d| ?(?:euros?|dollars?|salaries|employees|emplois|postes))/gu;
const ISO_DAY = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/gu;
const SLASH_DAY = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/gu;

function overlaps(list: DateMatch[], index: number, end: number): boolean {
  return list.some((d) => index < d.end && end > d.index);
}

/** Adds a date unless an earlier one holds its words. A module function: no closure is made per call. */
function pushDate(
  out: DateMatch[],
  date: string,
  index: number,
  end: number,
  precision: DateMatch['precision'],
) {
  if (!overlaps(out, index, end)) out.push({ date, index, end, precision });
}

/** Absolute and partial dates in folded text, in text order. */
const DIGIT = /\d/u;

/** "le mois prochain", "starting in September": months given without a year, after the written dates. */
function relativeMonths(folded: string, rules: RuleSet, published: Day, out: DateMatch[]): void {
  const next = rules.dates.nextMonth.exec(folded);
  if (next !== null) {
    const month = (published.m % 12) + 1;
    pushDate(
      out,
      `${month === 1 ? published.y + 1 : published.y}-${pad(month)}`,
      next.index,
      next.index + next[0].length,
      'month',
    );
  }
  // The bare-month pattern needs a month's name: a sentence naming none is not scanned.
  if (!patternsFor(rules).anyMonth.test(folded)) return;
  for (const m of folded.matchAll(rules.dates.bareMonth)) {
    const month = rules.dates.months.indexOf(m[1] as string) + 1;
    const start = m.index + m[0].length - (m[1] as string).length;
    // A month already past at publication is next year's ("from February" in a November article).
    pushDate(
      out,
      `${month < published.m ? published.y + 1 : published.y}-${pad(month)}`,
      start,
      m.index + m[0].length,
      'month',
    );
  }
}

/** The last month of a period named without a year ("second semestre", "third quarter"). */
const PERIOD_END: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:premier|1er|first|1st) (?:trimestre|quarter)\b/u, 3],
  [/\b(?:second|deuxieme|2e|2nd) (?:trimestre|quarter)\b/u, 6],
  [/\b(?:troisieme|3e|third|3rd) (?:trimestre|quarter)\b/u, 9],
  [/\b(?:premier|1er|first|1st) (?:semestre|half)\b/u, 6],
];

/** The year of "cette année"-like words: a period already over at publication is next year's. */
function currentYear(words: string, published: Day): string {
  const end = PERIOD_END.find(([re]) => re.test(words))?.[1];
  return String(end !== undefined && end < published.m ? published.y + 1 : published.y);
}

export function findDates(folded: string, rules: RuleSet, published?: Day): DateMatch[] {
  const out: DateMatch[] = [];
  // Every written date has a digit; only "l'an prochain", "cette année" and the like do without.
  if (!DIGIT.test(folded)) {
    if (published === undefined) return out;
    relativeMonths(folded, rules, published, out);
    const next = rules.dates.nextYear.exec(folded);
    if (next !== null)
      out.push({
        date: String(published.y + 1),
        index: next.index,
        end: next.index + next[0].length,
        precision: 'year',
      });
    const current = rules.dates.thisYear.exec(folded);
    if (
      current !== null &&
      !out.some((d) => current.index < d.end && current.index + current[0].length > d.index)
    )
      out.push({
        date: currentYear(current[0], published),
        index: current.index,
        end: current.index + current[0].length,
        precision: 'year',
      });
    return out.sort((a, b) => a.index - b.index);
  }
  const p = patternsFor(rules);
  for (const m of folded.matchAll(ISO_DAY)) pushDate(out, m[0], m.index, m.index + m[0].length, 'day');
  for (const m of folded.matchAll(SLASH_DAY)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [day, month] = rules.language === 'en' ? [b, a] : [a, b];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31)
      pushDate(out, `${m[3]}-${pad(month)}-${pad(day)}`, m.index, m.index + m[0].length, 'day');
  }
  const namesMonth = p.anyMonth.test(folded);
  for (const re of namesMonth ? p.full : []) {
    for (const m of folded.matchAll(re)) {
      const numericFirst = /^\d/.test(m[1] as string);
      const day = Number(numericFirst ? m[1] : m[2]);
      const month = p.months.indexOf((numericFirst ? m[2] : m[1]) as string) + 1;
      if (day >= 1 && day <= 31)
        pushDate(out, `${m[3]}-${pad(month)}-${pad(day)}`, m.index, m.index + m[0].length, 'day');
    }
  }
  if (published !== undefined && namesMonth) {
    for (const re of p.dayMonth) {
      for (const m of folded.matchAll(re)) {
        const numericFirst = /^\d/.test(m[1] as string);
        const day = Number(numericFirst ? m[1] : m[2]);
        const month = p.months.indexOf((numericFirst ? m[2] : m[1]) as string) + 1;
        if (day < 1 || day > 31) continue;
        // Half a year or more before publication reads as next year's ("from February 1" in December).
        const year = month + 6 <= published.m ? published.y + 1 : published.y;
        pushDate(out, `${year}-${pad(month)}-${pad(day)}`, m.index, m.index + m[0].length, 'day');
      }
    }
  }
  for (const m of namesMonth ? folded.matchAll(p.monthYear) : []) {
    pushDate(
      out,
      `${m[2]}-${pad(p.months.indexOf(m[1] as string) + 1)}`,
      m.index,
      m.index + m[0].length,
      'month',
    );
  }
  // What the word lists miss ("sept. 1", "the 3rd of March"), before bare years claim the digits.
  for (const d of chronoDates(folded, rules, published, out))
    pushDate(out, d.date, d.index, d.end, d.precision);
  for (const m of folded.matchAll(YEAR))
    pushDate(out, m[1] as string, m.index, m.index + m[0].length, 'year');
  if (published !== undefined) {
    relativeMonths(folded, rules, published, out);
    const next = rules.dates.nextYear.exec(folded);
    if (next !== null)
      pushDate(out, String(published.y + 1), next.index, next.index + next[0].length, 'year');
    const current = rules.dates.thisYear.exec(folded);
    if (current !== null)
      pushDate(
        out,
        currentYear(current[0], published),
        current.index,
        current.index + current[0].length,
        'year',
      );
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Words naming the day before another day: relative to a weekday named just before them, if any. */
const EVE = new Set(['la veille', 'the day before']);
/**
 * Words naming the day after another day ("le lendemain", "the next day"): only relative to a day named just
 * before them. Without one they point to a day of an earlier sentence, never to the day after publication.
 */
const NEXT = new Set([
  'le lendemain',
  'la seance suivante',
  'the next day',
  'the following day',
  'the next session',
  'the following session',
]);

/**
 * Days given relative to the publication ("lundi", "hier", "on Tuesday"), each resolved to the most
 * recent such day on or before publication (a market move is reported after it happened).
 * `original` is the very text `folded` was folded from (same offsets): it tells a weekday's capital.
 */
export function findRelativeDays(
  original: string,
  folded: string,
  rules: RuleSet,
  published: Day | undefined,
): DateMatch[] {
  if (published === undefined) return [];
  const { relativeDay, weekdays, dayOffsets, last } = rules.dates;
  const out: DateMatch[] = [];
  const base = dayToDate(published).getTime();
  // 0 = Monday, like the rule files' weekday lists.
  const publishedWeekday = (dayToDate(published).getUTCDay() + 6) % 7;
  const named: { index: number; end: number }[] = [];
  relativeDay.lastIndex = 0;
  for (const m of folded.matchAll(relativeDay)) {
    const word = m[0];
    const end = m.index + word.length;
    let offset = dayOffsets.get(word);
    const weekday = weekdays.indexOf(word);
    if (weekday >= 0 && inTitle(original, m.index, end)) continue;
    if (offset === undefined && weekday >= 0) {
      offset = -((publishedWeekday - weekday + 7) % 7);
      const lastWeek =
        last.test(folded.slice(end, end + 16)) || last.test(folded.slice(Math.max(0, m.index - 8), m.index));
      if (offset === 0 && lastWeek) offset = -7;
    }
    if (offset === undefined) continue;
    // "a cédé 2,8 % mercredi, après un plongeon la veille": the eve of the day just named, not of publication.
    // "had surged 12% on Tuesday, gave back 8% the next day": the morrow of the day just named.
    const anchor =
      EVE.has(word) || NEXT.has(word)
        ? out.filter((d) => named.some((n) => n.index === d.index)).at(-1)
        : undefined;
    if (anchor === undefined && NEXT.has(word)) continue;
    if (anchor !== undefined)
      offset += Math.round((Date.parse(`${anchor.date}T12:00:00Z`) - base) / 86_400_000);
    out.push({
      date: formatDay(dateToDay(new Date(base + offset * 86_400_000))),
      index: m.index,
      end,
      precision: 'day',
    });
    if (weekday >= 0 || offset !== 0) named.push({ index: m.index, end });
  }
  // "in early trading on Monday", "lundi en fin de matinée": a time of day next to a named day is that day's.
  return out.filter(
    (d) =>
      named.some((n) => n.index === d.index) ||
      !named.some((n) => n.index - d.end <= 24 && d.index - n.end <= 24),
  );
}

/**
 * "a Sunday Times report", "The Sunday Meridian reported": a capitalised weekday after an article and before
 * another capitalised word is part of a newspaper's (or a newsletter's) name, not a day.
 */
const ARTICLE_BEFORE = /\b(?:[Aa]n?|[Tt]he)\s+$/u;
const CAPITAL_AFTER = /^\s+\p{Lu}\p{Ll}/u;
function inTitle(original: string, start: number, end: number): boolean {
  return (
    /^\p{Lu}/u.test(original.slice(start, end)) &&
    ARTICLE_BEFORE.test(original.slice(Math.max(0, start - 6), start)) &&
    CAPITAL_AFTER.test(original.slice(end, end + 4))
  );
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

/**
 * Whether the words just before a date make it a bound ("pas avant 2024", "d'ici 2025"). `within`:
 * the text `prefix` is cut from (see `firstCue`).
 */
export function boundBefore(
  prefix: string,
  rules: RuleSet,
  within?: string,
): 'not_before' | 'not_after' | undefined {
  if (firstCue(rules.launch.notBefore, prefix, within) !== undefined) return 'not_before';
  if (firstCue(rules.launch.notAfter, prefix, within) !== undefined) return 'not_after';
  return undefined;
}
