/** Query parameters that only say how a reader arrived: they never change what the page shows. */
const TRACKING_PARAM =
  /^(utm_.*|fbclid|gclid|gclsrc|dclid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|xtor|at_.*|ito|cmpid|ocid|ns_.*|guccounter|guce_referrer.*|smid|sr_share|ref_src|taid|s_cid|wt\.mc_id)$/i;

/** Drops tracking parameters and the fragment; returns the input unchanged if it is no URL. */
export function stripTracking(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  for (const key of [...parsed.searchParams.keys()]) {
    if (TRACKING_PARAM.test(key)) parsed.searchParams.delete(key);
  }
  parsed.hash = '';
  return parsed.toString();
}

/**
 * The page's own canonical address, resolved against the fetched URL. A canonical pointing at
 * the site's home page from a deeper page is a template bug and is ignored.
 */
export function findCanonicalUrl(
  url: string | undefined,
  candidates: readonly (string | undefined)[],
): string {
  for (const candidate of candidates) {
    if (candidate === undefined || candidate === '') continue;
    let resolved: URL;
    try {
      resolved = url === undefined ? new URL(candidate) : new URL(candidate, url);
    } catch {
      continue;
    }
    if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') continue;
    if (url !== undefined && resolved.pathname === '/' && !resolved.search && pathOf(url) !== '/') continue;
    return stripTracking(resolved.toString());
  }
  return url === undefined ? '' : stripTracking(url);
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '/';
  }
}
