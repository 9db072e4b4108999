// Entrypoint of a worker process (same as `vigie worker --config FILE`): runs jobs from Redis.
import { runWorker } from '../src/pipeline/run-processes.ts';
import { configFromArgv, log } from './config-from-argv.ts';

await runWorker(configFromArgv('worker'), { log });
