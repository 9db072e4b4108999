import * as chrono from 'chrono-node';
import type { RuleSet } from '../rules/rule-set.ts';
import type { DateMatch, Day } from './find-dates.ts';

const PARSERS: Record<string, chrono.Chrono> = { fr: chrono.fr.casual, en: chrono.en.casual };

/**
 * Whether a text may hold a calendar date the word lists miss ("sept. 1", "the 3rd of March"):
 * a month's first three letters next to a number. Chrono is slow; this keeps it off most sentences.
 */
const gates = new WeakMap<RuleSet, RegExp>();
function gateFor(rules: RuleSet): RegExp {
  let gate = gates.get(rules);
  if (gate === undefined) {
    const stems = [...new Set(rules.dates.months.map((m) => m.slice(0, 3)))].join('|');
    gate = new RegExp(String.raw`\d(?:\w{0,2}|\w{0,2} of) (?:${stems})|\b(?:${stems})\w*\.? \d`, 'gu');
    gates.set(rules, gate);
  }
  return gate;
}

interface Span {
  start: number;
  end: number;
}

/**
 * The stretches around each gate match the word lists left unread, widened to word bounds and merged: chrono reads a few dozen
 * characters per possible date, so a huge sentence costs no more than its dates.
 */
function windows(folded: string, gate: RegExp, covered: readonly { index: number; end: number }[]): Span[] {
  const out: Span[] = [];
  gate.lastIndex = 0;
  for (let m = gate.exec(folded); m !== null; m = gate.exec(folded)) {
    const at = m.index;
    // A month the word lists already read ("6 mars 2026") needs no second reading.
    if (covered.some((c) => at < c.end && at + (m as RegExpExecArray)[0].length > c.index)) continue;
    let start = Math.max(0, m.index - 24);
    let end = Math.min(folded.length, m.index + m[0].length + 24);
    while (start > 0 && folded[start - 1] !== ' ') start--;
    while (end < folded.length && folded[end] !== ' ') end++;
    const last = out.at(-1);
    if (last !== undefined && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
    gate.lastIndex = Math.max(gate.lastIndex, end);
  }
  return out;
}

const NUMBER_GOES_ON = /^(?:\s?%|[.,]\d)/u;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Calendar days and months read by chrono-node (French or English), for what the word lists of
 * findDates do not cover. A day without a year takes the year the word lists give it, so both
 * readers agree: the publication's year, or the next one for a month half a year or more before it.
 * Weekdays and times of day are left out: chrono reads "vendredi" in a Tuesday article as the coming
 * Friday and "à 5,57 %" as five o'clock, where the article means the past Friday and a percentage.
 */
export function chronoDates(
  folded: string,
  rules: RuleSet,
  published: Day | undefined,
  covered: readonly { index: number; end: number }[],
): DateMatch[] {
  const parser = PARSERS[rules.language];
  if (parser === undefined) return [];
  const reference =
    published === undefined ? new Date() : new Date(Date.UTC(published.y, published.m - 1, published.d, 12));
  const out: DateMatch[] = [];
  for (const w of windows(folded, gateFor(rules), covered)) {
    for (const r of parser.parse(folded.slice(w.start, w.end), { instant: reference, timezone: 0 })) {
      const known = r.start;
      if (!known.isCertain('month')) continue;
      const month = known.get('month') as number;
      let year = known.isCertain('year') ? (known.get('year') as number) : undefined;
      const index = w.start + r.index;
      const end = index + r.text.length;
      // "in May 5%": a number that runs on into a percentage or a decimal is no day.
      if (NUMBER_GOES_ON.test(folded.slice(end, end + 3))) continue;
      if (known.isCertain('day')) {
        if (year === undefined) {
          if (published === undefined) continue;
          year = month + 6 <= published.m ? published.y + 1 : published.y;
        }
        const date = `${year}-${pad(month)}-${pad(known.get('day') as number)}`;
        out.push({ date, index, end, precision: 'day' });
      } else if (year !== undefined) {
        out.push({ date: `${year}-${pad(month)}`, index, end, precision: 'month' });
      }
    }
  }
  return out;
}
