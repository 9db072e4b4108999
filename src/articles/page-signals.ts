import type { AnyNode, Document, Element } from 'domhandler';
import { textContent } from './html-document.ts';

/** Everything metadata needs from a page, gathered in one walk over the tree. */
export interface PageSignals {
  /** Lowercased meta name/property/itemprop -> content of its first occurrence. */
  meta: Map<string, string>;
  canonicalHref?: string;
  jsonLd: string[];
  titleText?: string;
  firstH1?: string;
  /** `<time datetime>` values, those marked as the publication time first. */
  timeDatetimes: string[];
  htmlLang?: string;
}

export function collectPageSignals(document: Document): PageSignals {
  const signals: PageSignals = { meta: new Map(), jsonLd: [], timeDatetimes: [] };
  const markedTimes: string[] = [];
  const otherTimes: string[] = [];
  const stack: AnyNode[] = [...document.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type !== 'tag' && node.type !== 'script') continue;
    const el = node as Element;
    const attribs = el.attribs;
    switch (el.name) {
      case 'html':
        if (attribs.lang) signals.htmlLang = attribs.lang.trim().toLowerCase();
        break;
      case 'meta': {
        const content = attribs.content;
        if (content === undefined) break;
        for (const key of [attribs.property, attribs.name, attribs.itemprop]) {
          if (key === undefined) continue;
          const lower = key.trim().toLowerCase();
          if (lower !== '' && !signals.meta.has(lower)) signals.meta.set(lower, content.trim());
        }
        break;
      }
      case 'link':
        if (
          signals.canonicalHref === undefined &&
          /(^|\s)canonical(\s|$)/i.test(attribs.rel ?? '') &&
          attribs.href
        ) {
          signals.canonicalHref = attribs.href.trim();
        }
        break;
      case 'script':
        if (/ld\+json/i.test(attribs.type ?? '')) signals.jsonLd.push(textContent(el));
        continue;
      case 'title':
        if (signals.titleText === undefined) signals.titleText = textContent(el);
        continue;
      case 'svg':
        continue;
      case 'h1':
        if (signals.firstH1 === undefined) signals.firstH1 = textContent(el);
        break;
      case 'time': {
        const value = attribs.datetime?.trim();
        if (value) {
          const marked = attribs.pubdate !== undefined || /datepublished/i.test(attribs.itemprop ?? '');
          (marked ? markedTimes : otherTimes).push(value);
        }
        break;
      }
    }
    const children = el.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
  }
  signals.timeDatetimes = [...markedTimes, ...otherTimes];
  return signals;
}
