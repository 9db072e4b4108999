// `npm run demo [-- --serve [--port N]]`: the fixture press site replayed day by day through the real
// pipeline into ./data/demo.sqlite; with --serve, the web face stays up on it until Ctrl-C.
import { parseArgs } from 'node:util';
import { replayDemo } from '../src/cli/demo-replay.ts';

const { values } = parseArgs({
  options: { serve: { type: 'boolean', default: false }, port: { type: 'string' } },
});
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
  process.stderr.write(`npm run demo: --port must be a number from 0 to 65535, got ${values.port}\n`);
  process.exit(2);
}
await replayDemo({ serve: values.serve, ...(port === undefined ? {} : { port }) });
