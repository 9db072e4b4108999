import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/articles/parse-article.ts';
import { foldText } from '../../src/entities/fold-text.ts';
import { RULES } from '../../src/extraction/rules/load-rule-files.ts';
import {
  holdsLiteral,
  LiteralIndex,
  requiredLiteralSets,
  requiredLiterals,
} from '../../src/extraction/rules/required-literals.ts';
import type { Cue } from '../../src/extraction/rules/rule-set.ts';

const LANGUAGES = ['fr', 'en'] as const;
type Language = (typeof LANGUAGES)[number];

let sentences: Record<Language, string[]> | undefined;
/**
 * Every fixture page's folded sentences, by the page's language: a cue list is only ever run on
 * text of its own language, and parsing twelve hundred pages once serves both soundness tests.
 */
function fixtureSentences(): Record<Language, string[]> {
  if (sentences !== undefined) return sentences;
  const out: Record<Language, string[]> = { fr: [], en: [] };
  const dirs = readdirSync(new URL('../../fixtures/', import.meta.url), { withFileTypes: true });
  for (const dir of dirs.filter((d) => d.isDirectory())) {
    const url = new URL(`../../fixtures/${dir.name}/`, import.meta.url);
    for (const file of readdirSync(url).filter((f) => f.endsWith('.html'))) {
      const article = parseArticle(readFileSync(new URL(file, url), 'utf8'));
      const texts = foldText(article.text).split(/(?<=[.!?])\s+/u);
      // A page of no language found is read with both lists, as it could be.
      for (const lang of LANGUAGES)
        if (article.language === lang || article.language === undefined) out[lang].push(...texts);
    }
  }
  sentences = out;
  return out;
}

function shippedCues(lang: Language): Cue[] {
  const cues: Cue[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value) && value.every((c) => c?.re instanceof RegExp)) cues.push(...(value as Cue[]));
    else if (typeof value === 'object' && value !== null && !(value instanceof RegExp))
      for (const inner of Object.values(value)) collect(inner);
  };
  collect(RULES[lang]);
  return cues;
}

describe('requiredLiterals: what a cue pattern cannot match without', () => {
  it('joins the fixed parts of a pattern into the longest literals it needs', () => {
    expect(requiredLiterals('\\bpartenariats?\\b')).toEqual(['partenariat']);
    expect(requiredLiterals('\\b(?:signe|conclu)(?:nt)? un accord\\b')).toEqual([
      'signe un accord',
      'signent un accord',
      'conclu un accord',
      'conclunt un accord',
    ]);
    expect(requiredLiterals('\\btalks? with (?:\\w+ )?shareholders\\b')).toEqual(['shareholders']);
    expect(requiredLiterals('\\bdefen[cs]e alliance\\b')).toEqual(['defence alliance', 'defense alliance']);
  });

  it('takes one literal per branch of an alternation', () => {
    expect(requiredLiterals('\\bselon (?:nos|des) sources\\b|\\bde source sure\\b')).toEqual([
      'selon nos sources',
      'selon des sources',
      'de source sure',
    ]);
  });

  it('gives nothing when a branch needs no literal, so the regex always runs', () => {
    expect(requiredLiterals('\\w+ment\\b|\\d+')).toBeUndefined();
    expect(requiredLiterals('(?:rachat)?\\s+')).toBeUndefined();
    expect(requiredLiterals('(a)\\1')).toBeUndefined();
    expect(requiredLiterals('(?<who>\\w+) said')).toBeUndefined();
  });

  it('reads nothing from lookarounds, classes and escapes it cannot list', () => {
    expect(requiredLiterals('(?<!pas )confirme')).toEqual(['confirme']);
    expect(requiredLiterals('\\p{Lu}\\w+ rachete')).toEqual([' rachete']);
    expect(requiredLiterals('[a-z]+ \\u00e9t\\x65')).toEqual([' \u00e9te']);
  });

  it('is sound for every shipped cue on every fixture sentence', { timeout: 180_000 }, () => {
    let checked = 0;
    for (const lang of LANGUAGES) {
      const texts = fixtureSentences()[lang];
      expect(texts.length).toBeGreaterThan(500);
      for (const cue of shippedCues(lang)) {
        const needs = requiredLiterals(cue.re.source);
        if (needs === undefined) continue;
        const re = new RegExp(cue.re.source, 'u');
        for (const text of texts) {
          if (!re.test(text)) continue;
          checked++;
          expect(
            needs.some((l) => text.includes(l)),
            `${cue.id} on ${text}`,
          ).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

/** Whether `text` holds, for some alternative, one literal of every set (what a gate lets through). */
function passes(alternatives: readonly (readonly (readonly string[])[])[], text: string): boolean {
  return alternatives.some((sets) => sets.every((set) => set.some((l) => text.includes(l))));
}

describe('requiredLiteralSets: every set of literals a cue pattern needs, per top-level branch', () => {
  it('keeps the rarer words a sequence needs beside its best literal', () => {
    expect(requiredLiteralSets('\\baccords? (?:de |du )?(?:douaniers?|tarifaires?)\\b')).toEqual([
      [
        ['douanier', 'tarifaire'],
        ['accord ', 'accords '],
      ],
    ]);
    // A repeated group needs what one repetition needs; an optional one needs nothing.
    expect(requiredLiteralSets('\\bsign\\w+ (?:avec )?(?:un )+contrat\\b')).toEqual([
      [['contrat'], ['sign'], ['un ']],
    ]);
  });

  it('gives each top-level branch its own sets, and nothing when a branch needs nothing', () => {
    expect(requiredLiteralSets('\\brachetee? par\\b|\\bpasse\\w* sous (?:le )?giron\\b')).toEqual([
      [['rachete par', 'rachetee par']],
      [[' sous giron', ' sous le giron'], ['passe']],
    ]);
    expect(requiredLiteralSets('\\brachat\\b|\\d+')).toBeUndefined();
  });

  it('is sound for every shipped cue on every fixture sentence', { timeout: 180_000 }, () => {
    let checked = 0;
    for (const lang of LANGUAGES) {
      const texts = fixtureSentences()[lang];
      for (const cue of shippedCues(lang)) {
        const alternatives = requiredLiteralSets(cue.re.source);
        if (alternatives === undefined) continue;
        const re = new RegExp(cue.re.source, 'u');
        for (const text of texts) {
          if (!re.test(text)) continue;
          checked++;
          expect(passes(alternatives, text), `${cue.id} on ${text}`).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('LiteralIndex: every literal found in one pass', () => {
  it('finds overlapping and nested literals, and only those present', () => {
    const index = new LiteralIndex();
    const ids = ['rachat', 'achat', 'chat', 'accord', 'he'].map((l) => index.id(l));
    const found = index.found('le rachat du groupe');
    expect(ids.map((id) => holdsLiteral(found, id))).toEqual([true, true, true, false, false]);
    const other = index.found('un accord, enfin');
    expect(ids.map((id) => holdsLiteral(other, id))).toEqual([false, false, false, true, false]);
  });
});
