/**
 * `npm run eval`: claim extraction scored against hand-written corpora with gold claims.
 *   --corpus DIR  score this corpus (repeatable; default fixtures/corpus)
 *   --all         score every tuned corpus (a fixtures/ folder with a floor.json), then a summary
 *   --unseen      score every blind corpus not tuned on yet (no floor.json), then a summary with the
 *                 mean strict F1: the project's measure of extraction on articles it has never seen
 *   --verbose     list every miss, false positive and strict mismatch
 *   --json        print the report(s) as JSON (for scripts)
 *   --registry-names  score gold parties under their registry names (a view, never the CI figure)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tunedCorpora, unseenCorpora } from './eval/floor.ts';
import { formatReport } from './eval/format-report.ts';
import { loadCorpus } from './eval/load-corpus.ts';
import { withRegistryNames } from './eval/registry-names.ts';
import { runCorpus } from './eval/run-corpus.ts';
import { type EvalReport, scoreRuns } from './eval/score.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

function usage(message: string): never {
  process.stderr.write(
    `eval-claims: ${message} (known: --corpus DIR, --all, --unseen, --verbose, --json, --registry-names)\n`,
  );
  process.exit(2);
}

const argv = process.argv.slice(2);
const dirs: string[] = [];
let verbose = false;
let json = false;
let registryNames = false;
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '--verbose') verbose = true;
  else if (arg === '--json') json = true;
  else if (arg === '--registry-names') registryNames = true;
  else if (arg === '--all') dirs.push(...tunedCorpora(fixtures).map((name) => join(fixtures, name)));
  else if (arg === '--unseen') dirs.push(...unseenCorpora(fixtures).map((name) => join(fixtures, name)));
  else if (arg === '--corpus') {
    const dir = argv[++i];
    if (!dir) usage('--corpus needs a folder');
    if (!existsSync(dir)) usage(`no corpus folder ${dir}`);
    dirs.push(dir);
  } else usage(`unknown option ${arg}`);
}
if (dirs.length === 0) dirs.push(join(fixtures, 'corpus'));

const reports: Array<{ corpus: string; report: EvalReport }> = dirs.map((dir) => ({
  corpus: dir.replace(fixtures, 'fixtures/'),
  report: scoreRuns(runCorpus(registryNames ? withRegistryNames(loadCorpus(dir)) : loadCorpus(dir))),
}));

if (json) {
  const out = reports.length === 1 ? reports[0]?.report : reports;
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  for (const { corpus, report } of reports) {
    if (reports.length > 1) process.stdout.write(`\n=== ${corpus}\n`);
    process.stdout.write(`${formatReport(report, verbose)}\n`);
  }
  if (reports.length > 1) {
    process.stdout.write('\ncorpus                     strict P  strict R  strict F1  status accuracy\n');
    for (const { corpus, report } of reports) {
      const s = report.strict;
      process.stdout.write(
        `${corpus.padEnd(26)} ${s.precision.toFixed(3).padStart(8)}  ${s.recall.toFixed(3).padStart(8)}  ${s.f1
          .toFixed(3)
          .padStart(9)}  ${report.statusAccuracy.value.toFixed(3).padStart(15)}\n`,
      );
    }
    process.stdout.write(`${summaryLine(reports.map((r) => r.report))}\n`);
  }
}

/** Pooled counts (gold, strict TP, unmatched predictions) and the unweighted mean of the strict F1s. */
function summaryLine(all: EvalReport[]): string {
  const sum = (pick: (r: EvalReport) => number) => all.reduce((total, r) => total + pick(r), 0);
  const meanF1 = sum((r) => r.strict.f1) / all.length;
  return (
    `${all.length} corpora: gold ${sum((r) => r.overall.gold)}, strict TP ${sum((r) => r.overall.strictTp)}, ` +
    `false positives ${sum((r) => r.overall.predicted - r.overall.tp)}; mean strict F1 ${meanF1.toFixed(4)}`
  );
}
