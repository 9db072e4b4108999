import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { HostLimiter } from '../../src/fetching/host-limiter.ts';
import { testNetwork, useFixtures } from './fixtures.ts';

const fixtures = useFixtures();

describe('createHttpFetcher: per-host politeness', () => {
  it('never has more than network.perHostConcurrency requests in flight at one host', async () => {
    const server = await fixtures.server(async (request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      await sleep(60);
      response.writeHead(200, { 'content-type': 'text/html' }).end('ok');
    });
    const fetcher = fixtures.fetcher(testNetwork({ perHostConcurrency: 2 }));
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, n) => fetcher.fetch({ url: `${server.origin}/p/${n}` })),
    );
    expect(outcomes.every((outcome) => outcome.kind === 'fetched')).toBe(true);
    expect(server.maxInFlight).toBeLessThanOrEqual(2);
    expect(server.maxInFlight).toBeGreaterThanOrEqual(1);
  });

  it('spaces request starts at one host by network.perHostDelayMs', async () => {
    const server = await fixtures.server((request, response) => {
      if (request.url === '/robots.txt') return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'text/html' }).end('ok');
    });
    const fetcher = fixtures.fetcher(testNetwork({ perHostDelayMs: 150, perHostConcurrency: 4 }));
    await Promise.all([1, 2, 3].map((n) => fetcher.fetch({ url: `${server.origin}/p/${n}` })));
    const starts = server.requests.map((seen) => seen.at);
    expect(starts).toHaveLength(4);
    // Arrival times at the server carry the client's scheduling jitter (a loaded CI machine), so the
    // exact spacing is asserted on the limiter below; here, the 3 gaps of 150 ms must show as a whole.
    expect((starts[3] ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(300);
  });
});

describe('HostLimiter', () => {
  it('starts the tasks of one host at least delayMs apart', async () => {
    const limiter = new HostLimiter({ concurrency: 4, delayMs: 40 });
    const starts: number[] = [];
    await Promise.all(
      [1, 2, 3, 4].map(() => limiter.run('a.example', async () => void starts.push(performance.now()))),
    );
    for (let i = 1; i < starts.length; i++) {
      expect((starts[i] ?? 0) - (starts[i - 1] ?? 0)).toBeGreaterThanOrEqual(39);
    }
  });

  it('counts the spacing from when a task really starts, not from when its slot was granted', async () => {
    const limiter = new HostLimiter({ concurrency: 4, delayMs: 40 });
    const starts: number[] = [];
    const record = async () => void starts.push(performance.now());
    // A microtask queued before the first run holds the thread for 25 ms between the grant and the
    // task's first line, as a GC pause on a loaded machine does.
    queueMicrotask(() => {
      const until = performance.now() + 25;
      while (performance.now() < until) {}
    });
    await Promise.all([limiter.run('a.example', record), limiter.run('a.example', record)]);
    expect((starts[1] ?? 0) - (starts[0] ?? 0)).toBeGreaterThanOrEqual(39);
  });

  it('keeps hosts independent and serves each host first come, first served', async () => {
    const limiter = new HostLimiter({ concurrency: 1, delayMs: 0 });
    const order: string[] = [];
    const task = (name: string) => async () => {
      order.push(`start ${name}`);
      await sleep(20);
      order.push(`end ${name}`);
    };
    await Promise.all([
      limiter.run('a.example', task('a1')),
      limiter.run('a.example', task('a2')),
      limiter.run('b.example', task('b1')),
    ]);
    expect(order.indexOf('end a1')).toBeLessThan(order.indexOf('start a2'));
    expect(order.indexOf('start b1')).toBeLessThan(order.indexOf('end a1'));
    expect(limiter.activeFor('a.example')).toBe(0);
  });

  it('releases the slot when a task fails', async () => {
    const limiter = new HostLimiter({ concurrency: 1, delayMs: 0 });
    await expect(limiter.run('a.example', async () => Promise.reject(new Error('boom')))).rejects.toThrow(
      'boom',
    );
    expect(await limiter.run('a.example', async () => 'next')).toBe('next');
  });
});
