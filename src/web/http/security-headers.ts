import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

export type WebEnv = { Variables: { nonce: string } };

/**
 * A strict Content-Security-Policy on every page: scripts only from the one inline block that carries this
 * response's nonce, styles from our stylesheet, no plugins, no framing, forms only to ourselves. Even if
 * article text got past escaping, the browser would refuse to run it.
 */
export function securityHeaders(): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const nonce = randomBytes(16).toString('base64');
    c.set('nonce', nonce);
    await next();
    if (c.req.path.startsWith('/admin/queues')) {
      // Bull Board's own UI: its scripts and styles are static files of the package.
      c.header(
        'content-security-policy',
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
      );
    } else {
      c.header(
        'content-security-policy',
        [
          "default-src 'none'",
          `script-src 'nonce-${nonce}'`,
          "style-src 'self'",
          "img-src 'self'",
          "connect-src 'self'",
          "form-action 'self'",
          "base-uri 'none'",
          "frame-ancestors 'none'",
        ].join('; '),
      );
    }
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-frame-options', 'DENY');
  };
}
