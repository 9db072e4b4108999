import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Store } from '../../db/connect.ts';
import type { Config } from '../config/config-schema.ts';
import { checkBind } from './bind-policy.ts';
import { mountBullBoard } from './bull-board.ts';
import { createWebApp } from './web-app.ts';

export interface WebServerOptions {
  /** Default: config.web.port (8080); 0 picks a free port. */
  port?: number;
  /** Default: config.web.host (127.0.0.1). Any other address needs config.web.token. */
  host?: string;
}

export interface WebServer {
  /** "http://127.0.0.1:8080/" */
  url: string;
  close(): Promise<void>;
}

/** Serves the web face over `db` until close(); the caller owns `db` and closes it after. */
export async function startWebServer(
  config: Config,
  db: Store,
  options: WebServerOptions = {},
): Promise<WebServer> {
  const host = options.host ?? config.web.host;
  const port = options.port ?? config.web.port;
  checkBind(host, config.web.token);
  const app = createWebApp(config, db);
  const closeBoard = config.redis ? mountBullBoard(app, { ...config, redis: config.redis }) : undefined;

  const server = serve({ fetch: app.fetch, hostname: host, port });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    await closeBoard?.();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new Error(`port ${port} on ${host} is already in use: pick another with --port`);
    throw error;
  }
  const address = server.address() as AddressInfo;
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}/`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await closeBoard?.();
    },
  };
}
