import { type ChildNode, type Document, Element, isCDATA, isTag, isText } from 'domhandler';
import { decodeHTMLStrict } from 'entities';
import { parseDocument } from 'htmlparser2';

/**
 * A forgiving XML reading of a document. htmlparser2 builds a tree from anything (unclosed tags,
 * stray ampersands, undeclared entities) and never expands DTD entities, so a hostile internal subset
 * costs nothing. Entities are left raw by the parser and decoded once here, with the HTML table, so
 * `&hellip;` in a feed that never declared it still reads as an ellipsis.
 */
export function parseXmlTree(text: string): Document {
  return parseDocument(text, { xmlMode: true, decodeEntities: false, recognizeCDATA: true });
}

export { Element };

/** Namespace URIs vigie understands, keyed by the prefix used to name elements in this code. */
const KNOWN_NAMESPACES: Record<string, string> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/': 'rss',
  'http://my.netscape.com/rdf/simple/0.9/': 'rss',
  'http://backend.userland.com/rss2': 'rss',
  'http://blogs.law.harvard.edu/tech/rss': 'rss',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://purl.org/rss/1.0/modules/content/': 'content',
};

/**
 * The element's name as `prefix:local`, where the prefix is vigie's own for a known namespace URI
 * (whatever prefix the document chose), the document's prefix when the URI is unknown or undeclared,
 * and '' for no namespace. Local names are lower-cased: real feeds write pubDate, pubdate and PUBDATE.
 */
export function qualifiedName(element: Element): string {
  const colon = element.name.indexOf(':');
  const prefix = colon >= 0 ? element.name.slice(0, colon) : '';
  const local = element.name.slice(colon + 1).toLowerCase();
  const uri = namespaceUri(element, prefix);
  const known = uri === undefined ? undefined : KNOWN_NAMESPACES[uri.trim().toLowerCase()];
  return `${known ?? prefix.toLowerCase()}:${local}`;
}

/** The local name, lower-cased, whatever the namespace. */
export function localName(element: Element): string {
  return element.name.slice(element.name.indexOf(':') + 1).toLowerCase();
}

function namespaceUri(element: Element, prefix: string): string | undefined {
  const attribute = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
  for (let node: Element | null = element; node; node = parentElement(node)) {
    const value = node.attribs[attribute];
    if (value !== undefined) return value;
  }
  return undefined;
}

export function parentElement(node: ChildNode): Element | null {
  const parent = node.parent;
  return parent && isTag(parent) ? parent : null;
}

export function childElements(node: Document | Element): Element[] {
  return node.children.filter((child): child is Element => isTag(child));
}

/** Direct children whose qualified name is one of `names` (e.g. ':title', 'dc:date'), in document order. */
export function childrenNamed(node: Element, names: readonly string[]): Element[] {
  return childElements(node).filter((child) => names.includes(qualifiedName(child)));
}

/** An attribute, entity-decoded; names compared without case. */
export function attribute(element: Element, name: string): string | undefined {
  for (const [key, value] of Object.entries(element.attribs)) {
    if (key.toLowerCase() === name) return decodeHTMLStrict(value);
  }
  return undefined;
}

/** Character data of the element and its descendants, entities decoded once, CDATA taken as is. */
export function textContent(node: Element, skip?: (element: Element) => boolean): string {
  let text = '';
  const walk = (children: ChildNode[], literal: boolean): void => {
    for (const child of children) {
      if (isText(child)) text += literal ? child.data : decodeHTMLStrict(child.data);
      else if (isCDATA(child)) walk(child.children, true);
      else if (isTag(child) && !skip?.(child)) walk(child.children, literal);
    }
  };
  walk(node.children, false);
  return text;
}
