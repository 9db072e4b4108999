import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import { type AddressPolicy, checkUrlHost, createGuardedLookup } from '../../fetching/address-guard.ts';
import type { FetchError } from '../../fetching/fetch-errors.ts';

/**
 * The SSRF rule for the browser. Chromium resolves names itself, out of reach of the fetcher's guarded
 * socket lookup, so each host is judged here before Chromium may talk to it: by the address guard for
 * IP literals and localhost names, then by a guarded DNS lookup. Verdicts are cached per host for the
 * life of one page.
 */
export class BrowserGuard {
  readonly #verdicts = new Map<string, Promise<FetchError | undefined>>();
  readonly #lookup: LookupFunction;

  constructor(
    readonly policy: AddressPolicy,
    lookup: LookupFunction = dns.lookup as LookupFunction,
  ) {
    this.#lookup = createGuardedLookup(lookup, policy);
  }

  /** The refusal for this URL, or undefined when Chromium may connect to its host. */
  check(url: string): Promise<FetchError | undefined> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return Promise.resolve(undefined);
    }
    const host = parsed.hostname;
    let verdict = this.#verdicts.get(host);
    if (!verdict) {
      verdict = this.#judge(parsed);
      this.#verdicts.set(host, verdict);
    }
    return verdict;
  }

  async #judge(url: URL): Promise<FetchError | undefined> {
    const blocked = checkUrlHost(url, this.policy);
    if (blocked) return blocked.retarget(url.href);
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return new Promise((resolve) => {
      this.#lookup(host, { all: true }, (error) => {
        const refusal = error as (Error & Partial<FetchError>) | null;
        // Only a refusal blocks: a DNS failure is left for Chromium to report as a navigation error.
        resolve(refusal?.code === 'blocked-address' ? (refusal as FetchError) : undefined);
      });
    });
  }
}
