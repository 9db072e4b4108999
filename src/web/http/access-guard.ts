import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

const COOKIE = 'vigie_token';

/**
 * With `web.token` set, every request needs it: `Authorization: Bearer <token>`, `?token=<token>`, or the
 * cookie a `?token=` visit leaves, so that a browser opened on `/?token=…` can follow the links.
 */
export function accessGuard(token: string | undefined): MiddlewareHandler {
  if (!token) return async (_c, next) => next();
  const expected = digest(token);
  return async (c, next) => {
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1]?.trim();
    const query = c.req.query('token');
    const cookie = getCookie(c, COOKIE);
    const offered = [bearer, query, cookie].find(
      (t) => t !== undefined && timingSafeEqual(digest(t), expected),
    );
    if (offered === undefined) {
      c.header('www-authenticate', 'Bearer realm="vigie"');
      const message =
        'this vigie server needs its access token: send "Authorization: Bearer <token>" or add ?token=<token>';
      return c.req.path.startsWith('/api/') ? c.json({ error: message }, 401) : c.text(message, 401);
    }
    if (query !== undefined && offered === query && cookie !== query) {
      setCookie(c, COOKIE, query, { httpOnly: true, sameSite: 'Strict', path: '/' });
    }
    return next();
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
