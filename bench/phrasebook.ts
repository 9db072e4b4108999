/**
 * `npm run phrasebook`: the engine on short, phenomenon-level cases written blind of it
 * (fixtures/phrasebook/*.yaml). A case passes when its claims come out exactly.
 *   --dir DIR     another phrasebook folder
 *   --theme NAME  only the cases of one file (repeatable)
 *   --verbose     print every failing case: text, expected and predicted claims
 *   --json        the report and the failing case ids as JSON
 */
import { existsSync } from 'node:fs';
import type { GoldClaim } from './eval/gold-article.ts';
import type { PredictedClaim } from './eval/match-claims.ts';
import {
  type CaseResult,
  loadPhrasebook,
  PHRASEBOOK_DIR,
  runCase,
  scorePhrasebook,
} from './eval/phrasebook.ts';

function usage(message: string): never {
  process.stderr.write(`phrasebook: ${message} (known: --dir DIR, --theme NAME, --verbose, --json)\n`);
  process.exit(2);
}

const argv = process.argv.slice(2);
let dir = PHRASEBOOK_DIR;
const themes: string[] = [];
let verbose = false;
let json = false;
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i];
  if (arg === '--verbose') verbose = true;
  else if (arg === '--json') json = true;
  else if (arg === '--dir') {
    const value = argv[++i];
    if (!value || !existsSync(value)) usage(`no phrasebook folder ${value ?? ''}`);
    dir = value;
  } else if (arg === '--theme') {
    const value = argv[++i];
    if (!value) usage('--theme needs a file name without .yaml');
    themes.push(value);
  } else usage(`unknown option ${arg}`);
}

const cases = loadPhrasebook(dir).filter((c) => themes.length === 0 || themes.includes(c.theme));
if (cases.length === 0)
  usage(`no case found in ${dir}${themes.length > 0 ? ` for ${themes.join(', ')}` : ''}`);
const results = cases.map(runCase);
const report = scorePhrasebook(results);
const failing = results.filter((r) => !r.passed);

if (json) {
  process.stdout.write(`${JSON.stringify({ ...report, failing: failing.map((r) => r.case.id) }, null, 2)}\n`);
} else {
  const pct = (n: number, d: number) => (d === 0 ? '  -  ' : `${((100 * n) / d).toFixed(1)}%`);
  const lines = [
    `vigie phrasebook — ${report.cases} cases`,
    '',
    'theme                          cases  passed',
  ];
  for (const t of report.themes)
    lines.push(`${t.theme.padEnd(30)} ${String(t.cases).padStart(5)}  ${pct(t.passed, t.cases).padStart(6)}`);
  for (const lang of ['fr', 'en'] as const) {
    const own = results.filter((r) => r.case.lang === lang);
    lines.push(
      `${`language ${lang}`.padEnd(30)} ${String(own.length).padStart(5)}  ${pct(own.filter((r) => r.passed).length, own.length).padStart(6)}`,
    );
  }
  lines.push(
    `${'all'.padEnd(30)} ${String(report.cases).padStart(5)}  ${pct(report.passed, report.cases).padStart(6)}`,
  );
  if (verbose) for (const r of failing) lines.push('', ...describe(r));
  else if (failing.length > 0) lines.push('', `${failing.length} failing cases (--verbose lists them)`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

function show(claim: GoldClaim | PredictedClaim): string {
  const values = [
    'stance',
    'percent',
    'direction',
    'eventDate',
    'bound',
    'label',
    'issuer',
    'alliance',
    'attribution',
  ]
    .filter((key) => (claim as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${key}=${String((claim as Record<string, unknown>)[key])}`);
  return `${claim.kind} [${claim.parties.join(', ')}] ${claim.status}${values.length > 0 ? ` ${values.join(' ')}` : ''}`;
}

function describe(r: CaseResult): string[] {
  const c = r.case;
  const out = [`✗ ${c.theme}/${c.id} (${c.lang}, ${c.published})${c.note ? ` — ${c.note}` : ''}`];
  if (c.title) out.push(`  title: ${c.title}`);
  out.push(`  text: ${c.text.replace(/\s+/g, ' ').trim()}`);
  for (const m of r.match.misses) out.push(`  missed:    ${show(m)}`);
  for (const p of r.match.falsePositives) out.push(`  extra:     ${show(p)}`);
  for (const m of r.mismatches) out.push(`  mismatch:  ${show(m.gold)}: ${m.differences.join(', ')}`);
  return out;
}
