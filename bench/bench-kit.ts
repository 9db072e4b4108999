/**
 * A tiny benchmark kit: every measurement runs beside its baseline in the same process and
 * run, and the report prints throughput and the ratio to the baseline, never absolute claims.
 */
export interface Measurement {
  name: string;
  ops: number;
  seconds: number;
  unit: string;
}

export interface BenchResult {
  title: string;
  baseline: Measurement;
  others: Measurement[];
  /** Aims from the issues, checked and printed (not asserted): name -> minimum ratio to the baseline. */
  aims?: Record<string, number>;
  notes?: string[];
}

export type BenchModule = () => Promise<BenchResult[]>;

/** Runs `fn` over `items` repeatedly for at least `minSeconds`, after one warm-up pass. */
export async function measure<T>(
  name: string,
  unit: string,
  items: readonly T[],
  fn: (item: T) => unknown,
  minSeconds = 2,
): Promise<Measurement> {
  for (const item of items) await fn(item);
  let ops = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minSeconds) {
    for (const item of items) await fn(item);
    ops += items.length;
    elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  }
  return { name, ops, seconds: elapsed, unit };
}

export function rate(m: Measurement): number {
  return m.ops / m.seconds;
}

export function formatResult(result: BenchResult): string {
  const base = rate(result.baseline);
  const lines = [`\n## ${result.title}`];
  const row = (m: Measurement) => {
    const ratio = rate(m) / base;
    const aim = result.aims?.[m.name];
    const verdict =
      aim === undefined ? '' : ratio >= aim ? `  (aim >= ${aim}x: met)` : `  (aim >= ${aim}x: NOT met)`;
    return `  ${m.name.padEnd(44)} ${rate(m).toFixed(1).padStart(10)} ${m.unit}/s   ${ratio.toFixed(2)}x${verdict}`;
  };
  lines.push(`${row(result.baseline)}   <- baseline`);
  for (const m of result.others) lines.push(row(m));
  for (const note of result.notes ?? []) lines.push(`  note: ${note}`);
  return lines.join('\n');
}
