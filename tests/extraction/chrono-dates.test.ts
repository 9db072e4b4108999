import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/entities/fold-text.ts';
import { RULES } from '../../src/extraction/rules/load-rule-files.ts';
import {
  boundBefore,
  findDates,
  findRelativeDay,
  formatDay,
  parseDay,
} from '../../src/extraction/values/find-dates.ts';

const published = parseDay('2026-03-10') as NonNullable<ReturnType<typeof parseDay>>; // a Tuesday
const reference = new Date(Date.UTC(2026, 2, 10, 12));
const fr = RULES.fr;
const en = RULES.en;

function chronoDay(parser: chrono.Chrono, text: string): string | undefined {
  const r = parser.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })[0];
  if (r === undefined) return undefined;
  const d = r.start.date();
  return formatDay({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
}

/**
 * Days relative to a Tuesday publication: what vigie reads (the word lists) beside what chrono-node
 * reads. A market move is reported after it happened, so a weekday is the latest one on or before
 * publication; chrono takes the nearest one, forward or back, and is kept out of weekdays.
 */
describe('relative days: word lists beside chrono-node', () => {
  it.each([
    // text, language, what vigie gives, whether chrono gives the same day
    ['lundi', 'fr', '2026-03-09', true],
    ['hier', 'fr', '2026-03-09', true],
    ['la veille', 'fr', '2026-03-09', true],
    ["aujourd'hui", 'fr', '2026-03-10', true],
    ['dimanche', 'fr', '2026-03-08', true],
    ['mardi dernier', 'fr', '2026-03-03', true],
    ['vendredi', 'fr', '2026-03-06', false], // chrono: 2026-03-13, the coming Friday
    ['jeudi', 'fr', '2026-03-05', false], // chrono: 2026-03-12
    ['on Monday', 'en', '2026-03-09', true],
    ['yesterday', 'en', '2026-03-09', true],
    ['last Tuesday', 'en', '2026-03-03', true],
    ['the day before', 'en', '2026-03-09', true],
  ] as const)('"%s" (%s) -> %s; chrono agrees: %s', (text, lang, day, agrees) => {
    const rules = lang === 'fr' ? fr : en;
    expect(findRelativeDay(text, foldText(text), rules, published)?.date).toBe(day);
    const parser = lang === 'fr' ? chrono.fr.casual : chrono.en.casual;
    expect(chronoDay(parser, text) === day).toBe(agrees);
  });
});

describe('calendar dates: word lists first, chrono-node for what they miss', () => {
  const dates = (text: string, lang: 'fr' | 'en') =>
    findDates(foldText(text), lang === 'fr' ? fr : en, published).map((d) => [
      d.date,
      text.slice(d.index, d.end),
    ]);
  it.each([
    ['le 6 mars 2026', 'fr', [['2026-03-06', '6 mars 2026']]],
    ['dès le 1er septembre', 'fr', [['2026-09-01', '1er septembre']]],
    ['à partir du 1er sept. 2026', 'fr', [['2026-09-01', '1er sept. 2026']]],
    ['en mars 2022', 'fr', [['2022-03', 'mars 2022']]],
    ['en 2024', 'fr', [['2024', '2024']]],
    ['au second semestre 2025', 'fr', [['2025', '2025']]],
    ['vers la mi-2026', 'fr', [['2026', '2026']]],
    ['le 14/03/2022', 'fr', [['2022-03-14', '14/03/2022']]],
    ['from September 1', 'en', [['2026-09-01', 'September 1']]],
    ['available Sept. 1', 'en', [['2026-09-01', 'Sept. 1']]],
    ['on the 3rd of March', 'en', [['2026-03-03', '3rd of March']]],
    ['by Jan 15, 2027', 'en', [['2027-01-15', 'Jan 15, 2027']]],
    ['in March 2027', 'en', [['2027-03', 'March 2027']]],
    ['by mid-2026', 'en', [['2026', '2026']]],
  ] as const)('%s (%s)', (text, lang, expected) => {
    expect(dates(text, lang)).toEqual(expected);
  });

  it('reads no date in percentages, times or amounts that chrono would take for one', () => {
    expect(dates('le titre gagnait à 5,57 % mardi', 'fr')).toEqual([]);
    expect(dates('shares were up in May 5.2% higher', 'en')).toEqual([]);
    expect(dates('à 14h30, la séance reprenait', 'fr')).toEqual([]);
  });

  it('keeps bounds on partial dates', () => {
    const text = foldText("L'offre ne sera pas disponible avant 2024");
    const date = findDates(text, fr, published)[0];
    expect(date?.date).toBe('2024');
    expect(boundBefore(text.slice(0, date?.index), fr)).toBe('not_before');
  });

  it('reads a date at the end of a very long sentence', () => {
    const text = foldText(`${'le groupe a signé un accord avec un partenaire, '.repeat(4000)}le 6 mars 2026`);
    expect(findDates(text, fr, published).map((d) => d.date)).toEqual(['2026-03-06']);
  });
});
