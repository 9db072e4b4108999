import { readFileSync } from 'node:fs';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { Store } from '../../db/connect.ts';
import type { Config } from '../config/config-schema.ts';
import { QueryError } from '../query/query-error.ts';
import { apiRoutes } from './api/api-routes.ts';
import { accessGuard } from './http/access-guard.ts';
import { securityHeaders, type WebEnv } from './http/security-headers.ts';
import { errorPage, errorTitle } from './pages/error-page.ts';
import { layout } from './pages/layout.ts';
import { pageRoutes } from './pages/page-routes.ts';

const STYLESHEET = readFileSync(new URL('./assets/vigie.css', import.meta.url), 'utf8');

/** The web face as a Hono app: API under /api, pages at the root; mount extras (Bull Board) on it. */
export function createWebApp(config: Config, db: Store): Hono<WebEnv> {
  const app = new Hono<WebEnv>();
  app.use('*', securityHeaders());
  app.use('*', accessGuard(config.web.token));

  app.get('/assets/vigie.css', (c) => {
    c.header('content-type', 'text/css; charset=utf-8');
    c.header('cache-control', 'public, max-age=3600');
    return c.body(STYLESHEET);
  });
  // Browsers ask for it on every first visit: an empty answer keeps their console (and logs) clean.
  app.get('/favicon.ico', (c) => c.body(null, 204));
  app.route('/api', apiRoutes(config, db));
  app.route('/', pageRoutes(config, db));

  app.notFound((c) => respond(c.req.path, 404, `nothing at ${c.req.path}`, c));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return respond(c.req.path, error.status, error.message, c);
    if (error instanceof QueryError) return respond(c.req.path, 400, error.message, c);
    process.stderr.write(
      `vigie web: ${c.req.method} ${c.req.path} failed: ${error.stack ?? error.message}\n`,
    );
    return respond(c.req.path, 500, 'the server failed to answer; the error is in its log', c);
  });
  return app;
}

type AnyContext = Parameters<Parameters<Hono<WebEnv>['onError']>[0]>[1];

function respond(path: string, status: number, message: string, c: AnyContext): Response {
  const code = status as 400;
  if (path.startsWith('/api/') || path === '/api') return c.json({ error: message }, code);
  const page = layout({
    title: errorTitle(status),
    nonce: c.get('nonce') ?? '',
    body: errorPage(status, message),
  });
  return c.html(page.value, code);
}
