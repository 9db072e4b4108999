import { load } from 'cheerio/slim';
import type { AnyNode, Document, Element, Text } from 'domhandler';

/**
 * Parses once with htmlparser2 (through cheerio's slim entry): several times faster than the
 * parse5 default and forgiving enough for the press pages we read. Every later step walks the
 * resulting tree directly instead of running selectors over it again and again.
 */
export function parseHtml(html: string): Document {
  const root = load(html, { xml: false }).root()[0];
  return root as unknown as Document;
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
