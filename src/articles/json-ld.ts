/**
 * What the JSON-LD blocks of a page say about its article. Pages ship broken JSON-LD often
 * (trailing commas, raw newlines in strings, HTML comments around it), so parsing is lenient
 * and, as a last resort, the fields are read with patterns.
 */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  publisherName?: string;
  url?: string;
}

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'blogposting',
  'liveblogposting',
  'socialmediaposting',
  'techarticle',
  'report',
  'scholarlyarticle',
]);
const PAGE_TYPES = new Set(['webpage', 'itempage', 'collectionpage']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export function readJsonLd(blocks: readonly string[]): JsonLdArticle {
  const nodes: JsonObject[] = [];
  const unparsed: string[] = [];
  for (const block of blocks) {
    const value = parseLenient(block);
    if (value === undefined) unparsed.push(block);
    else collectNodes(value, nodes);
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string') byId.set(id, node);
  }
  const article =
    nodes.find((node) => hasType(node, ARTICLE_TYPES)) ?? nodes.find((n) => hasType(n, PAGE_TYPES));
  const found: JsonLdArticle = article === undefined ? {} : describe(article, byId);
  if (found.publisherName === undefined) {
    const organisation = nodes.find((node) => hasType(node, new Set(['newsmediaorganization'])));
    const name = organisation === undefined ? undefined : stringOf(organisation.name);
    if (name !== undefined) found.publisherName = name;
  }
  for (const block of unparsed) fillFromPatterns(block, found);
  return found;
}

function describe(article: JsonObject, byId: Map<string, JsonObject>): JsonLdArticle {
  const found: JsonLdArticle = {};
  const headline = stringOf(article.headline) ?? stringOf(article.name);
  if (headline !== undefined) found.headline = headline;
  const date = stringOf(article.datePublished) ?? stringOf(article.dateCreated);
  if (date !== undefined) found.datePublished = date;
  const url = stringOf(article.url) ?? idOf(article.mainEntityOfPage);
  if (url !== undefined) found.url = url;
  const publisher = publisherName(article.publisher, byId) ?? publisherName(article.sourceOrganization, byId);
  if (publisher !== undefined) found.publisherName = publisher;
  return found;
}

function publisherName(value: Json | undefined, byId: Map<string, JsonObject>): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const name = publisherName(item, byId);
      if (name !== undefined) return name;
    }
    return undefined;
  }
  if (typeof value !== 'object') return undefined;
  const direct = stringOf(value.name);
  if (direct !== undefined) return direct;
  const id = value['@id'];
  const target = typeof id === 'string' ? byId.get(id) : undefined;
  return target === undefined ? undefined : stringOf(target.name);
}

function collectNodes(value: Json, into: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  into.push(value);
  const graph = value['@graph'];
  if (graph !== undefined) collectNodes(graph, into);
  const main = value.mainEntity;
  if (main !== undefined && typeof main === 'object') collectNodes(main, into);
}

function hasType(node: JsonObject, types: ReadonlySet<string>): boolean {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.some((t) => typeof t === 'string' && types.has(t.replace(/^.*[/:]/, '').toLowerCase()));
}

function stringOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return stringOf(value[0]);
  return undefined;
}

function idOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return stringOf(value['@id']);
  return undefined;
}

function parseLenient(block: string): Json | undefined {
  const cleaned = block
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    .trim();
  const attempts = [
    cleaned,
    // Raw line breaks and tabs inside strings, trailing commas, and a stray final semicolon.
    cleaned
      .replace(/[\n\r\t]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1')
      .replace(/;\s*$/, ''),
  ];
  for (const attempt of attempts) {
    try {
      return JSON.parse(attempt) as Json;
    } catch {
      // Try the next, more forgiving form.
    }
  }
  return undefined;
}

function fillFromPatterns(block: string, found: JsonLdArticle): void {
  const field = (name: string) => {
    const match = new RegExp(`"${name}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(block);
    if (match?.[1] === undefined) return undefined;
    try {
      return (JSON.parse(`"${match[1].replace(/[\n\r\t]/g, ' ')}"`) as string).trim() || undefined;
    } catch {
      return match[1].trim() || undefined;
    }
  };
  found.headline ??= field('headline');
  found.datePublished ??= field('datePublished');
  if (found.publisherName === undefined) {
    const publisher = /"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"/.exec(block)?.[1];
    if (publisher !== undefined) found.publisherName = publisher.trim();
  }
  if (found.headline === undefined) delete found.headline;
  if (found.datePublished === undefined) delete found.datePublished;
}
