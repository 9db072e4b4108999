import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFloor, tunedCorpora } from '../../bench/eval/floor.ts';
import { formatReport } from '../../bench/eval/format-report.ts';
import { loadCorpus } from '../../bench/eval/load-corpus.ts';
import { runCorpus } from '../../bench/eval/run-corpus.ts';
import { scoreRuns } from '../../bench/eval/score.ts';

// Every corpus the engine has been tuned on carries a floor.json (the figure reached, minus 0.02);
// a blind corpus has none until it is used for tuning.
const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const tuned = tunedCorpora(fixtures);

describe('claim extraction on the evaluation corpora', () => {
  it('has a floor for the main corpus', () => {
    expect(tuned).toContain('corpus');
  });

  it.each(tuned)('stays at or above the floor in fixtures/%s/floor.json', (name) => {
    const dir = join(fixtures, name);
    const floor = readFloor(dir);
    const report = scoreRuns(runCorpus(loadCorpus(dir)));
    // The figures go to the test output so a run shows how far above the floor the engine is.
    console.log(
      `fixtures/${name}\n${formatReport(report, false)}\nfloor: strict F1 ${floor.strictF1}, status accuracy ${floor.statusAccuracy}`,
    );
    expect(
      report.strict.f1,
      `strict F1 (npm run eval -- --corpus fixtures/${name} --verbose lists what went wrong)`,
    ).toBeGreaterThanOrEqual(floor.strictF1);
    expect(report.statusAccuracy.value, 'status accuracy on matched claims').toBeGreaterThanOrEqual(
      floor.statusAccuracy,
    );
  });
});
