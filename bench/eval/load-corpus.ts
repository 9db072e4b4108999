import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBody } from '../../src/fetching/decode-body.ts';
import type { GoldArticle } from './gold-article.ts';
import { goldArticleSchema } from './gold-article.ts';

export const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));

export interface CorpusArticle {
  gold: GoldArticle;
  html: string;
}

/** Reads every `<id>.gold.json` with its `<id>.html`; a malformed gold file stops the run with its name. */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusArticle[] {
  const ids = readdirSync(dir)
    .filter((name) => name.endsWith('.gold.json'))
    .map((name) => name.slice(0, -'.gold.json'.length))
    .sort();
  return ids.map((id) => {
    const goldPath = join(dir, `${id}.gold.json`);
    const parsed = goldArticleSchema.safeParse(JSON.parse(readFileSync(goldPath, 'utf8')));
    if (!parsed.success) {
      throw new Error(
        `${goldPath} does not follow the gold format (see fixtures/corpus/README.md): ${parsed.error.message}`,
      );
    }
    return { gold: { id, ...parsed.data }, html: readPage(join(dir, `${id}.html`)) };
  });
}

/** A page decoded as the fetcher would (declared charset, else UTF-8 or Windows-1252), not assumed UTF-8. */
export function readPage(path: string): string {
  return decodeBody(readFileSync(path)).text;
}
