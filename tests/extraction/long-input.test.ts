import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/entities/fold-text.ts';
import { tokenise } from '../../src/entities/tokenise.ts';
import { extractClaims } from '../../src/extraction/extract-claims.ts';
import { RULES } from '../../src/extraction/rules/load-rule-files.ts';
import { splitSentences } from '../../src/extraction/split-sentences.ts';
import { findDates, findRelativeDay } from '../../src/extraction/values/find-dates.ts';

describe('long input', () => {
  it('cuts a run of text without full stops into bounded sentences with exact offsets', () => {
    const clause = 'Atos et Orange discutent encore de leur offre commune, ';
    const text = clause.repeat(200).trimEnd();
    const sentences = splitSentences(text, RULES.fr);
    expect(sentences.length).toBeGreaterThan(5);
    for (const s of sentences) {
      expect(s.text.length).toBeLessThanOrEqual(1000);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    // Nothing is lost: the pieces cover the text but for the spaces between them.
    expect(sentences.map((s) => s.text).join(' ')).toBe(text);
  });

  it('still reads a claim inside a page-long paragraph', () => {
    const filler = 'le marché reste calme et les volumes sont faibles, '.repeat(60);
    const text = `${filler}Thales et Airbus ont signé un partenariat dans les satellites, ${filler}`;
    const { claims } = extractClaims({ text, language: 'fr', publishedAt: '2026-03-06' });
    expect(claims.filter((c) => c.kind === 'agreement').map((c) => [...c.parties].sort())).toEqual([
      ['Airbus', 'Thales'],
    ]);
  });
});

describe('tokens and relative dates without a regex iterator or chrono', () => {
  it('tokenises letters, digits and single signs, any script', () => {
    const folded = foldText('L’offre — 4,8 % «Bleu» straße 𝐀b');
    expect(tokenise(folded).map((t) => t.text)).toEqual([
      'l',
      "'",
      'offre',
      '-',
      '4',
      ',',
      '8',
      '%',
      '«',
      'bleu',
      '»',
      'straße',
      '𝐀b',
    ]);
  });

  it('reads the same weekday as publication as that day, "dernier" as the week before', () => {
    const published = { y: 2026, m: 3, d: 6 }; // a Friday
    const day = (text: string) => findRelativeDay(text, foldText(text), RULES.fr, published)?.date;
    expect(day('vendredi')).toBe('2026-03-06');
    expect(day('vendredi dernier')).toBe('2026-02-27');
    expect(day('jeudi dernier')).toBe('2026-03-05');
    expect(day('avant-hier')).toBe('2026-03-04');
    const en = (text: string) => findRelativeDay(text, foldText(text), RULES.en, published)?.date;
    expect(en('last Friday')).toBe('2026-02-27');
    expect(en('on Sunday')).toBe('2026-03-01');
  });

  it('dates a day and month without a year in the publication year, or the next', () => {
    const at = (text: string, y: number, m: number) =>
      findDates(foldText(text), RULES.en, { y, m, d: 10 })[0]?.date;
    expect(at('from September 1', 2026, 3)).toBe('2026-09-01');
    expect(at('from February 1', 2026, 12)).toBe('2027-02-01');
    expect(findDates(foldText('le 15 juin'), RULES.fr, { y: 2026, m: 3, d: 6 })[0]?.date).toBe('2026-06-15');
    // A percentage after a month is not a day.
    expect(findDates(foldText('in May 5%'), RULES.en, { y: 2026, m: 3, d: 6 })).toEqual([]);
  });
});
