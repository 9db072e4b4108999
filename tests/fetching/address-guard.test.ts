import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  BlockedAddressError,
  checkUrlHost,
  classifyAddress,
  createGuardedLookup,
} from '../../src/fetching/address-guard.ts';
import { tableResolver } from './test-server.ts';

const closed = { allowPrivateAddresses: false };

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['172.16.5.4', 'private'],
    ['172.31.255.255', 'private'],
    ['fd00::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['224.0.0.251', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['64:ff9b::a9fe:a9fe', 'link-local'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['not-an-address', 'reserved'],
  ])('refuses %s as %s', (address, range) => {
    expect(classifyAddress(address)).toBe(range);
  });

  it.each([
    '93.184.216.34',
    '2606:4700::1',
    '172.32.0.1',
    '100.128.0.1',
    '::ffff:93.184.216.34',
    '64:ff9b::5db8:d822',
  ])('allows the public address %s', (address) => {
    expect(classifyAddress(address)).toBeUndefined();
  });
});

describe('checkUrlHost', () => {
  it('refuses IP literals and localhost names before any lookup, with a message that says what to do', () => {
    const refused = checkUrlHost(new URL('http://127.0.0.1:8080/feed'), closed);
    expect(refused).toBeInstanceOf(BlockedAddressError);
    expect(refused?.retryable).toBe(false);
    expect(refused?.message).toBe(
      'refused http://127.0.0.1:8080/feed: 127.0.0.1 is a loopback address; ' +
        'set network.allowPrivateAddresses: true to allow private targets',
    );
    expect(checkUrlHost(new URL('http://[::1]/'), closed)?.code).toBe('blocked-address');
    expect(checkUrlHost(new URL('http://[::ffff:10.0.0.1]/'), closed)?.code).toBe('blocked-address');
    expect(checkUrlHost(new URL('http://0x7f.1/'), closed)?.code).toBe('blocked-address');
    expect(checkUrlHost(new URL('http://LOCALHOST./'), closed)?.code).toBe('blocked-address');
    expect(checkUrlHost(new URL('http://admin.localhost/'), closed)?.code).toBe('blocked-address');
  });

  it('lets names through to the guarded lookup, and everything through when private targets are allowed', () => {
    expect(checkUrlHost(new URL('https://news.example/a'), closed)).toBeUndefined();
    expect(checkUrlHost(new URL('http://93.184.216.34/'), closed)).toBeUndefined();
    expect(checkUrlHost(new URL('http://127.0.0.1/'), { allowPrivateAddresses: true })).toBeUndefined();
    expect(
      checkUrlHost(new URL('http://127.0.0.1/'), {
        allowPrivateAddresses: false,
        trustedHosts: ['127.0.0.1'],
      }),
    ).toBeUndefined();
  });
});

/** Runs a guarded lookup the way a socket does, without ever connecting. */
function resolve(
  lookup: LookupFunction,
  hostname: string,
  all: boolean,
): Promise<{ error: NodeJS.ErrnoException | null; address: string | LookupAddress[] }> {
  return new Promise((done) => {
    lookup(hostname, { all }, (error, address) => done({ error, address }));
  });
}

describe('createGuardedLookup', () => {
  const resolver = tableResolver({
    'metadata.example': ['169.254.169.254'],
    'intranet.example': ['10.0.0.1'],
    'ula.example': ['fd00::1'],
    'rebind.example': ['127.0.0.1'],
    'mixed.example': ['10.0.0.1', '93.184.216.34'],
    'public.example': ['93.184.216.34', '2606:4700::1'],
  });
  const guarded = createGuardedLookup(resolver, closed);

  it.each([
    ['metadata.example', '169.254.169.254', 'link-local'],
    ['intranet.example', '10.0.0.1', 'private'],
    ['ula.example', 'fd00::1', 'private'],
    ['rebind.example', '127.0.0.1', 'loopback'],
  ])('refuses %s, which resolves to %s, in both lookup modes', async (hostname, address, range) => {
    for (const all of [false, true]) {
      const { error } = await resolve(guarded, hostname, all);
      expect(error).toBeInstanceOf(BlockedAddressError);
      expect((error as BlockedAddressError).range).toBe(range);
      expect(error?.message).toContain(`${hostname} resolves to ${address}`);
    }
  });

  it('drops the non-public answers of a mixed answer and keeps the public ones', async () => {
    expect((await resolve(guarded, 'mixed.example', true)).address).toEqual([
      { address: '93.184.216.34', family: 4 },
    ]);
    expect((await resolve(guarded, 'public.example', true)).address).toHaveLength(2);
    expect((await resolve(guarded, 'public.example', false)).address).toBe('93.184.216.34');
  });

  it('passes resolver failures through and trusts the hosts it is told to trust', async () => {
    expect((await resolve(guarded, 'missing.example', false)).error?.code).toBe('ENOTFOUND');
    const trusting = createGuardedLookup(resolver, {
      allowPrivateAddresses: false,
      trustedHosts: ['intranet.example'],
    });
    expect((await resolve(trusting, 'intranet.example', false)).address).toBe('10.0.0.1');
    expect((await resolve(trusting, 'metadata.example', false)).error).toBeInstanceOf(BlockedAddressError);
  });
});
