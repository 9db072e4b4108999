import type { Config } from '../config/config-schema.ts';
import { parseConfig } from '../config/load-config.ts';

export const EMBEDDED_PORT = 47_390;

export interface EmbeddedSetup {
  config: Config;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * Without a configuration file, vigie runs against the bundled fixture press site, served on
 * 127.0.0.1 for the life of the command, into ./data/vigie.sqlite: a working demo out of the box.
 */
export async function startEmbeddedPressSite(database = './data/vigie.sqlite'): Promise<EmbeddedSetup> {
  const { startPressSite } = await import('../../fixtures/press-site/server.ts');
  // A fixed port keeps article URLs the same from one run to the next (the store knows them by URL);
  // when it is taken, any free port will do, at the cost of fetching the site again.
  const site = await startPressSite({ port: EMBEDDED_PORT }).catch(() => startPressSite({}));
  const config = parseConfig({
    database,
    network: { allowPrivateAddresses: true },
    sources: site.sources(),
  });
  return { config, baseUrl: site.baseUrl, close: () => site.close() };
}
