import { mkdir, open } from 'node:fs/promises';
import { dirname } from 'node:path';
import { SinkError } from '../alert-delivery-error.ts';
import type { AlertSink } from './alert-sink.ts';

/** Appends one JSON line per alert and syncs it to disk before reporting success. */
export function fileSink(path: string, name: string): AlertSink {
  return {
    name,
    deliver: async (alert) => {
      try {
        await mkdir(dirname(path), { recursive: true });
        const file = await open(path, 'a');
        try {
          await file.appendFile(`${JSON.stringify(alert)}\n`, 'utf8');
          await file.sync();
        } finally {
          await file.close();
        }
      } catch (error) {
        throw new SinkError(`cannot append the alert to ${path}: ${(error as Error).message}`, true);
      }
    },
  };
}
