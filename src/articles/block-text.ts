import type { AnyNode, Element, Text } from 'domhandler';
import { isNeverProse } from './boilerplate-rules.ts';
import { BLOCK_TAGS } from './content-stats.ts';
import { collapseWhitespace } from './normalise-text.ts';

/** One block of text as it will appear in the main text, with what is needed to judge it. */
export interface TextBlock {
  text: string;
  /** Tag of the element the block came from: "p", "h2", "li", "div"... */
  tag: string;
  linkChars: number;
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SPACES = /[ \t\n\r\f\v]+/g;
/** Whitespace that collapsing changes: anything but single spaces (a line break included). */
const NEEDS_COLLAPSE = /[\t\n\r\f\v]| {2}/;

/**
 * The text of a container as blocks in document order: every block-level element starts a new
 * block, inline elements flow into the current one, `<br>` breaks a line inside it. Dropped
 * furniture is skipped with its subtree.
 */
export function collectBlocks(container: Element, dropped: ReadonlySet<Element>): TextBlock[] {
  const blocks: TextBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let tag = container.name;
  const flush = () => {
    if (parts.length > 0) {
      const text = blockLines(parts.join(''));
      if (text !== '') blocks.push({ text, tag, linkChars });
    }
    parts = [];
    linkChars = 0;
  };
  type Step = { node: AnyNode; leaving: boolean; linkDepth: number };
  const stack: Step[] = [{ node: container, leaving: false, linkDepth: 0 }];
  while (stack.length > 0) {
    const { node, leaving, linkDepth } = stack.pop() as Step;
    if (node.type === 'text') {
      const raw = (node as Text).data;
      // Replacing would copy even a text whose every space is already single.
      const data = NEEDS_COLLAPSE.test(raw) ? raw.replace(SPACES, ' ') : raw;
      parts.push(data);
      if (linkDepth > 0) linkChars += data.length - countSpaces(data);
      continue;
    }
    if (node.type !== 'tag') continue;
    const el = node as Element;
    if (dropped.has(el) || isNeverProse(el)) continue;
    const isBlock = BLOCK_TAGS.has(el.name);
    if (leaving) {
      if (isBlock) {
        flush();
        tag = el.parent !== null && el.parent.type === 'tag' ? (el.parent as Element).name : container.name;
      }
      continue;
    }
    if (el.name === 'br') {
      parts.push('\n');
      continue;
    }
    if (isBlock) {
      flush();
      tag = el.name;
    } else if (el.name === 'td' || el.name === 'th') parts.push(' ');
    stack.push({ node: el, leaving: true, linkDepth });
    const childLinkDepth = el.name === 'a' ? linkDepth + 1 : linkDepth;
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ node: children[i] as AnyNode, leaving: false, linkDepth: childLinkDepth });
    }
  }
  flush();
  return blocks;
}

/**
 * The lines of a block's raw text (ASCII whitespace already turned into spaces, `<br>` into "\n"),
 * each with its spaces collapsed and trimmed, empty ones dropped.
 */
function blockLines(raw: string): string {
  // Most blocks are one line of single-spaced words: only an edge space to drop, nothing to split.
  if (!NEEDS_COLLAPSE.test(raw)) {
    const start = raw.startsWith(' ') ? 1 : 0;
    const end = raw.length > start && raw.endsWith(' ') ? raw.length - 1 : raw.length;
    return raw.slice(start, end);
  }
  return raw
    .split('\n')
    .map(collapseWhitespace)
    .filter((line) => line !== '')
    .join('\n');
}

function countSpaces(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}

export function isHeading(block: TextBlock): boolean {
  return HEADINGS.has(block.tag);
}
