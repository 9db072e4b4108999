import { CliError } from './cli-error.ts';

/** A --port value: a whole number from 0 (any free port) to 65535. */
export function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535)
    throw new CliError(`--port must be a number from 0 to 65535, got ${JSON.stringify(value)}`);
  return port;
}
