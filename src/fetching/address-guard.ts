import { BlockList, isIP, type LookupFunction } from 'node:net';
import { FetchError } from './fetch-errors.ts';

/**
 * The SSRF guard: which IP addresses vigie may connect to. A source URL (or a redirect, or a DNS answer)
 * must not turn vigie into a probe of the machine it runs on, its private network or a cloud metadata
 * endpoint. Checked on the resolved address, inside the connection's DNS lookup, so that a name which
 * resolves to a public address at validation time and to a private one at connection time (DNS
 * rebinding) is still caught.
 */
export type AddressRange =
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'unspecified'
  | 'shared (CGNAT)'
  | 'multicast'
  | 'reserved';

const ranges: ReadonlyArray<readonly [AddressRange, ReadonlyArray<readonly [string, number]>]> = [
  [
    'unspecified',
    [
      ['0.0.0.0', 8],
      ['::', 128],
    ],
  ],
  [
    'loopback',
    [
      ['127.0.0.0', 8],
      ['::1', 128],
    ],
  ],
  [
    'private',
    [
      ['10.0.0.0', 8],
      ['172.16.0.0', 12],
      ['192.168.0.0', 16],
      ['fc00::', 7],
      // Site-local (deprecated) and local-use NAT64 are private in practice.
      ['fec0::', 10],
      ['64:ff9b:1::', 48],
    ],
  ],
  [
    'link-local',
    [
      ['169.254.0.0', 16],
      ['fe80::', 10],
    ],
  ],
  ['shared (CGNAT)', [['100.64.0.0', 10]]],
  [
    'multicast',
    [
      ['224.0.0.0', 4],
      ['ff00::', 8],
    ],
  ],
  [
    'reserved',
    [
      ['192.0.0.0', 24],
      ['192.0.2.0', 24],
      ['192.88.99.0', 24],
      ['198.18.0.0', 15],
      ['198.51.100.0', 24],
      ['203.0.113.0', 24],
      ['240.0.0.0', 4],
      ['::', 96], // IPv4-compatible (deprecated)
      ['100::', 64],
      ['2001::', 23],
      ['2001:db8::', 32],
      ['2002::', 16], // 6to4 (deprecated) can embed any IPv4 address, private ones included
      ['3fff::', 20],
      ['5f00::', 16],
    ],
  ],
];

const lists = ranges.map(([range, subnets]) => {
  const list = new BlockList();
  for (const [network, prefix] of subnets)
    list.addSubnet(network, prefix, isIP(network) === 6 ? 'ipv6' : 'ipv4');
  return [range, list] as const;
});

const globalUnicastV6 = new BlockList();
globalUnicastV6.addSubnet('2000::', 3, 'ipv6');
const nat64 = new BlockList();
nat64.addSubnet('64:ff9b::', 96, 'ipv6');

/**
 * The non-public range an IP address falls in, or undefined for a public address.
 * IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) forms are judged by their IPv4 address.
 * Anything that is not an IP address is 'reserved': refusing is the safe answer.
 */
export function classifyAddress(address: string): AddressRange | undefined {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(ip);
  if (family === 0) return 'reserved';
  const type = family === 6 ? 'ipv6' : 'ipv4';
  if (type === 'ipv6' && nat64.check(ip, 'ipv6')) return classifyAddress(embeddedIPv4(ip));
  // BlockList matches IPv4-mapped IPv6 addresses against IPv4 subnets by itself.
  for (const [range, list] of lists) if (list.check(ip, type)) return range;
  if (type === 'ipv6' && !ip.toLowerCase().startsWith('::ffff:') && !globalUnicastV6.check(ip, 'ipv6')) {
    return 'reserved';
  }
  return undefined;
}

/** The last 32 bits of an IPv6 address, written as IPv4. */
function embeddedIPv4(ip: string): string {
  const tail = ip.slice(ip.lastIndexOf(':') + 1);
  if (tail.includes('.')) return tail;
  const groups = ip.split(':');
  const high = Number.parseInt(groups.at(-2) || '0', 16);
  const low = Number.parseInt(groups.at(-1) || '0', 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

export interface AddressPolicy {
  /** network.allowPrivateAddresses: every address is allowed. */
  allowPrivateAddresses: boolean;
  /** Host names allowed to resolve to non-public addresses (an intranet feed, a test server). */
  trustedHosts?: readonly string[];
}

/** Normalises a URL host name for comparisons: lower case, no brackets, no trailing dot. */
export function normaliseHostname(hostname: string): string {
  return hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
}

function isTrusted(hostname: string, policy: AddressPolicy): boolean {
  if (policy.allowPrivateAddresses) return true;
  const name = normaliseHostname(hostname);
  return (policy.trustedHosts ?? []).some((trusted) => normaliseHostname(trusted) === name);
}

/** A refused address; `retarget` names the full URL once the fetcher knows which request hit it. */
export class BlockedAddressError extends FetchError {
  constructor(
    target: string,
    readonly subject: string,
    readonly range: AddressRange,
  ) {
    const article = /^[aeiou]/.test(range) ? 'an' : 'a';
    super(
      `refused ${target}: ${subject} ${article} ${range} address; ` +
        'set network.allowPrivateAddresses: true to allow private targets',
      { code: 'blocked-address', url: target, retryable: false },
    );
  }

  retarget(url: string): BlockedAddressError {
    return url === this.url ? this : new BlockedAddressError(url, this.subject, this.range);
  }
}

/**
 * Checks a URL's host before any DNS lookup or connection: an IP literal is judged on the spot
 * (the socket never calls the lookup for one), and "localhost" names are refused by name (RFC 6761).
 * Returns the refusal, or undefined when the host may go on to DNS resolution.
 */
export function checkUrlHost(url: URL, policy: AddressPolicy): BlockedAddressError | undefined {
  if (isTrusted(url.hostname, policy)) return undefined;
  const host = normaliseHostname(url.hostname);
  if (isIP(host) !== 0) {
    const range = classifyAddress(host);
    return range === undefined ? undefined : new BlockedAddressError(url.href, `${host} is`, range);
  }
  if (host === 'localhost' || host.endsWith('.localhost'))
    return new BlockedAddressError(url.href, `${host} is`, 'loopback');
  return undefined;
}

type LookupCallback = Parameters<LookupFunction>[2];

/**
 * Wraps a DNS lookup (node's dns.lookup signature) so that non-public answers never reach the socket.
 * With several answers, the non-public ones are dropped; with none left, the lookup fails with a
 * 'blocked-address' FetchError that names the host and the address.
 */
export function createGuardedLookup(lookup: LookupFunction, policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    if (isTrusted(hostname, policy)) {
      lookup(hostname, options, callback);
      return;
    }
    const answer: LookupCallback = (error, address, family) => {
      if (error) {
        callback(error, address, family);
        return;
      }
      const answers = typeof address === 'string' ? [{ address, family: family ?? isIP(address) }] : address;
      const allowed = answers.filter((entry) => classifyAddress(entry.address) === undefined);
      const first = answers[0];
      if (allowed.length === 0 || first === undefined) {
        const blocked = first?.address ?? String(address);
        const range = classifyAddress(blocked) ?? 'reserved';
        callback(new BlockedAddressError(hostname, `${hostname} resolves to ${blocked},`, range), '', 4);
        return;
      }
      if (typeof address === 'string') callback(null, address, family);
      else callback(null, allowed);
    };
    lookup(hostname, options, answer);
  };
}
