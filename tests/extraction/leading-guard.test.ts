import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseArticle } from '../../src/articles/parse-article.ts';
import { foldText } from '../../src/entities/fold-text.ts';
import { withLeadingGuard } from '../../src/extraction/rules/leading-guard.ts';

/** Every match of `source` in `text`: where, what, and each group. */
function matches(source: string, text: string): string[] {
  return [...text.matchAll(new RegExp(source, 'gu'))].map((m) => JSON.stringify([m.index, ...m]));
}

describe('withLeadingGuard: what a pattern opening on lookarounds must start with, put first', () => {
  it('puts the word boundary the pattern asserts, then its possible first characters, in front', () => {
    expect(withLeadingGuard("(?<!\\b(?:par|via) )\\b(?:satellites?|fusees?|l'engin)")).toBe(
      "\\b(?=[fls])(?<!\\b(?:par|via) )\\b(?:satellites?|fusees?|l'engin)",
    );
    // An optional first piece lets the next one open the match too.
    expect(withLeadingGuard('(?<=\\bconfirm(?:ed|s)? )(?:an? |the )?reports?')).toBe(
      '(?=[art])(?<=\\bconfirm(?:ed|s)? )(?:an? |the )?reports?',
    );
  });

  it('leaves alone what does not open on a lookaround, may match empty, or is not understood', () => {
    expect(withLeadingGuard('\\bpartenariats?\\b')).toBe('\\bpartenariats?\\b');
    expect(withLeadingGuard('(?<!pas )(?:confirme)?')).toBe('(?<!pas )(?:confirme)?');
    expect(withLeadingGuard('(?<!pas )(\\w)\\1')).toBe('(?<!pas )(\\w)\\1');
    expect(withLeadingGuard('(?<!pas )[^,]+ confirme')).toBe('(?<!pas )[^,]+ confirme');
  });

  it('finds the same matches and groups for every shipped pattern it guards, on the corpus sentences', () => {
    const sources: string[] = [];
    const collect = (value: unknown): void => {
      if (typeof value === 'string') sources.push(value);
      else if (typeof value === 'object' && value !== null)
        for (const inner of Object.values(value)) collect(inner);
    };
    for (const language of ['fr', 'en'])
      collect(
        parse(readFileSync(new URL(`../../src/extraction/rules/${language}.yaml`, import.meta.url), 'utf8')),
      );
    const guarded = sources.filter((s) => withLeadingGuard(s) !== s);
    expect(guarded.length).toBeGreaterThan(5);
    const texts: string[] = [];
    for (const dir of ['corpus', 'heldout']) {
      const url = new URL(`../../fixtures/${dir}/`, import.meta.url);
      for (const file of readdirSync(url).filter((f) => f.endsWith('.html')))
        texts.push(...foldText(parseArticle(readFileSync(new URL(file, url), 'utf8')).text).split('\n'));
    }
    let found = 0;
    for (const source of guarded) {
      for (const text of texts) {
        const expected = matches(source, text);
        found += expected.length;
        expect(matches(withLeadingGuard(source), text), `${source} on ${text}`).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(50);
  });
});
