import type { Document, Element } from 'domhandler';
import { collectBlocks, isHeading, type TextBlock } from './block-text.ts';
import { bestContainer, type ContentStats, computeContentStats } from './content-stats.ts';

/** Blocks more than this share of link text are navigation, "read also" lines, tag lists. */
const MAX_BLOCK_LINK_SHARE = 0.5;

/**
 * The article's prose: furniture dropped, the best prose container chosen, its headings,
 * paragraphs, list items and quotes kept in document order and joined by blank lines.
 * The headline is left out: it lives in `title`.
 */
export function extractMainText(document: Document, title = ''): string {
  const content = computeContentStats(document);
  const chosen = chooseContainer(content);
  if (chosen === undefined) return '';
  const blocks = collectBlocks(chosen.container, content.dropped);
  const outside =
    chosen.core === undefined
      ? undefined
      : blocksOutside(blocks, collectBlocks(chosen.core, content.dropped));
  return selectBlocks(blocks, title, outside)
    .map((block) => block.text)
    .join('\n\n');
}

interface Chosen {
  container: Element;
  /** The prose container inside a preferred one (`<main>`, `<article>`) that was chosen around it. */
  core?: Element;
}

function chooseContainer(content: ContentStats): Chosen | undefined {
  const { order, stats } = content;
  const best = bestContainer(order, stats);
  if (best === undefined) {
    const container = order.find((el) => el.name === 'body') ?? order[0];
    return container === undefined ? undefined : { container };
  }
  const preferred = preferredContainer(content, best);
  if (preferred !== undefined)
    return preferred === best ? { container: best } : { container: preferred, core: best };
  return { container: climb(content, best) };
}

/**
 * Which blocks of a preferred container lie outside its prose core: the core is one subtree, so its
 * blocks are one run of the container's. `undefined` when the run is not found (nothing is judged).
 */
function blocksOutside(blocks: readonly TextBlock[], core: readonly TextBlock[]): boolean[] | undefined {
  if (core.length === 0) return undefined;
  for (let start = 0; start + core.length <= blocks.length; start++) {
    let same = true;
    for (let k = 0; k < core.length && same; k++) same = blocks[start + k]?.text === core[k]?.text;
    if (same) return blocks.map((_, i) => i < start || i >= start + core.length);
  }
  return undefined;
}

/**
 * `[itemprop=articleBody]`, `<article>` or `<main>` wins when it holds the best container or
 * at least as much prose: their extra content (headings, lists) belongs to the article.
 */
function preferredContainer(content: ContentStats, best: Element): Element | undefined {
  const bestProse = content.stats.get(best)?.proseChars ?? 0;
  for (const matches of PREFERRED) {
    let top: Element | undefined;
    let topProse = 0;
    for (const el of content.order) {
      if (!matches(el)) continue;
      const prose = content.stats.get(el)?.proseChars ?? 0;
      if (prose > topProse) {
        topProse = prose;
        top = el;
      }
    }
    if (top === undefined || topProse < MIN_PREFERRED_PROSE) continue;
    if (contains(top, best) || topProse >= bestProse) return top;
  }
  return undefined;
}

const PREFERRED: ((el: Element) => boolean)[] = [
  (el) => el.attribs.itemprop === 'articleBody',
  (el) => el.name === 'article',
  (el) => el.name === 'main',
];
const MIN_PREFERRED_PROSE = 200;
/** How many levels up a split article (several sibling prose columns) is looked for. */
const CLIMB_LEVELS = 4;

/** Moves up while an ancestor holds much more prose: articles split in several sibling containers. */
function climb(content: ContentStats, start: Element): Element {
  let current = start;
  for (;;) {
    const currentProse = content.stats.get(current)?.proseChars ?? 0;
    let next: Element | undefined;
    let ancestor = current.parent;
    for (let level = 0; level < CLIMB_LEVELS && ancestor !== null && ancestor.type === 'tag'; level++) {
      const stats = content.stats.get(ancestor as Element);
      if (stats === undefined) break;
      const linkShare = stats.chars === 0 ? 0 : stats.linkChars / stats.chars;
      if (linkShare > 0.3) break;
      if (stats.proseChars >= currentProse * 1.3) {
        next = ancestor as Element;
        break;
      }
      ancestor = ancestor.parent;
    }
    if (next === undefined) return current;
    current = next;
  }
}

function contains(ancestor: Element, node: Element): boolean {
  for (let current: Element | null = node; current !== null; current = current.parent as Element | null) {
    if (current === ancestor) return true;
  }
  return false;
}

/**
 * Drops link lists, credit lines and the headline, then headings left with nothing under them
 * ("Related coverage", "À découvrir" above a list of links that was just dropped).
 */
function selectBlocks(
  blocks: readonly TextBlock[],
  title: string,
  outside: readonly boolean[] | undefined,
): TextBlock[] {
  const keep = blocks.map(
    (block, i) =>
      keepBlock(block, title) && !(outside?.[i] === true && !isHeading(block) && !proseLike(block)),
  );
  const selected: TextBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as TextBlock;
    if (!keep[i]) continue;
    if (isHeading(block)) {
      const next = blocks[i + 1];
      if (next === undefined || !keep[i + 1] || isHeading(next)) continue;
    }
    selected.push(block);
  }
  return selected;
}

/**
 * Whether a block beside the prose core reads as prose (the test readability gives a sibling of its
 * top candidate): a long block with few links, or a short one that holds a sentence's full stop. An
 * issue bar ("Issue 212 · 6 min read"), a price strip or a box of note-form takeaways does not.
 */
function proseLike(block: TextBlock): boolean {
  if (block.text.length >= MIN_PROSE_CHARS)
    return (
      block.linkChars / Math.max(1, block.text.length - countWhitespace(block.text)) < MAX_PROSE_LINK_SHARE
    );
  return block.linkChars === 0 && SENTENCE_END.test(block.text);
}
const MIN_PROSE_CHARS = 80;
const MAX_PROSE_LINK_SHARE = 0.25;
const SENTENCE_END = /[.!?…](?:["»”’)\]]\s*)?(?:\s|$)/u;

/** "© 2020 Le Journal", "Crédits photos : X", "(Credit: Y)", "Photo : Z": credits, not prose. */
const CREDIT_LINE =
  /^[([]?\s*(©|copyright\b|(crédits?|credits?|photos?|image|illustration)(\s+photos?)?\s*:)/i;
const MAX_CREDIT_CHARS = 160;

function keepBlock(block: TextBlock, title: string): boolean {
  const chars = block.text.length - countWhitespace(block.text);
  if (chars === 0) return false;
  if (block.linkChars / chars > MAX_BLOCK_LINK_SHARE) return false;
  if (block.text.length <= MAX_CREDIT_CHARS && CREDIT_LINE.test(block.text)) return false;
  if (isHeading(block) && title !== '' && sameText(block.text, title)) return false;
  return true;
}

const WHITESPACE = /\s/;

/** How many characters of `text` match `/\s/`, counted without building a copy of it. */
function countWhitespace(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 ? code === 32 || (code >= 9 && code <= 13) : WHITESPACE.test(text.charAt(i))) n++;
  }
  return n;
}

/** The headline, give or take case, punctuation, or a site name the page appended to one of them. */
function sameText(heading: string, title: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[\s\p{P}\p{S}]+/gu, ' ')
      .trim();
  const a = norm(heading);
  const b = norm(title);
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.length >= 10 && longer.startsWith(shorter) && shorter.length >= longer.length * 0.6;
}
