import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { extractClaims } from '../../src/extraction/extract-claims.ts';
import { type GoldClaim, goldClaimSchema } from './gold-article.ts';
import {
  type ArticleMatch,
  flattenClaim,
  matchArticle,
  type PredictedClaim,
  strictDifferences,
} from './match-claims.ts';

export const PHRASEBOOK_DIR = fileURLToPath(new URL('../../fixtures/phrasebook/', import.meta.url));

/**
 * One phrasebook case: a few sentences of press prose and every claim an analyst reads in them.
 * The evidence is optional in a case (the text is short): it defaults to the whole text.
 */
const caseSchema = z
  .object({
    id: z.string().min(1),
    lang: z.enum(['fr', 'en']),
    published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    title: z.string().optional(),
    /** The outlet, when the case is about its own name or share: it is never a party. */
    publisher: z.string().optional(),
    text: z.string().min(1),
    claims: z.array(z.record(z.string(), z.unknown())),
    note: z.string().optional(),
  })
  .strict();

export interface PhraseCase {
  theme: string;
  id: string;
  lang: 'fr' | 'en';
  published: string;
  title?: string;
  publisher?: string;
  text: string;
  claims: GoldClaim[];
  note?: string;
}

/** Every `*.yaml` of the folder; a malformed case stops the run with its file and id. */
export function loadPhrasebook(dir: string = PHRASEBOOK_DIR): PhraseCase[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const seen = new Set<string>();
  return files.flatMap((file) => {
    const theme = basename(file, '.yaml');
    const raw = parse(readFileSync(join(dir, file), 'utf8')) as unknown;
    if (!Array.isArray(raw)) throw new Error(`${file}: expected a list of cases`);
    return raw.map((entry, i) => {
      const parsed = caseSchema.safeParse(entry);
      if (!parsed.success) throw new Error(`${file}, case ${i + 1}: ${parsed.error.message}`);
      const { claims, ...rest } = parsed.data;
      if (seen.has(rest.id)) throw new Error(`${file}: case id ${rest.id} is used twice`);
      seen.add(rest.id);
      const gold = claims.map((claim, j) => {
        const checked = goldClaimSchema.safeParse({ evidence: rest.text, ...claim });
        if (!checked.success)
          throw new Error(`${file}, ${rest.id}, claim ${j + 1}: ${checked.error.message}`);
        return checked.data;
      });
      return { theme, ...rest, claims: gold } as PhraseCase;
    });
  });
}

export interface CaseResult {
  case: PhraseCase;
  predicted: PredictedClaim[];
  match: ArticleMatch;
  /** Matched pairs whose status or value differ, with how. */
  mismatches: Array<{ gold: GoldClaim; differences: string[] }>;
  passed: boolean;
}

/** A case passes when its claims are found exactly: no miss, no extra claim, no wrong status or value. */
export function runCase(c: PhraseCase): CaseResult {
  const { claims } = extractClaims({
    text: c.text,
    language: c.lang,
    publishedAt: c.published,
    ...(c.title === undefined ? {} : { title: c.title }),
    ...(c.publisher === undefined ? {} : { publisher: c.publisher }),
  });
  const predicted = claims.map(flattenClaim);
  const match = matchArticle(c.claims, predicted);
  const mismatches = [...match.pairs, ...match.optionalHits]
    .map((pair) => ({ gold: pair.gold, differences: strictDifferences(pair.gold, pair.predicted) }))
    .filter((m) => m.differences.length > 0);
  const passed = match.misses.length === 0 && match.falsePositives.length === 0 && mismatches.length === 0;
  return { case: c, predicted, match, mismatches, passed };
}

export interface ThemeScore {
  theme: string;
  cases: number;
  passed: number;
}

export interface PhrasebookReport {
  themes: ThemeScore[];
  cases: number;
  passed: number;
  passRate: number;
}

export function scorePhrasebook(results: readonly CaseResult[]): PhrasebookReport {
  const byTheme = new Map<string, ThemeScore>();
  for (const r of results) {
    const score = byTheme.get(r.case.theme) ?? { theme: r.case.theme, cases: 0, passed: 0 };
    score.cases += 1;
    if (r.passed) score.passed += 1;
    byTheme.set(r.case.theme, score);
  }
  const passed = results.filter((r) => r.passed).length;
  return {
    themes: [...byTheme.values()],
    cases: results.length,
    passed,
    passRate: results.length === 0 ? 0 : passed / results.length,
  };
}
