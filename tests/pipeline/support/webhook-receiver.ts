import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One POST as the receiver got it, and what it answered (null: held, never answered). */
export interface ReceivedRequest {
  key: string | undefined;
  signature: string | undefined;
  body: string;
  status: number | null;
}

export interface WebhookReceiver {
  url: string;
  requests(): ReceivedRequest[];
  /** Requests answered 2xx, by Idempotency-Key. */
  acceptedByKey(): Map<string, number>;
  close(): Promise<void>;
}

/** Whether `signature` is `sha256=<hex HMAC-SHA256 of body>` with `secret`, computed here independently. */
export function signatureMatches(body: string, signature: string | undefined, secret: string): boolean {
  if (!signature?.startsWith('sha256=')) return false;
  const expected = createHmac('sha256', secret).update(body, 'utf8').digest();
  const given = Buffer.from(signature.slice('sha256='.length), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A webhook endpoint on 127.0.0.1 that records every POST. The first `hold` requests are never answered
 * (a receiver hanging while the sender dies); every other one gets 200.
 */
export async function startWebhookReceiver(options: { hold?: number } = {}): Promise<WebhookReceiver> {
  const requests: ReceivedRequest[] = [];
  const held = new Set<ServerResponse>();
  let toHold = options.hold ?? 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const header = (name: string) => {
        const value = req.headers[name];
        return Array.isArray(value) ? value.join(',') : value;
      };
      const entry: ReceivedRequest = {
        key: header('idempotency-key'),
        signature: header('x-vigie-signature'),
        body: Buffer.concat(chunks).toString('utf8'),
        status: null,
      };
      requests.push(entry);
      if (req.method !== 'POST') {
        entry.status = 405;
        res.writeHead(405).end();
        return;
      }
      if (toHold > 0) {
        toHold--;
        held.add(res);
        res.once('close', () => held.delete(res));
        return;
      }
      entry.status = 200;
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/vigie`;
  return {
    url,
    requests: () => [...requests],
    acceptedByKey: () => {
      const counts = new Map<string, number>();
      for (const r of requests) {
        if (r.status !== null && r.status >= 200 && r.status < 300)
          counts.set(r.key ?? '', (counts.get(r.key ?? '') ?? 0) + 1);
      }
      return counts;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of held) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
