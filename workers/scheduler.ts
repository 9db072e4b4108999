// Entrypoint of a scheduler process (same as `vigie scheduler --config FILE`): one job scheduler per source.
import { runScheduler } from '../src/pipeline/run-processes.ts';
import { configFromArgv, log } from './config-from-argv.ts';

await runScheduler(configFromArgv('scheduler'), { log });
