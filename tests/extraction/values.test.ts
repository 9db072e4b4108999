import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/entities/fold-text.ts';
import { RULES } from '../../src/extraction/rules/load-rule-files.ts';
import { findDates, findRelativeDay, parseDay } from '../../src/extraction/values/find-dates.ts';
import { findAmount } from '../../src/extraction/values/parse-amount.ts';
import { findPercents } from '../../src/extraction/values/parse-percent.ts';

describe('percentages', () => {
  it.each([
    ['s’appréciait de 5,57 % lundi', 5.57],
    ['s’appréciait de 5,57\u202f% lundi', 5.57],
    ['a gagné 5,57\u00a0% lundi', 5.57],
    ['a gagné 5,57% lundi', 5.57],
    ['shares rose 3.2% on Tuesday', 3.2],
    ['up 4.1 percent', 4.1],
    ['en hausse de 12 pour cent', 12],
  ])('%s -> %d', (text, value) => {
    expect(findPercents(foldText(text)).map((p) => p.value)).toEqual([value]);
  });
});

describe('amounts', () => {
  it.each([
    ['pour 1,2 milliard d’euros', 1.2e9, 'EUR'],
    ['pour 300 millions de dollars', 3e8, 'USD'],
    ['valorisée 450 M€', 4.5e8, 'EUR'],
    ['for $2bn in cash', 2e9, 'USD'],
    ['for €1.5 billion', 1.5e9, 'EUR'],
    ['for £300m', 3e8, 'GBP'],
  ])('%s', (text, value, currency) => {
    expect(findAmount(foldText(text))).toEqual({ value, currency });
  });
});

describe('dates', () => {
  const published = parseDay('2021-12-14T08:00:00+01:00'); // a Tuesday
  const fr = RULES.fr;
  const en = RULES.en;
  it.each([
    ['en 2024', '2024'],
    ['au second semestre 2025', '2025'],
    ['en mars 2022', '2022-03'],
    ['le 14 mars 2022', '2022-03-14'],
    ['l’an prochain', '2022'],
  ])('fr %s -> %s', (text, date) => {
    expect(findDates(foldText(text), fr, published)[0]?.date).toBe(date);
  });
  it('reads English month dates', () => {
    expect(findDates(foldText('on March 3, 2026'), en, published)[0]?.date).toBe('2026-03-03');
    expect(findDates(foldText('in March 2025'), en, published)[0]?.date).toBe('2025-03');
  });
  it.each([
    ['lundi à la clôture', '2021-12-13'],
    ['hier', '2021-12-13'],
    ['la veille', '2021-12-13'],
    ['vendredi', '2021-12-10'],
    ['mardi', '2021-12-14'],
  ])('fr relative day "%s" in a Tuesday article -> %s', (text, date) => {
    expect(findRelativeDay(text, foldText(text), fr, published)?.date).toBe(date);
  });
  it('resolves English weekdays and needs a publication date', () => {
    expect(findRelativeDay('on Monday', foldText('on Monday'), en, published)?.date).toBe('2021-12-13');
    expect(findRelativeDay('lundi', 'lundi', fr, undefined)).toBeUndefined();
  });
  it('does not read percentages or ISO label years as dates', () => {
    expect(findDates(foldText('ISO 27001:2022 et 2024 %'), fr, published)).toEqual([]);
  });
});
