import { describe, expect, it } from 'vitest';
import { readFloor } from '../../bench/eval/floor.ts';
import { formatReport } from '../../bench/eval/format-report.ts';
import { loadCorpus } from '../../bench/eval/load-corpus.ts';
import { runCorpus } from '../../bench/eval/run-corpus.ts';
import { scoreRuns } from '../../bench/eval/score.ts';

describe('claim extraction on the evaluation corpus', () => {
  it('stays at or above the floor in fixtures/corpus/floor.json', () => {
    const floor = readFloor();
    const report = scoreRuns(runCorpus(loadCorpus()));
    // The figures go to the test output so a run shows how far above the floor the engine is.
    console.log(
      `${formatReport(report, false)}\nfloor: strict F1 ${floor.strictF1}, status accuracy ${floor.statusAccuracy}`,
    );
    expect(
      report.strict.f1,
      'strict F1 (npm run eval -- --verbose lists what went wrong)',
    ).toBeGreaterThanOrEqual(floor.strictF1);
    expect(report.statusAccuracy.value, 'status accuracy on matched claims').toBeGreaterThanOrEqual(
      floor.statusAccuracy,
    );
  });
});
