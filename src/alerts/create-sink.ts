import type { AlertSinkConfig, Config } from '../config/config-schema.ts';
import { sinkName } from '../events/sink-name.ts';
import type { AlertSink } from './sinks/alert-sink.ts';
import { emailSink } from './sinks/email-sink.ts';
import { fileSink } from './sinks/file-sink.ts';
import { stdoutSink } from './sinks/stdout-sink.ts';
import { webhookSink } from './sinks/webhook-sink.ts';

export interface SinkOptions {
  /** Where the stdout sink writes (default process.stdout). */
  stdout?: NodeJS.WritableStream;
  /** Per-request timeout for webhooks and SMTP (default config.network.timeoutMs). */
  timeoutMs?: number;
}

export function createSink(sink: AlertSinkConfig, config: Config, options: SinkOptions = {}): AlertSink {
  const name = sinkName(sink);
  const timeoutMs = options.timeoutMs ?? config.network.timeoutMs;
  switch (sink.type) {
    case 'stdout':
      return stdoutSink(options.stdout);
    case 'file':
      return fileSink(sink.path, name);
    case 'webhook':
      return webhookSink(
        {
          url: sink.url,
          format: sink.format,
          timeoutMs,
          userAgent: config.network.userAgent,
          ...(sink.secret ? { secret: sink.secret } : {}),
        },
        name,
      );
    case 'email':
      return emailSink({ to: sink.to, from: sink.from, smtp: sink.smtp, timeoutMs }, name);
  }
}
