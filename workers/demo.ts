// `npm run demo`: the fixture press site replayed day by day through the real pipeline.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replayDemo } from '../src/pipeline/demo-replay.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigie-demo-'));
try {
  await replayDemo({ database: join(dir, 'demo.sqlite'), out: process.stdout });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
