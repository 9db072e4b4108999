import type { Config } from '../src/config/config-schema.ts';
import { loadConfigFile } from '../src/config/load-config.ts';

/** The configuration file named by the first argument or $VIGIE_CONFIG; these entrypoints need one. */
export function configFromArgv(what: string): Config {
  const file = process.argv[2] ?? process.env.VIGIE_CONFIG;
  if (!file) {
    process.stderr.write(`usage: tsx workers/${what}.ts CONFIG.yaml (or set VIGIE_CONFIG)\n`);
    process.exit(2);
  }
  return loadConfigFile(file);
}

export function log(line: string): void {
  process.stderr.write(`${new Date().toISOString()} ${line}\n`);
}
