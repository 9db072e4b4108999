import { foldSpaces, htmlToText, looksLikeHtml } from './html-to-text.ts';
import { attribute, type Element, localName, textContent } from './xml-node.ts';

/**
 * The plain-text reading of a title-like element. Atom says how its text is written (type text, html
 * or xhtml; Atom 0.3 adds mode escaped, xml or base64); RSS does not, so markup is sniffed. HTML is
 * reduced to its visible text: vigie shows titles as text and never renders a publisher's markup.
 */
export function readTextConstruct(element: Element, dialect: 'atom' | 'rss'): string {
  const type = (attribute(element, 'type') ?? '').toLowerCase().trim();
  const mode = (attribute(element, 'mode') ?? '').toLowerCase().trim();
  if (mode === 'base64' || (dialect === 'atom' && isBinaryType(type))) {
    const decoded = decodeBase64(textContent(element));
    return interpret(decoded, isBinaryType(type) ? '' : type, 'rss');
  }
  if (element.children.some((child) => child.type === 'tag')) {
    // Inline markup (xhtml, or markup left unescaped by mistake): its text, minus scripts and styles.
    return foldSpaces(textContent(element, isHiddenMarkup));
  }
  return interpret(textContent(element), mode === 'escaped' && type === '' ? 'html' : type, dialect);
}

function interpret(text: string, type: string, dialect: 'atom' | 'rss'): string {
  if (isHtmlType(type)) return htmlToText(text);
  if (dialect === 'rss' && looksLikeHtml(text)) return htmlToText(text);
  return foldSpaces(text);
}

function isHtmlType(type: string): boolean {
  return type === 'html' || type === 'text/html' || type === 'xhtml' || type === 'application/xhtml+xml';
}

/** Atom 1.0: a MIME type that is neither text nor XML means base64-encoded content. */
function isBinaryType(type: string): boolean {
  return type.includes('/') && !type.startsWith('text/') && !type.endsWith('xml');
}

function isHiddenMarkup(element: Element): boolean {
  return ['script', 'style', 'noscript', 'template'].includes(localName(element));
}

function decodeBase64(text: string): string {
  return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
}
