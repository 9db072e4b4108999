import { isIP } from 'node:net';

/** Why the server will not listen where it was asked to. */
export class WebBindError extends Error {
  override name = 'WebBindError';
}

export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  if (isIP(bare) === 6) return bare === '::1' || /^::ffff:127\./i.test(bare);
  return false;
}

/** The web face shows the whole log: beyond this machine, only with a token. */
export function checkBind(host: string, token: string | undefined): void {
  if (isLoopbackHost(host) || token) return;
  throw new WebBindError(
    `refusing to listen on ${host} without an access token: set web.token in the configuration ` +
      '(then every request needs "Authorization: Bearer <token>" or ?token=), or listen on 127.0.0.1',
  );
}
