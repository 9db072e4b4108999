import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type EntityConfig, entitySchema } from '../config/config-schema.ts';

/** The registry shipped with vigie, read once when the module is first imported. */
const file = new URL('./data/entities.yaml', import.meta.url);

export const SHIPPED_ENTITIES: readonly EntityConfig[] = Object.freeze(
  (parse(readFileSync(file, 'utf8')) as unknown[]).map((raw, i) => {
    const parsed = entitySchema.safeParse(raw ?? {});
    if (!parsed.success)
      throw new Error(`${file.pathname}: entry ${i + 1} is invalid: ${parsed.error.message}`);
    return parsed.data;
  }),
);
