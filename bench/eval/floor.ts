import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CORPUS_DIR } from './load-corpus.ts';

const floorSchema = z
  .object({ strictF1: z.number().min(0).max(1), statusAccuracy: z.number().min(0).max(1) })
  .strict();

export type Floor = z.infer<typeof floorSchema>;

/** The figures below which the corpus test fails (fixtures/corpus/floor.json). */
export function readFloor(dir: string = CORPUS_DIR): Floor {
  return floorSchema.parse(JSON.parse(readFileSync(join(dir, 'floor.json'), 'utf8')));
}

/** Where a tuned corpus sorts: the main corpus, then heldout, then the blind ones in the order written. */
function rank(name: string): number {
  if (name === 'corpus') return 0;
  if (name === 'heldout') return 1;
  const blind = /^blind(?:-(\d+))?$/u.exec(name);
  return blind === null ? 10_000 : 1 + Number(blind[1] ?? 1);
}

/**
 * The article corpora the engine has been tuned on: every folder of `fixtures` with gold files and a
 * floor.json (a blind corpus gets one only once it is used for tuning), in the order they were written.
 */
export function tunedCorpora(fixtures: string): string[] {
  return goldCorpora(fixtures).filter((name) => existsSync(join(fixtures, name, 'floor.json')));
}

/**
 * The blind corpora no rule has been tuned on yet (gold files, no floor.json): the measure of how the
 * engine does on articles it has never seen. A corpus leaves this set the session it gets a floor.
 */
export function unseenCorpora(fixtures: string): string[] {
  return goldCorpora(fixtures).filter(
    (name) => /^blind-\d+$/u.test(name) && !existsSync(join(fixtures, name, 'floor.json')),
  );
}

function goldCorpora(fixtures: string): string[] {
  return (
    readdirSync(fixtures, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      // Phrasebooks carry a floor of their own kind (share of cases); an article corpus has gold files.
      .filter((d) => readdirSync(join(fixtures, d.name)).some((f) => f.endsWith('.gold.json')))
      .map((d) => d.name)
      .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
  );
}
