/**
 * `npm run eval`: claim extraction scored against the hand-written corpus in fixtures/corpus.
 *   --verbose  list every miss, false positive and strict mismatch
 *   --json     print the whole report as JSON (for scripts)
 */
import { formatReport } from './eval/format-report.ts';
import { loadCorpus } from './eval/load-corpus.ts';
import { runCorpus } from './eval/run-corpus.ts';
import { scoreRuns } from './eval/score.ts';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((arg) => arg !== '--verbose' && arg !== '--json');
if (unknown.length > 0) {
  process.stderr.write(`eval-claims: unknown option ${unknown.join(' ')} (known: --verbose, --json)\n`);
  process.exit(2);
}

const report = scoreRuns(runCorpus(loadCorpus()));
process.stdout.write(
  args.has('--json')
    ? `${JSON.stringify(report, null, 2)}\n`
    : `${formatReport(report, args.has('--verbose'))}\n`,
);
