import type { AnyNode, Document, Element, Text } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/**
 * Parses once with htmlparser2: several times faster than cheerio's parse5 default and forgiving
 * enough for the press pages we read. Every later step walks the resulting tree directly instead
 * of running selectors over it again and again. Called directly rather than through cheerio's
 * slim `load` (the same parser and options, HTML mode): `load` also builds a selector wrapper,
 * a class per call, that nothing here uses.
 */
export function parseHtml(html: string): Document {
  return parseDocument(html);
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: AnyNode): node is Text {
  return node.type === 'text';
}

/** All the text under a node, in document order (a script's or style's own source included). */
export function textContent(node: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop() as AnyNode;
    if (current.type === 'text') parts.push((current as Text).data);
    else if ('children' in current) {
      const children = (current as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
    }
  }
  return parts.join('');
}
