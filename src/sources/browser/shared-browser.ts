import { type NetworkConfig, networkSchema } from '../../config/config-schema.ts';
import {
  type BrowserRenderer,
  ChromiumRenderer,
  type ChromiumRendererOptions,
  type RenderedPage,
  type RenderOptions,
} from './chromium-renderer.ts';

/**
 * The process's one browser. Chromium is heavy (hundreds of MB, a second to start), so every source
 * and article page rendered by this process shares it; it starts on first use. A process that used
 * it calls closeSharedBrowser() on shutdown (Playwright also kills it on SIGINT/SIGTERM).
 */
let shared: { key: string; renderer: ChromiumRenderer } | undefined;

export function sharedBrowserRenderer(
  network: NetworkConfig,
  options: ChromiumRendererOptions = {},
): BrowserRenderer {
  const key = JSON.stringify([network, options.allowedHosts, options.trustedHosts, options.executablePath]);
  if (shared && shared.key !== key) {
    // Another network policy: a browser built for one policy is never reused under another.
    void shared.renderer.close();
    shared = undefined;
  }
  if (!shared) {
    shared = { key, renderer: new ChromiumRenderer(network, options) };
    process.once('beforeExit', () => void closeSharedBrowser());
  }
  return shared.renderer;
}

/** Renders a page in the shared browser; without `network`, the default policy (private addresses refused). */
export function renderPage(
  url: string,
  options: RenderOptions & { network?: NetworkConfig } = {},
): Promise<RenderedPage> {
  const network = options.network ?? networkSchema.parse({});
  return sharedBrowserRenderer(network).render(url, { timeoutMs: options.timeoutMs });
}

export async function closeSharedBrowser(): Promise<void> {
  const current = shared;
  shared = undefined;
  await current?.renderer.close();
}
