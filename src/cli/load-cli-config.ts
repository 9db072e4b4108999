import type { Config } from '../config/config-schema.ts';
import { ConfigError, loadConfigFile, parseConfig } from '../config/load-config.ts';
import { CliError } from './cli-error.ts';

/** Loads --config, or the embedded defaults when none is given; config errors become CLI errors. */
export function loadCliConfig(file: string | undefined): Config {
  try {
    return file ? loadConfigFile(file) : parseConfig({});
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}
