/**
 * `npm run name-swap`: how much of the engine's score on a corpus rests on the names it was tuned on.
 * Every invented company of each article is renamed (page and gold alike) with fresh invented words,
 * several times over; a robust engine scores the same. Real companies of the registry keep their names.
 *   --corpus DIR  this corpus (repeatable; default: every tuned corpus)
 *   --seeds N     renamings per article (default 3)
 *   --verbose     list the gold claims found under the real names but lost under another
 *   --json        figures as JSON
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEntityRegistry } from '../src/entities/entity-registry.ts';
import { tunedCorpora } from './eval/floor.ts';
import { type CorpusArticle, loadCorpus } from './eval/load-corpus.ts';
import { runCorpus } from './eval/run-corpus.ts';
import { scoreRuns } from './eval/score.ts';
import { applySwaps, planSwaps, type Swap, swapArticle, takenIn } from './eval/swap-names.ts';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const rulesDir = fileURLToPath(new URL('../src/extraction/rules/', import.meta.url));

function usage(message: string): never {
  process.stderr.write(`name-swap: ${message} (known: --corpus DIR, --seeds N, --verbose, --json)\n`);
  process.exit(2);
}

const argv = process.argv.slice(2);
const dirs: string[] = [];
let seeds = 3;
let verbose = false;
let json = false;
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '--verbose') verbose = true;
  else if (arg === '--json') json = true;
  else if (arg === '--seeds') {
    seeds = Number(argv[++i]);
    if (!Number.isInteger(seeds) || seeds < 1) usage('--seeds needs a whole number >= 1');
  } else if (arg === '--corpus') {
    const dir = argv[++i];
    if (!dir || !existsSync(dir)) usage(`no corpus folder ${dir ?? ''}`);
    dirs.push(dir);
  } else usage(`unknown option ${arg}`);
}
if (dirs.length === 0) dirs.push(...tunedCorpora(fixtures).map((name) => join(fixtures, name)));

const registry = createEntityRegistry();
// The rule files are folded once; each page is folded once per corpus, not once per seed.
const inRules = takenIn(['fr.yaml', 'en.yaml'].map((f) => readFileSync(join(rulesDir, f), 'utf8')));
const key = (c: { article: string; kind: string; evidence: string }) =>
  `${c.article}|${c.kind}|${c.evidence}`;

interface Row {
  corpus: string;
  renamed: number;
  strictF1: number;
  swappedF1: number[];
  lost: string[];
}

const rows: Row[] = [];
for (const dir of dirs) {
  const corpus = loadCorpus(dir);
  const original = scoreRuns(runCorpus(corpus));
  const missedBefore = new Set(original.misses.map(key));
  const inPages = corpus.map((article) => takenIn([article.html]));
  const row: Row = {
    corpus: dir.replace(fixtures, 'fixtures/'),
    renamed: 0,
    strictF1: original.strict.f1,
    swappedF1: [],
    lost: [],
  };
  for (let seed = 1; seed <= seeds; seed++) {
    const plans = new Map<string, Swap[]>();
    const swapped: CorpusArticle[] = corpus.map((article, i) => {
      const inPage = inPages[i] as (word: string) => boolean;
      const taken = (word: string) => inRules(word) || inPage(word);
      const swaps = planSwaps(article.gold, registry, taken, seed * 1000 + i);
      plans.set(article.gold.id, swaps);
      if (seed === 1) row.renamed += swaps.length;
      return swapArticle(article, swaps);
    });
    const report = scoreRuns(runCorpus(swapped));
    row.swappedF1.push(report.strict.f1);
    for (const miss of report.misses) {
      const swaps = plans.get(miss.article) ?? [];
      const back = applySwaps(
        miss.evidence,
        swaps.map(({ from, to }) => ({ from: to, to: from })),
      );
      if (missedBefore.has(key({ ...miss, evidence: back }))) continue;
      const names = swaps.map((s) => `${s.from}→${s.to}`).join(', ');
      row.lost.push(
        `  seed ${seed}  ${miss.article}  ${miss.kind} [${miss.parties.join(', ')}]  «${miss.evidence}»  (${names})`,
      );
    }
  }
  rows.push(row);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
if (json) {
  process.stdout.write(
    `${JSON.stringify(
      rows.map((r) => ({ ...r, swappedMean: mean(r.swappedF1) })),
      null,
      2,
    )}\n`,
  );
} else {
  process.stdout.write(
    `corpus                     names  strict F1  renamed (mean of ${seeds})  change  lost claims\n`,
  );
  for (const r of rows) {
    const m = mean(r.swappedF1);
    process.stdout.write(
      `${r.corpus.padEnd(26)} ${String(r.renamed).padStart(5)}  ${r.strictF1.toFixed(3).padStart(9)}  ${m
        .toFixed(3)
        .padStart(19)}  ${(m - r.strictF1).toFixed(3).padStart(6)}  ${String(r.lost.length).padStart(11)}\n`,
    );
    if (verbose && r.lost.length > 0) process.stdout.write(`${r.lost.join('\n')}\n`);
  }
  const all = rows.map((r) => mean(r.swappedF1) - r.strictF1);
  if (rows.length > 1)
    process.stdout.write(`mean change ${mean(all).toFixed(3)} over ${rows.length} corpora\n`);
}
