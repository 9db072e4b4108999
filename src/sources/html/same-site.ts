/**
 * Whether two URLs belong to one site: same host once "www." is dropped, or one host a subdomain of
 * the other (www.example.fr, example.fr and bourse.example.fr are one site). Without the public suffix
 * list this is deliberately narrow: two unrelated sites under one suffix never match.
 */
export function isSameSite(a: string, b: string): boolean {
  const left = siteHost(a);
  const right = siteHost(b);
  if (!left || !right) return false;
  return left === right || left.endsWith(`.${right}`) || right.endsWith(`.${left}`);
}

function siteHost(url: string): string | undefined {
  try {
    return new URL(url).hostname
      .toLowerCase()
      .replace(/^www\./, '')
      .replace(/\.$/, '');
  } catch {
    return undefined;
  }
}
