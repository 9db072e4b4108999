import type { Element } from 'domhandler';

/** Elements that never hold article prose. */
const NEVER_PROSE_TAGS = new Set([
  'script',
  'style',
  'iframe',
  'svg',
  'math',
  'button',
  'select',
  'input',
  'textarea',
  'option',
  'label',
  'template',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'map',
  'dialog',
  'menu',
  'link',
  'meta',
  'head',
  'title',
  'picture',
  'img',
  'source',
]);

/** Page furniture by structure; some templates wrap the whole article in one of them, though. */
const FURNITURE_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'noscript']);

const DROP_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'menu',
  'menubar',
  'search',
  'dialog',
  'alertdialog',
  'toolbar',
  'tablist',
  'tooltip',
]);

/**
 * Class and id words of page furniture. A word matches a whole token of the class or id
 * ("share-bar" and "shareBar" match "share"; "shareholders" does not match "share").
 */
const FURNITURE_WORDS = new Set([
  'menu',
  'nav',
  'navbar',
  'navigation',
  'sidebar',
  'side',
  'related',
  'share',
  'sharing',
  'shares',
  'sharebar',
  'social',
  'socials',
  'comment',
  'comments',
  'commentaires',
  'disqus',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'newsletter',
  'newsletters',
  'ad',
  'ads',
  'adv',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'pub',
  'publicite',
  'sponsor',
  'sponsored',
  'promo',
  'promos',
  'promotion',
  'breadcrumb',
  'breadcrumbs',
  'ariane',
  'footer',
  'header',
  'masthead',
  'ticker',
  'widget',
  'widgets',
  'banner',
  'popup',
  'modal',
  'overlay',
  'subscribe',
  'subscription',
  'signup',
  'paywall',
  'outbrain',
  'taboola',
  'recommended',
  'recommendations',
  'reco',
  'toolbar',
  'tools',
  'pagination',
  'pager',
  'skip',
  'hidden',
  'hide',
  'print',
  'login',
  'search',
  'tags',
  'tag',
  'keywords',
  'topics',
  'trending',
  'popular',
  'most',
  'read',
  'more',
  'teaser',
  'teasers',
  'further',
  'also',
  'jump',
  'rail',
  'dfp',
  'gpt',
  'author',
  'byline',
  'bio',
  'meta',
  'metadata',
  'img',
  'disclosure',
  'disclaimer',
  'payant',
  'time',
  'date',
  'caption',
  'credit',
  'credits',
  'follow',
  'partner',
  'partners',
  'cta',
  'offer',
  'sticky',
  'alert',
  'alerts',
  'breaking',
  'carousel',
  'slider',
  'playlist',
  'video',
  'rss',
  'feedback',
  'rating',
  'poll',
]);

/** Furniture words that win over content words: "article-share", "content-paywall", "post-comments". */
const STRONG_FURNITURE_WORDS = new Set([
  'share',
  'sharing',
  'sharebar',
  'social',
  'comment',
  'comments',
  'commentaires',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'newsletter',
  'newsletters',
  'paywall',
  'payant',
  'related',
  'sidebar',
  'breadcrumb',
  'breadcrumbs',
  'outbrain',
  'taboola',
  'promo',
  'subscribe',
  'subscription',
  'signup',
  'disclosure',
  'disclaimer',
  'metadata',
]);

/** Words that say "this holds the article": such elements are never dropped for their name. */
const CONTENT_WORDS = new Set([
  'article',
  'articles',
  'body',
  'content',
  'contents',
  'main',
  'post',
  'entry',
  'story',
  'texte',
  'prose',
  'column',
  'hentry',
  'blog',
  'chapo',
  'contenu',
  'corps',
]);

const BLOCK_LIKE = new Set(['div', 'section', 'ul', 'ol', 'table', 'figure', 'aside', 'nav']);

/** Per element, its name tokens: asked when finding furniture and again at every container scoring. */
const tokensOf = new WeakMap<Element, readonly string[]>();
const NO_TOKENS: readonly string[] = Object.freeze([]);

/** Splits "article-body__text shareBar" into ["article", "body", "text", "share", "bar"]. */
export function nameTokens(el: Element): readonly string[] {
  const { class: className, id } = el.attribs;
  if (className === undefined && id === undefined) return NO_TOKENS;
  let tokens = tokensOf.get(el);
  if (tokens === undefined) {
    tokens = `${className ?? ''} ${id ?? ''}`
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((token) => token !== '');
    tokensOf.set(el, tokens);
  }
  return tokens;
}

/** Never prose, whatever it holds: scripts, styles, media, form controls, hidden elements. */
export function isNeverProse(el: Element): boolean {
  if (NEVER_PROSE_TAGS.has(el.name)) return true;
  const attribs = el.attribs;
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return true;
  const style = attribs.style;
  return style !== undefined && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Furniture by tag, role, or class and id words: dropped unless it turns out to wrap the article. */
export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.name)) return true;
  const attribs = el.attribs;
  const role = attribs.role;
  if (role !== undefined && DROP_ROLES.has(role.toLowerCase())) return true;
  if (el.name === 'body' || el.name === 'html' || el.name === 'main' || el.name === 'article') return false;
  // Inside a paragraph a named span is part of the sentence ("<span class=dateline>KOBE – </span>").
  if (el.parent !== null && (el.parent as Element).name === 'p' && !BLOCK_LIKE.has(el.name)) return false;
  if (attribs.itemprop === 'articleBody') return false;
  const tokens = nameTokens(el);
  if (tokens.length === 0) return false;
  let furniture = false;
  let content = false;
  for (const token of tokens) {
    if (STRONG_FURNITURE_WORDS.has(token)) return true;
    if (CONTENT_WORDS.has(token)) content = true;
    else if (FURNITURE_WORDS.has(token)) furniture = true;
  }
  return furniture && !content;
}

/** A small bias from class and id names, used when scoring candidate containers. */
export function nameWeight(el: Element): number {
  let weight = 0;
  for (const token of nameTokens(el)) {
    if (CONTENT_WORDS.has(token)) weight = Math.max(weight, 25);
  }
  return weight;
}
