/**
 * `npx tsx bench/profile-extraction.ts [--mode full|extract|parse] [--passes N] [--top N] [--out FILE]`:
 * where the time of the bench's path goes, in steady state. The corpus pages (fixtures/corpus) are read
 * `--passes` times after eight warm-up passes, under the V8 sampling profiler, and the samples of the
 * measured passes are summed by self time: by function, by regex (each compiled pattern is its own code,
 * shown by its source) and by the function that called the regexes. `--out` keeps the raw
 * .cpuprofile for a closer look.
 *
 * Shares, not times: on a shared machine a run's speed follows the load, but the share of each part
 * moves much less. The profiler starts before the engine is imported, so that regex code compiled at
 * start-up is known by its source; the warm-up samples are then left out by their time stamps.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({
  options: {
    mode: { type: 'string', default: 'full' },
    passes: { type: 'string', default: '20' },
    top: { type: 'string', default: '30' },
    out: { type: 'string' },
  },
});
const passes = Number(values.passes);
const top = Number(values.top);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 250 });
await session.post('Profiler.start');

const { parseArticle } = await import('../src/articles/parse-article.ts');
const { extractClaims } = await import('../src/extraction/extract-claims.ts');

const dir = new URL('../fixtures/corpus/', import.meta.url);
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((f) => ({ html: readFileSync(new URL(f, dir), 'utf8'), fallback: f.startsWith('fr-') ? 'fr' : 'en' }));
const texts = pages.map((p) => {
  const a = parseArticle(p.html);
  return { text: a.text, language: (a.language ?? p.fallback) as 'fr' | 'en', title: a.title };
});
const runs: Record<string, () => void> = {
  full: () => {
    for (const p of pages) {
      const a = parseArticle(p.html);
      extractClaims({ text: a.text, language: (a.language ?? p.fallback) as 'fr' | 'en', title: a.title });
    }
  },
  extract: () => {
    for (const t of texts) extractClaims(t);
  },
  parse: () => {
    for (const p of pages) parseArticle(p.html);
  },
};
const run = runs[values.mode as string];
if (run === undefined) throw new Error(`profile-extraction: unknown mode ${values.mode}`);

for (let i = 0; i < 8; i++) run();
// The profiler's time stamps are microseconds of the same monotonic clock as hrtime.
const steadyFrom = Number(process.hrtime.bigint() / 1000n);
const cpu = process.cpuUsage();
for (let i = 0; i < passes; i++) run();
const used = process.cpuUsage(cpu);
const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
if (values.out !== undefined) writeFileSync(values.out, JSON.stringify(profile));

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const counts = new Map<number, number>();
let at = profile.startTime;
let total = 0;
for (const [i, id] of profile.samples.entries()) {
  at += profile.timeDeltas[i] ?? 0;
  if (at < steadyFrom) continue;
  counts.set(id, (counts.get(id) ?? 0) + 1);
  total++;
}

const where = (n: ProfileNode) =>
  `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\/(src|node_modules|bench)\//, '$1/')}`;
const REGEX = 'RegExp: ';
const functions = new Map<string, number>();
const regexes = new Map<string, number>();
const regexCallers = new Map<string, number>();
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
let regexTotal = 0;
for (const [id, count] of counts) {
  const node = byId.get(id) as ProfileNode;
  const name = node.callFrame.functionName;
  if (name.startsWith(REGEX)) {
    regexTotal += count;
    add(regexes, name.slice(REGEX.length, REGEX.length + 110), count);
    const caller = byId.get(parent.get(id) ?? -1);
    add(regexCallers, caller === undefined ? '(unknown)' : where(caller), count);
  } else add(functions, where(node), count);
}

const share = (v: number) => `${((100 * v) / total).toFixed(1).padStart(5)}%`;
const list = (title: string, m: Map<string, number>) => {
  process.stdout.write(`\n${title}\n`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`${share(v)}  ${k}\n`);
};
process.stdout.write(
  `${values.mode}: ${pages.length} pages x ${passes} passes, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU, ` +
    `${total} samples; regex code ${share(regexTotal).trim()} of them\n`,
);
list('self time by function (regex code apart)', functions);
list('self time by regex', regexes);
list('regex time by calling function', regexCallers);
