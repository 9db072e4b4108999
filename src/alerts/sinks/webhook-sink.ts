import { createHmac } from 'node:crypto';
import { SinkError } from '../alert-delivery-error.ts';
import type { AlertJson } from '../alert-json.ts';
import { alertHeadline, alertLine } from '../alert-text.ts';
import type { AlertSink } from './alert-sink.ts';

export interface WebhookOptions {
  url: string;
  secret?: string;
  format: 'json' | 'slack';
  timeoutMs: number;
  userAgent: string;
}

/** The key a receiver deduplicates on: the same alert always carries the same key, retry or not. */
export function idempotencyKey(alert: Pick<AlertJson, 'id'>): string {
  return `vigie-alert-${alert.id}`;
}

/** `sha256=<hex>`: HMAC-SHA256 of the exact body bytes with the shared secret. */
export function signature(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

export function slackBody(alert: AlertJson): { text: string; blocks: unknown[] } {
  return {
    text: alertLine(alert),
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: `*${alertHeadline(alert)}*` } },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: `> ${alert.evidence.quote.replace(/\s+/g, ' ').trim()}` },
      },
      {
        type: 'context',
        elements: [
          { type: 'mrkdwn', text: `<${alert.evidence.url}|${alert.evidence.publisher}> · ${alert.at}` },
        ],
      },
    ],
  };
}

/**
 * POSTs the alert. 2xx = delivered; 408, 429, 5xx and network errors are worth retrying; any other
 * answer means the receiver refuses this request as it is, so retrying would not help.
 */
export function webhookSink(options: WebhookOptions, name: string): AlertSink {
  return {
    name,
    deliver: async (alert) => {
      const body = JSON.stringify(options.format === 'slack' ? slackBody(alert) : alert);
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'user-agent': options.userAgent,
        'idempotency-key': idempotencyKey(alert),
      };
      if (options.secret) headers['x-vigie-signature'] = signature(body, options.secret);
      let response: Response;
      try {
        response = await fetch(options.url, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
        throw new SinkError(`webhook ${options.url} could not be reached: ${cause}`, true);
      }
      await response.body?.cancel().catch(() => {});
      if (response.ok) return;
      const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
      throw new SinkError(
        `webhook ${options.url} answered HTTP ${response.status}${retryable ? '' : ' (not retried: fix the receiver or the URL)'}`,
        retryable,
      );
    },
  };
}
