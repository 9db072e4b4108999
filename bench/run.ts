import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BenchModule, formatResult } from './bench-kit.ts';

// Runs every bench/*.bench.ts (or the ones named on the command line) and prints their reports.
const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
  .sort();

console.log(`vigie benchmarks — node ${process.version}, ${new Date().toISOString()}`);
for (const file of files) {
  const mod = (await import(join(here, file))) as { default: BenchModule };
  process.stderr.write(`running ${file}...\n`);
  for (const result of await mod.default()) console.log(formatResult(result));
}
