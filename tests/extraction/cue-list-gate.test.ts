import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/articles/parse-article.ts';
import { foldText } from '../../src/entities/fold-text.ts';
import { RULES } from '../../src/extraction/rules/load-rule-files.ts';
import { type Cue, firstCue, matchAll, mayMatchSome } from '../../src/extraction/rules/rule-set.ts';

/** Every folded sentence of every fixture page, of one language. */
function fixtureSentences(language: 'fr' | 'en'): string[] {
  const root = new URL('../../fixtures/', import.meta.url);
  const texts: string[] = [];
  for (const dir of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const url = new URL(`${dir.name}/`, root);
    for (const file of readdirSync(url).filter((f) => f.endsWith('.html'))) {
      const article = parseArticle(readFileSync(new URL(file, url), 'utf8'));
      if ((article.language ?? (file.startsWith('fr-') ? 'fr' : 'en')) !== language) continue;
      texts.push(...foldText(article.text).split(/(?<=[.!?])\s+/u));
    }
  }
  return texts;
}

function cueLists(value: unknown, out: Cue[][] = []): Cue[][] {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((c) => c?.re instanceof RegExp)) out.push(value as Cue[]);
  } else if (typeof value === 'object' && value !== null && !(value instanceof RegExp))
    for (const inner of Object.values(value)) cueLists(inner, out);
  return out;
}

describe('cue lists: the list-wide literal gate never drops a match', () => {
  for (const language of ['fr', 'en'] as const) {
    it(`finds in every ${language} fixture sentence what running every cue's regex finds`, () => {
      const texts = fixtureSentences(language);
      expect(texts.length).toBeGreaterThan(1000);
      let matched = 0;
      for (const list of cueLists(RULES[language])) {
        const own = list.map((cue) => ({ id: cue.id, re: new RegExp(cue.re.source, 'gu') }));
        for (const text of texts) {
          const direct = own.flatMap((cue) =>
            [...text.matchAll(cue.re)]
              .filter((m) => m[0].length > 0)
              .map((m) => `${cue.id}@${m.index}-${m.index + m[0].length}`),
          );
          const gated = matchAll(list, text).map((m) => `${m.id}@${m.index}-${m.end}`);
          expect(gated.sort(), text).toEqual(direct.sort());
          if (direct.length === 0) continue;
          matched++;
          expect(mayMatchSome(list, text), text).toBe(true);
          expect(firstCue(list, text), text).toBeDefined();
        }
      }
      expect(matched).toBeGreaterThan(500);
    });
  }
});
