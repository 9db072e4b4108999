// Entrypoint of an all-in-one process (same as `vigie start --config FILE`): scheduler and workers.
import { runStart } from '../src/pipeline/run-processes.ts';
import { configFromArgv, log } from './config-from-argv.ts';

await runStart(configFromArgv('start'), { log });
