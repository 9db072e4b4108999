import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ZodError } from 'zod';
import { type Config, configSchema } from './config-schema.ts';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** One line per problem: the path in the file, what was found wrong, what is expected. */
export function describeConfigIssues(error: ZodError, file: string): string {
  const lines = error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    return `  ${path}: ${issue.message}`;
  });
  return `invalid configuration in ${file}:\n${lines.join('\n')}`;
}

/** Validates a plain object; relative database and file paths resolve against `baseDir`. */
export function parseConfig(raw: unknown, file = '(inline)', baseDir = process.cwd()): Config {
  const result = configSchema.safeParse(raw ?? {});
  if (!result.success) throw new ConfigError(describeConfigIssues(result.error, file));
  const config = result.data;
  if (
    !/^postgres(ql)?:\/\//.test(config.database) &&
    config.database !== ':memory:' &&
    !isAbsolute(config.database)
  ) {
    config.database = resolve(baseDir, config.database);
  }
  for (const sink of config.alerts) {
    if (sink.type === 'file' && !isAbsolute(sink.path)) sink.path = resolve(baseDir, sink.path);
  }
  return deepFreeze(config);
}

export function loadConfigFile(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read configuration file ${file}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new ConfigError(`configuration file ${file} is not valid YAML: ${(error as Error).message}`);
  }
  return parseConfig(raw, file, dirname(resolve(file)));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
