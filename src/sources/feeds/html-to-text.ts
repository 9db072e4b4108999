import { type ChildNode, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * Elements whose content is code, not text a reader sees: dropped whole. Other tags (object, iframe,
 * embed...) are only stripped: their fallback content is text, and the result is never rendered as HTML.
 */
const DROPPED = new Set(['script', 'style', 'template', 'noscript']);

/** Plain text of an HTML fragment: tags stripped, scripts and styles dropped, entities decoded, spaces folded. */
export function htmlToText(html: string): string {
  const document = parseDocument(html, { decodeEntities: true });
  let text = '';
  const walk = (nodes: ChildNode[]): void => {
    for (const node of nodes) {
      if (isText(node)) text += node.data;
      else if (isTag(node) && !DROPPED.has(node.name.toLowerCase())) {
        if (node.name === 'br' || node.name === 'p') text += ' ';
        walk(node.children);
      }
    }
  };
  walk(document.children);
  return foldSpaces(text);
}

export function foldSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** HTML tags that, found in an untyped title, mean the publisher wrote markup rather than angle brackets. */
const MARKUP =
  /<\/?(a|abbr|acronym|b|big|blink|blockquote|br|cite|code|del|dfn|div|em|embed|font|frame|frameset|h[1-6]|i|iframe|img|ins|kbd|link|meta|object|p|pre|q|s|samp|script|small|span|strike|strong|style|sub|sup|applet|tt|u|var)\b[^>]*>|&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]+);/i;

export function looksLikeHtml(text: string): boolean {
  return MARKUP.test(text);
}
