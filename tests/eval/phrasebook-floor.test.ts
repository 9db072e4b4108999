import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadPhrasebook, PHRASEBOOK_DIR, runCase, scorePhrasebook } from '../../bench/eval/phrasebook.ts';

// The phrasebook was written blind of the engine; its floor (the pass rate reached, minus 0.02) holds
// what tuning won, so a rule change that breaks a phrasing elsewhere shows here.
const floorSchema = z.object({ passRate: z.number().min(0).max(1) }).strict();
const tuned = [
  PHRASEBOOK_DIR,
  join(PHRASEBOOK_DIR, '../phrasebook-2/'),
  join(PHRASEBOOK_DIR, '../phrasebook-3/'),
  join(PHRASEBOOK_DIR, '../phrasebook-4/'),
  join(PHRASEBOOK_DIR, '../phrasebook-5/'),
  join(PHRASEBOOK_DIR, '../phrasebook-6/'),
  join(PHRASEBOOK_DIR, '../phrasebook-7/'),
  join(PHRASEBOOK_DIR, '../phrasebook-8/'),
];

describe.each(tuned)('the phrasebook in %s', (dir) => {
  const floor = floorSchema.parse(JSON.parse(readFileSync(join(dir, 'floor.json'), 'utf8')));
  it(`passes at least ${floor.passRate} of its cases`, () => {
    const results = loadPhrasebook(dir).map(runCase);
    const report = scorePhrasebook(results);
    const failing = results.filter((r) => !r.passed).map((r) => `${r.case.theme}/${r.case.id}`);
    expect(report.cases).toBeGreaterThan(100);
    expect(report.passRate, `failing: ${failing.join(', ')}`).toBeGreaterThanOrEqual(floor.passRate);
  });
});
