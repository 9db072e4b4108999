import type { AlertSinkConfig } from '../config/config-schema.ts';

/** The stable name of a sink, recorded on each delivery row: the same config gives the same names. */
export function sinkName(sink: AlertSinkConfig): string {
  switch (sink.type) {
    case 'stdout':
      return 'stdout';
    case 'file':
      return `file:${sink.path}`;
    case 'webhook':
      return `webhook:${sink.url}`;
    case 'email':
      return `email:${[sink.to].flat().join(',')}`;
  }
}
