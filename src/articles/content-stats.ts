import type { AnyNode, Document, Element, Text } from 'domhandler';
import { isFurniture, isNeverProse, nameWeight } from './boilerplate-rules.ts';

/** Elements that start a new block of text; everything else flows inline. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'center',
  'caption',
  'html',
]);

/** Text counts of one kept element and what readability-style scoring made of it. */
export interface ElementStats {
  /** Visible characters (whitespace excluded) in the subtree. */
  chars: number;
  /** Of which inside links. */
  linkChars: number;
  /** Characters of well-formed paragraphs (long enough, few links) in the subtree. */
  proseChars: number;
  commas: number;
  /** Sum of the paragraph scores handed up to this element. */
  score: number;
}

export interface ContentStats {
  /** Kept elements (furniture removed with its subtree), in document order. */
  order: Element[];
  stats: Map<Element, ElementStats>;
  dropped: Set<Element>;
}

/** A paragraph shorter than this says too little to score. */
const MIN_PARAGRAPH_CHARS = 25;
/** How much of a paragraph's score each ancestor level receives. */
const LEVEL_SHARES = [1, 0.5, 1 / 6, 1 / 9, 1 / 12];

/**
 * One pass down to drop furniture, one pass up to count text. Paragraph-like blocks score by
 * length and comma count, discounted by their link share, and hand the score to their
 * ancestors with decreasing weight: the element collecting most is the prose container.
 */
export function computeContentStats(document: Document): ContentStats {
  const visited = keptElements(document, isNeverProse);
  // A first count with everything in tells furniture from a wrapper: an element named "share-zone"
  // or a page-wide <form> that holds most of the page's prose is where the article lives.
  const firstCount = countElements(visited);
  const totalProse = Math.max(
    0,
    ...document.children.map((child) => firstCount.get(child as Element)?.proseChars ?? 0),
  );
  const dropped = new Set<Element>();
  for (const el of visited) {
    if (isFurniture(el) && (firstCount.get(el)?.proseChars ?? 0) <= totalProse * WRAPPER_SHARE)
      dropped.add(el);
  }
  if (dropped.size === 0) return { order: visited, stats: firstCount, dropped };
  let order = keptElements(document, (el) => dropped.has(el) || isNeverProse(el));
  let stats = countElements(order);
  // When dropping furniture lost the best prose of the page (an article inside a <noscript> or a
  // "widget"), its furniture ancestors were wrappers after all: count again with them kept.
  const firstBest = bestContainer(visited, firstCount);
  const firstProse = firstBest === undefined ? 0 : (firstCount.get(firstBest)?.proseChars ?? 0);
  const kept = bestContainer(order, stats);
  const keptProse = kept === undefined ? 0 : (stats.get(kept)?.proseChars ?? 0);
  if (firstBest !== undefined && keptProse < firstProse * 0.5) {
    for (
      let node: Element | null = firstBest;
      node !== null && node.type === 'tag';
      node = node.parent as Element | null
    ) {
      dropped.delete(node);
    }
    order = keptElements(document, (el) => dropped.has(el) || isNeverProse(el));
    stats = countElements(order);
  }
  return { order, stats, dropped };
}

/** The element with the highest container score. */
export function bestContainer(
  order: readonly Element[],
  stats: Map<Element, ElementStats>,
): Element | undefined {
  let best: Element | undefined;
  let bestScore = 0;
  for (const el of order) {
    const own = stats.get(el);
    if (own === undefined) continue;
    const score = containerScore(el, own);
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  return best;
}

/** Furniture holding more than this share of the page's prose is a wrapper, not furniture. */
const WRAPPER_SHARE = 0.5;

/** Elements in document order, each skipped element taking its subtree with it. */
function keptElements(document: Document, skip: (el: Element) => boolean): Element[] {
  const kept: Element[] = [];
  const stack: AnyNode[] = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    if (skip(el)) continue;
    kept.push(el);
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
  }
  return kept;
}

/** Bottom-up counts over `order` (document order; an element absent from it is ignored with its subtree). */
function countElements(order: readonly Element[]): Map<Element, ElementStats> {
  const stats = new Map<Element, ElementStats>();
  for (const el of order) stats.set(el, { chars: 0, linkChars: 0, proseChars: 0, commas: 0, score: 0 });
  for (let index = order.length - 1; index >= 0; index--) {
    const el = order[index] as Element;
    const own = stats.get(el) as ElementStats;
    let inlineChars = 0;
    let inlineLinks = 0;
    let inlineCommas = 0;
    for (const child of el.children) {
      if (child.type === 'text') {
        const [chars, commas] = countText((child as Text).data);
        own.chars += chars;
        own.commas += commas;
        inlineChars += chars;
        inlineCommas += commas;
        continue;
      }
      const childStats = stats.get(child as Element);
      if (childStats === undefined) continue;
      own.chars += childStats.chars;
      own.linkChars += childStats.linkChars;
      own.proseChars += childStats.proseChars;
      own.commas += childStats.commas;
      if (!BLOCK_TAGS.has((child as Element).name)) {
        inlineChars += childStats.chars;
        inlineLinks += childStats.linkChars;
        inlineCommas += childStats.commas;
      }
    }
    if (el.name === 'a') own.linkChars = own.chars;
    if (!BLOCK_TAGS.has(el.name) || inlineChars < MIN_PARAGRAPH_CHARS) continue;
    const linkShare = inlineLinks / inlineChars;
    if (linkShare < 0.35) own.proseChars += inlineChars;
    const points = (1 + inlineCommas + Math.min(inlineChars / 100, 3)) * (1 - linkShare);
    let ancestor = el.parent;
    for (const share of LEVEL_SHARES) {
      if (ancestor === null || ancestor.type !== 'tag') break;
      const target = stats.get(ancestor as Element);
      if (target !== undefined) target.score += points * share;
      ancestor = ancestor.parent;
    }
  }
  return stats;
}

/** Final container score: paragraph points, discounted by the link share, nudged by class names. */
export function containerScore(el: Element, stats: ElementStats): number {
  if (stats.score === 0) return 0;
  const linkShare = stats.chars === 0 ? 0 : stats.linkChars / stats.chars;
  return (stats.score + nameWeight(el) * 0.2) * (1 - linkShare);
}

function countText(data: string): [number, number] {
  let chars = 0;
  let commas = 0;
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i);
    if (code <= 32) continue;
    chars++;
    if (code === 44 || code === 0xff0c || code === 0x060c) commas++;
  }
  return [chars, commas];
}
