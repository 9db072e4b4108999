import { attribute, type Element, parentElement } from './xml-node.ts';

/**
 * Resolves a link written in a feed: against the xml:base attributes in scope (outermost first, each
 * relative to the one above), then the document's own URL. Only http and https are kept: a feed
 * item pointing to javascript:, data: or a local file is not an article vigie may fetch.
 */
export function resolveFeedLink(
  element: Element,
  raw: string | undefined,
  documentUrl: string,
): string | undefined {
  const link = raw?.trim();
  if (!link) return undefined;
  try {
    const url = new URL(link, baseOf(element, documentUrl));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function baseOf(element: Element, documentUrl: string): string | undefined {
  const bases: string[] = [];
  for (let node: Element | null = element; node; node = parentElement(node)) {
    const base = attribute(node, 'xml:base');
    if (base?.trim()) bases.unshift(base.trim());
  }
  let base: string | undefined = canParse(documentUrl) ? documentUrl : undefined;
  for (const next of bases) {
    try {
      base = new URL(next, base).href;
    } catch {
      // An unusable xml:base is ignored, as if it were absent.
    }
  }
  return base;
}

function canParse(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
