import type { Command } from 'commander';
import { CliError } from '../cli-error.ts';
import { parsePort } from '../parse-port.ts';

interface ServeOptions {
  config?: string;
  port?: number;
  host?: string;
}

/** `vigie serve`: the web face (pages and JSON API) over the store, until SIGINT or SIGTERM. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'Serve the web pages and the JSON API over the event log (127.0.0.1 by default; another address needs web.token).',
    )
    .option('--config <file>', 'configuration file (YAML); without it, ./data/vigie.sqlite is served')
    .option('--port <n>', 'port to listen on (0 = any free port; default web.port, 8080)', parsePort)
    .option('--host <address>', 'address to listen on (default web.host, 127.0.0.1)')
    .action(async (options: ServeOptions) => {
      // Loaded on use: the store, Hono and the pages cost the other commands nothing.
      const [{ loadCliConfig }, { openMigratedStore }, { WebBindError }, { startWebServer }] =
        await Promise.all([
          import('../load-cli-config.ts'),
          import('../../../db/connect.ts'),
          import('../../web/bind-policy.ts'),
          import('../../web/start-web-server.ts'),
        ]);
      const config = loadCliConfig(options.config);
      const db = await openMigratedStore(config.database);
      let server: Awaited<ReturnType<typeof startWebServer>>;
      try {
        server = await startWebServer(config, db, { port: options.port, host: options.host });
      } catch (error) {
        await db.destroy();
        if (error instanceof WebBindError) throw new CliError(error.message);
        throw new CliError(`cannot serve: ${(error as Error).message}`, 1);
      }
      process.stdout.write(`vigie: serving ${server.url}${config.web.token ? ' (token required)' : ''}\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await server.close();
      await db.destroy();
    });
}
