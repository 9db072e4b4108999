import type { LookupFunction } from 'node:net';
import { type Browser, chromium, type Route } from 'playwright-core';
import type { NetworkConfig } from '../../config/config-schema.ts';
import { FetchError } from '../../fetching/fetch-errors.ts';
import { isSameSite } from '../html/same-site.ts';
import { BrowserGuard } from './browser-guard.ts';

/** A page rendered by the browser: the HTML after scripts ran, and where it ended up. */
export interface RenderedPage {
  html: string;
  finalUrl: string;
}

export interface RenderOptions {
  /** Navigation budget; default network.timeoutMs. */
  timeoutMs?: number;
}

/** The browser face the sources and articles steps use (the pipeline's PageRenderer has this shape). */
export interface BrowserRenderer {
  render(url: string, options?: RenderOptions): Promise<RenderedPage>;
  close(): Promise<void>;
}

export interface ChromiumRendererOptions {
  /** Default /usr/bin/chromium (or $VIGIE_CHROMIUM). Browser downloads are never attempted. */
  executablePath?: string;
  /** Hosts a page may load from besides its own site (a CDN serving the site's scripts). */
  allowedHosts?: readonly string[];
  /** Host names trusted to resolve to private addresses, as for the HTTP fetcher. */
  trustedHosts?: readonly string[];
  /** DNS resolver for the address guard; default dns.lookup. */
  lookup?: LookupFunction;
}

const LAUNCH_ARGS = [
  '--no-sandbox', // vigie runs as root in its container; Chromium's sandbox refuses root.
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--metrics-recording-only',
];

/** Resource types a listing never needs: refused to save time and bandwidth. */
const SKIPPED_RESOURCES = new Set(['image', 'media', 'font']);

/**
 * Headless Chromium through playwright-core. One browser per renderer, launched on first use; one
 * fresh context per page, so no cookie or storage leaks from one source to the next. Every request
 * the page makes goes through the address guard, and hosts outside the page's site are refused
 * unless allowed.
 */
export class ChromiumRenderer implements BrowserRenderer {
  readonly #network: Readonly<NetworkConfig>;
  readonly #options: Readonly<ChromiumRendererOptions>;
  #browser: Promise<Browser> | undefined;
  #closed = false;

  constructor(network: NetworkConfig, options: ChromiumRendererOptions = {}) {
    this.#network = Object.freeze({ ...network });
    this.#options = Object.freeze({ ...options });
  }

  async render(url: string, options: RenderOptions = {}): Promise<RenderedPage> {
    if (this.#closed) throw new Error('the browser renderer is closed');
    const timeoutMs = options.timeoutMs ?? this.#network.timeoutMs;
    const guard = new BrowserGuard(
      {
        allowPrivateAddresses: this.#network.allowPrivateAddresses,
        trustedHosts: this.#options.trustedHosts,
      },
      this.#options.lookup,
    );
    const refusal = await guard.check(url);
    if (refusal) throw refusal;

    const browser = await this.#launch();
    const context = await browser.newContext({
      userAgent: this.#network.userAgent,
      serviceWorkers: 'block',
      acceptDownloads: false,
      locale: 'fr-FR',
    });
    try {
      await context.routeWebSocket(/.*/, (socket) => socket.close());
      await context.route('**/*', (route) => this.#filter(route, url, guard));
      const page = await context.newPage();
      const deadline = Date.now() + timeoutMs;
      let response: Awaited<ReturnType<typeof page.goto>>;
      try {
        response = await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
      } catch (error) {
        throw navigationError(url, error, timeoutMs);
      }
      if (response && response.status() >= 400) {
        throw new FetchError(`${url} answered HTTP ${response.status()} in the browser`, {
          code: 'http-status',
          url,
          status: response.status(),
          retryable: response.status() >= 500 || response.status() === 429 || response.status() === 408,
        });
      }
      // Listings built by scripts often fetch their data after "load": give them until the network is quiet.
      const idleBudget = Math.min(5_000, Math.max(0, deadline - Date.now()));
      if (idleBudget > 0) await page.waitForLoadState('networkidle', { timeout: idleBudget }).catch(() => {});
      const finalUrl = page.url();
      // Redirects inside Chromium are not seen by the route filter: the final host is judged too.
      const late = await guard.check(finalUrl);
      if (late) throw late;
      return { html: await page.content(), finalUrl };
    } finally {
      await context.close().catch(() => {});
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    const browser = this.#browser;
    this.#browser = undefined;
    if (browser) await (await browser.catch(() => undefined))?.close();
  }

  #launch(): Promise<Browser> {
    if (!this.#browser) {
      const launching = chromium.launch({
        executablePath: this.#options.executablePath ?? process.env.VIGIE_CHROMIUM ?? '/usr/bin/chromium',
        headless: true,
        args: LAUNCH_ARGS,
      });
      // A failed launch is not cached: the next render tries again.
      launching.catch(() => {
        if (this.#browser === launching) this.#browser = undefined;
      });
      this.#browser = launching;
    }
    return this.#browser.catch((error: unknown) => {
      throw new Error(
        `cannot start Chromium (${(error as Error).message.split('\n')[0]}); install it (apt-get install chromium) or set VIGIE_CHROMIUM`,
      );
    });
  }

  async #filter(route: Route, pageUrl: string, guard: BrowserGuard): Promise<void> {
    const request = route.request();
    const target = request.url();
    if (target.startsWith('data:') || target.startsWith('blob:')) return route.continue();
    if (!/^https?:/i.test(target)) return route.abort('blockedbyclient');
    if (SKIPPED_RESOURCES.has(request.resourceType())) return route.abort('blockedbyclient');
    const host = new URL(target).hostname.toLowerCase();
    const allowed =
      isSameSite(target, pageUrl) ||
      (this.#options.allowedHosts ?? []).some((name) => name.toLowerCase() === host);
    if (!allowed || (await guard.check(target))) return route.abort('blockedbyclient');
    return route.continue();
  }
}

function navigationError(url: string, error: unknown, timeoutMs: number): FetchError {
  const message = (error as Error).message.split('\n')[0] ?? String(error);
  const timedOut = (error as Error).name === 'TimeoutError';
  return new FetchError(
    timedOut
      ? `${url} did not load in the browser within ${timeoutMs} ms`
      : `${url} failed in the browser: ${message}`,
    { code: timedOut ? 'timeout' : 'network', url, retryable: true, cause: error },
  );
}
