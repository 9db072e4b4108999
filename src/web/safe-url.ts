/**
 * A URL fit for an href: absolute http(s) only. Anything else (javascript:, data:, relative paths
 * smuggled in an article) gives undefined and is shown as text.
 */
export function safeHttpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
