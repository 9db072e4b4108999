import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertDeliveryError, PermanentAlertError } from '../../src/alerts/alert-delivery-error.ts';
import { deliverAlert } from '../../src/alerts/deliver-alert.ts';
import { pendingAlertIds } from '../../src/alerts/pending-alert-ids.ts';
import type { Config } from '../../src/config/config-schema.ts';
import { recordArticleClaims } from '../../src/events/record-article-claims.ts';
import {
  addArticle,
  claims,
  dialects,
  openTestStore,
  type TestStore,
  testConfig,
} from '../events/fixtures.ts';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1 that answers with the statuses it is given, in order (then 200). */
async function receiver(
  statuses: number[] = [],
): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(statuses.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, server };
}

/** The mail body as written: nodemailer sends non-ASCII text quoted-printable. */
function quotedPrintable(data: string): string {
  const joined = data.replace(/=\r?\n/g, '');
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

let store: TestStore;
const servers: Array<{ close: (cb: () => void) => unknown }> = [];
let counter = 0;

/** Records a rumour then its confirmation under `config`, and returns the alert raised. */
async function raiseAlert(config: Config): Promise<number> {
  counter += 1;
  const parties = [`Orbite ${counter}`, `Cumulus ${counter}`];
  await recordArticleClaims(
    store.db,
    await addArticle(store.db, 'JDN', '2022-09-01T07:00:00.000Z'),
    [claims.agreement(parties, 'rumour')],
    config,
  );
  const confirmed = await recordArticleClaims(
    store.db,
    await addArticle(store.db, `Orbite ${counter}`, '2022-09-05T07:00:00.000Z'),
    [
      claims.agreement(parties, 'confirmed', {
        text: `Orbite ${counter} et Cumulus ${counter} officialisent leur alliance.`,
      }),
    ],
    config,
  );
  expect(confirmed.alertIds).toHaveLength(1);
  return confirmed.alertIds[0] as number;
}

beforeAll(async () => {
  store = await openTestStore(dialects.sqlite as never);
});
afterAll(async () => {
  for (const s of servers) await new Promise<void>((resolve) => s.close(() => resolve()));
  await store?.close();
});

describe('deliverAlert', () => {
  it('posts the alert JSON with an idempotency key and an HMAC signature', async () => {
    const hook = await receiver();
    servers.push(hook.server);
    const config = testConfig(store.url, { alerts: [{ type: 'webhook', url: hook.url, secret: 's3cret' }] });
    const id = await raiseAlert(config);
    const report = await deliverAlert(store.db, id, config);
    expect(report).toEqual({ delivered: [`webhook:${hook.url}`], failed: [] });
    expect(hook.received).toHaveLength(1);
    const [request] = hook.received;
    const body = JSON.parse(request?.body ?? '{}');
    expect(body).toEqual({
      id,
      kind: 'agreement',
      alliance: `Orbite ${counter} + Cumulus ${counter}`,
      parties: [`Orbite ${counter}`, `Cumulus ${counter}`],
      from: 'rumour',
      to: 'confirmed',
      at: '2022-09-05T07:00:00.000Z',
      evidence: {
        url: expect.stringMatching(/^https:\/\/press\.test\//),
        publisher: `Orbite ${counter}`,
        quote: `Orbite ${counter} et Cumulus ${counter} officialisent leur alliance.`,
      },
    });
    expect(request?.headers['idempotency-key']).toBe(`vigie-alert-${id}`);
    const expected = createHmac('sha256', 's3cret')
      .update(request?.body ?? '')
      .digest('hex');
    expect(request?.headers['x-vigie-signature']).toBe(`sha256=${expected}`);
    expect(request?.headers['content-type']).toBe('application/json');
  });

  it('retries a failing webhook and delivers each sink exactly once', async () => {
    const hook = await receiver([500]);
    servers.push(hook.server);
    const file = join(mkdtempSync(join(tmpdir(), 'vigie-alerts-')), 'out', 'alerts.jsonl');
    const out = new PassThrough();
    let printed = '';
    out.on('data', (chunk) => (printed += chunk));
    const config = testConfig(store.url, {
      alerts: [{ type: 'webhook', url: hook.url }, { type: 'file', path: file }, { type: 'stdout' }],
    });
    const id = await raiseAlert(config);
    expect(await pendingAlertIds(store.db)).toContain(id);

    const first = deliverAlert(store.db, id, config, { stdout: out });
    await expect(first).rejects.toBeInstanceOf(AlertDeliveryError);
    await expect(first).rejects.toThrow(`webhook ${hook.url} answered HTTP 500`);
    expect(await pendingAlertIds(store.db)).toContain(id);

    const second = await deliverAlert(store.db, id, config, { stdout: out });
    expect(second).toEqual({ delivered: [`webhook:${hook.url}`], failed: [] });
    const third = await deliverAlert(store.db, id, config, { stdout: out });
    expect(third).toEqual({ delivered: [], failed: [] });

    expect(hook.received.map((r) => r.headers['idempotency-key'])).toEqual([
      `vigie-alert-${id}`,
      `vigie-alert-${id}`,
    ]);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ id, from: 'rumour', to: 'confirmed' });
    expect(printed.trim().split('\n')).toHaveLength(1);
    expect(printed).toContain(`vigie alert #${id}: agreement`);
    expect(printed).toContain('rumour -> confirmed on 2022-09-05');
    expect(await pendingAlertIds(store.db)).not.toContain(id);
    const rows = await store.db
      .selectFrom('alert_deliveries')
      .selectAll()
      .where('alert_id', '=', id)
      .orderBy('sink')
      .execute();
    expect(rows.map((r) => [r.sink.split(':')[0], r.status, r.attempts])).toEqual([
      ['file', 'delivered', 1],
      ['stdout', 'delivered', 1],
      ['webhook', 'delivered', 2],
    ]);
  });

  it('gives up on a webhook that refuses the request (404) and says so', async () => {
    const hook = await receiver([404]);
    servers.push(hook.server);
    const config = testConfig(store.url, { alerts: [{ type: 'webhook', url: hook.url }] });
    const id = await raiseAlert(config);
    await expect(deliverAlert(store.db, id, config)).rejects.toBeInstanceOf(PermanentAlertError);
    const row = await store.db
      .selectFrom('alert_deliveries')
      .selectAll()
      .where('alert_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('failed');
    expect(row.last_error).toContain('HTTP 404');
    expect(await deliverAlert(store.db, id, config)).toEqual({ delivered: [], failed: [] });
  });

  it('sends the Slack format when asked', async () => {
    const hook = await receiver();
    servers.push(hook.server);
    const config = testConfig(store.url, { alerts: [{ type: 'webhook', url: hook.url, format: 'slack' }] });
    const id = await raiseAlert(config);
    await deliverAlert(store.db, id, config);
    const body = JSON.parse(hook.received[0]?.body ?? '{}');
    expect(body.text).toContain(`vigie alert #${id}`);
    expect(body.blocks[0].text.text).toContain('rumour -> confirmed');
    expect(hook.received[0]?.headers['x-vigie-signature']).toBeUndefined();
  });

  it('mails the alert through a real SMTP server on loopback', async () => {
    const mails: Array<{ to: string[]; data: string }> = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk) => (data += chunk));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    servers.push(smtp);
    const port = (smtp.server.address() as AddressInfo).port;
    const config = testConfig(store.url, {
      alerts: [
        {
          type: 'email',
          to: 'analyste@desk.test',
          from: 'vigie@desk.test',
          smtp: { host: '127.0.0.1', port },
        },
      ],
    });
    const id = await raiseAlert(config);
    expect(await deliverAlert(store.db, id, config)).toEqual({
      delivered: ['email:analyste@desk.test'],
      failed: [],
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toEqual(['analyste@desk.test']);
    expect(mails[0]?.data).toMatch(
      /Subject: \[vigie\] agreement Orbite \d+, Cumulus \d+: rumour -> confirmed/,
    );
    expect(quotedPrintable(mails[0]?.data ?? '')).toContain(
      `Orbite ${counter} et Cumulus ${counter} officialisent leur alliance.`,
    );
    expect(mails[0]?.data).toMatch(new RegExp(`X-Vigie-Alert-Id: ${id}\\r\\n`, 'i'));
  });

  it('keeps an unreachable SMTP server pending for a retry', async () => {
    const config = testConfig(store.url, {
      alerts: [{ type: 'email', to: 'analyste@desk.test', smtp: { host: '127.0.0.1', port: 1 } }],
    });
    const id = await raiseAlert(config);
    await expect(deliverAlert(store.db, id, config, { timeoutMs: 2000 })).rejects.toBeInstanceOf(
      AlertDeliveryError,
    );
    expect(await pendingAlertIds(store.db)).toContain(id);
  });
});
