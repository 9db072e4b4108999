import { alertLine } from '../alert-text.ts';
import type { AlertSink } from './alert-sink.ts';

export function stdoutSink(out: NodeJS.WritableStream = process.stdout): AlertSink {
  return {
    name: 'stdout',
    deliver: async (alert) => {
      await new Promise<void>((resolve, reject) =>
        out.write(`${alertLine(alert)}\n`, (e) => (e ? reject(e) : resolve())),
      );
    },
  };
}
