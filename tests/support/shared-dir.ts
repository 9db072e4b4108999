import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project's shared folder (peer test data, the seed) sits beside the checkout as ../shared,
 * in development and in CI alike. VIGIE_SHARED_DIR overrides it.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_DIR = process.env.VIGIE_SHARED_DIR ?? join(root, '..', 'shared');

export function sharedPath(...parts: string[]): string {
  const path = join(SHARED_DIR, ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: the shared folder must sit beside the checkout (or set VIGIE_SHARED_DIR)`,
    );
  }
  return path;
}
