import { readFileSync } from 'node:fs';
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
