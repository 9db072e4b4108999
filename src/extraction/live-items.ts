import type { EntityRegistry } from '../entities/entity-registry.ts';
import { foldText } from '../entities/fold-text.ts';
import type { ArticleState } from './article-state.ts';
import { commonWords } from './common-words.ts';
import type { PartyMention } from './find-parties.ts';
import type { RuleSet } from './rules/rule-set.ts';
import type { SentenceContext } from './sentence-context.ts';
import type { Sentence } from './split-sentences.ts';

/**
 * A live page or a wire's running brief is a list of items, each opening on a time stamp and often a
 * capitalised slug naming its company: "12h31 - ACME - L'assureur a démenti ...", "09:15 GMT — Acme: ...".
 * A page whose stamp stands in its own element reads as the stamp right before the item's first word,
 * capitalised ("14:30 Helmora Dialysis is bucking the trend"): a stamp with "h" or ":" so written opens an
 * item too ("12.50 Euros" is no stamp).
 * Each item is a story of its own: what an earlier item was about must not stand for "l'assureur",
 * "the company" or "le titre" in the next one.
 */
const ITEM_START =
  /^\s*(?:(?:\d{1,2}\s?[hH:.]\s?\d{2}(?:\s?(?:GMT|UTC|CET|BST|HEC))?|\d{1,2}\s?[hH])\s*[-–—|:]\s+|\d{1,2}(?:[hH]|:)\d{2}(?:\s?(?:GMT|UTC|CET|BST|HEC))?\s+(?=\p{Lu}))(?:([\p{Lu}\d][\p{Lu}\d&'’.\s/-]{1,60}?)\s*[-–—:]\s+)?/u;
/** Slugs that name a desk, not a company ("MARCHÉS", "CHANGES", "MARKETS"). */
const DESK_SLUG =
  /^(?:marches?|bourses?|changes?|devises?|taux|obligations?|petrole|matieres premieres|macro|conjoncture|economie|agenda|indices?|europe|france|monde|international|politique|social|emploi|markets?|forex|fx|commodities|oil|bonds?|rates|economy|stocks|equities|world|briefs?|update)$/u;

export interface LiveItem {
  /** Where the item's own text starts in the sentence, past the time stamp and the slug. */
  bodyStart: number;
  /** The slug's company: the organisation the item's descriptors and bare "le titre" stand for. */
  subject?: PartyMention;
}

function titleCase(slug: string): string {
  return slug
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/**
 * A wire's "valeurs à suivre" or "stocks to watch" item opening on its company's slug in capitals, no time
 * stamp: "ALSTOM - Le constructeur ferroviaire a remporté …", "ORANGE - L'opérateur a obtenu …".
 */
const SLUG_START =
  /^\s*(?:([\p{Lu}][\p{Lu}\d&'’.\s/-]{1,60}?)|[\p{Lu}][\p{Lu}\d&'’.,\s/-]{1,80}?)\s+[-–—]{1,2}\s+(?=(?:Le |La |Les |L['’]|The )\p{Ll})/u;
/** Slugs of a market report's sections, not of a company. */
const SECTION_SLUG = /^(?:cloture|ouverture|valeurs? a suivre|stocks to watch|closing|opening)\b/u;

/** The item a sentence opens, if it opens one (time stamp first, then an optional capitalised slug). */
export function liveItemAt(ctx: SentenceContext): LiveItem | undefined {
  const m = ITEM_START.exec(ctx.sentence.text) ?? slugItem(ctx);
  if (m === null) return undefined;
  const raw = m[1]?.trim();
  // A slug is written in capitals; "12h31 - Le CAC 40 recule" has none.
  if (raw === undefined || raw !== raw.toUpperCase() || !/\p{L}{2}/u.test(raw))
    return { bodyStart: m[0].length };
  const start = m[0].indexOf(raw);
  const end = start + raw.length;
  const folded = ctx.folded.slice(start, end).trim();
  if (DESK_SLUG.test(folded)) return { bodyStart: m[0].length };
  const known = ctx.registry.get(raw);
  const subject: PartyMention = known
    ? { name: known.name, type: known.type, known: true, start, end }
    : { name: titleCase(raw), type: 'company', known: false, start, end };
  if (subject.type !== 'company' && subject.type !== 'alliance') return { bodyStart: m[0].length };
  return { bodyStart: m[0].length, subject };
}

function slugItem(ctx: SentenceContext): RegExpExecArray | null {
  // Cheap gate: a slug opens on two capitals.
  if (!/^\s*\p{Lu}[\p{Lu}\d]/u.test(ctx.sentence.text.slice(0, 4))) return null;
  const m = SLUG_START.exec(ctx.sentence.text);
  if (m === null) return null;
  const folded = ctx.folded
    .slice(0, m[0].length)
    .replace(/\s*[-–—]+\s*$/u, '')
    .trim();
  if (SECTION_SLUG.test(folded) || ctx.rules.organisations.places.has(folded)) return null;
  return m;
}

/**
 * A market round-up's heading line naming one mover: "Brenhallow Insurance (LSE: BRH) -7.9%",
 * "Orsanne (ORS.PA) +4,2 %", "Kestrel Foods: down 3%". The paragraph under it is that company's item.
 */
const MOVER_HEADING =
  /^\s*([\p{Lu}][\p{L}\p{N}&'’.\s-]{1,60}?)\s*(?:\((?:[\p{L} .]{2,30}:\s*)?[\p{Lu}\d.]{1,10}\)\s*[:,]?|:)?\s*(?:[+\-−–]\s?\d+(?:[.,]\d+)?\s?%|(?:up|down|en hausse de|en baisse de)\s+\d+(?:[.,]\d+)?\s?%)\s*$/u;

/** An index's heading is no company's item. */
const INDEX_NAME =
  /\b(?:CAC|FTSE|Stoxx|STOXX|DAX|S&P|Nasdaq|NASDAQ|Dow|Nikkei|SBF|Ibex|IBEX|MIB|AEX|SMI|Euro ?Stoxx|Index|Indice)\b/u;

/** The item a mover heading opens for the paragraph under it, if the line is one. */
export function moverHeadingItem(text: string, registry: EntityRegistry): LiveItem | undefined {
  const raw = MOVER_HEADING.exec(text)?.[1]?.trim();
  if (raw === undefined || INDEX_NAME.test(raw)) return undefined;
  const known = registry.get(raw);
  if (known !== undefined && known.type !== 'company') return undefined;
  const subject: PartyMention = known
    ? { name: known.name, type: known.type, known: true, start: 0, end: 0 }
    : { name: raw, type: 'company', known: false, start: 0, end: 0 };
  return { bodyStart: 0, subject };
}

/**
 * Starts a new item: forgets what earlier items settled and makes the slug's company the subject.
 * The slug itself is a heading, not a mention in the sentence: it is removed from the parties.
 */
export function startLiveItem(ctx: SentenceContext, state: ArticleState, item: LiveItem): void {
  // "14:30 - Helmora Dialysis is bucking the trend: the dialysis company's shares …": an item with no slug
  // is about the company its text opens on.
  const subject =
    item.subject ??
    ctx.parties.find((p) => p.start === item.bodyStart && (p.type === 'company' || p.type === 'alliance'));
  state.topic = subject;
  state.roles = new Map();
  state.mentioned = subject !== undefined ? [subject.name] : [];
  state.founders = undefined;
  state.foundersText = undefined;
  state.foundersVenture = undefined;
  state.mover = subject;
  state.alliance = undefined;
  ctx.parties = ctx.parties.filter((p) => p.start >= item.bodyStart);
  ctx.candidates = ctx.candidates.filter((p) => p.start >= item.bodyStart);
}

/**
 * A column of briefs opening each paragraph on its company's name as a run-in heading: "Scheldara. Le
 * spécialiste gantois des résines a encore reculé …", "Lotus Bakeries. Le biscuitier de Lembeke a signé …".
 * The name alone makes the paragraph's first sentence; the paragraph is that company's item, so its
 * descriptors stand for it, not for the company of the brief above.
 */
const RUN_IN_NAME =
  /^\s*(\p{Lu}[\p{L}\p{N}&'’-]*(?: (?:(?:de la|de l['’]|de|du|des|d['’]) ?)?\p{Lu}[\p{L}\p{N}&'’-]*){0,4})\.\s*$/u;

/** The item a run-in heading opens: a name alone, opening its paragraph, and the paragraph goes on. */
function runInHeadingItem(
  sentences: readonly Sentence[],
  index: number,
  registry: EntityRegistry,
  places: ReadonlySet<string>,
  common: ReadonlySet<string>,
): LiveItem | undefined {
  const sentence = sentences[index] as Sentence;
  if (!sentence.body) return undefined;
  if (sentences[index - 1]?.paragraph === sentence.paragraph) return undefined;
  if (sentences[index + 1]?.paragraph !== sentence.paragraph) return undefined;
  const name = RUN_IN_NAME.exec(sentence.text)?.[1];
  if (name === undefined) return undefined;
  // Not a place, nor an interview's answer opening on a word (« Non. Il n'y a aucune discussion … »).
  const folded = foldText(name);
  if (places.has(folded) || common.has(folded)) return undefined;
  const known = registry.get(name);
  if (known !== undefined && known.type !== 'company') return undefined;
  const subject: PartyMention = known
    ? { name: known.name, type: known.type, known: true, start: 0, end: 0 }
    : { name, type: 'company', known: false, start: 0, end: 0 };
  return { bodyStart: 0, subject };
}

/**
 * The items of a column of briefs, by the index of their heading sentence: two run-in headings at least,
 * so that a lead's run-in dateline ("Craon. C'était l'objectif …") opens none.
 */
export function briefColumnItems(
  sentences: readonly Sentence[],
  registry: EntityRegistry,
  rules: RuleSet,
): Map<number, LiveItem> {
  const items = new Map<number, LiveItem>();
  const common = commonWords(rules.language);
  for (const index of sentences.keys()) {
    const item = runInHeadingItem(sentences, index, registry, rules.organisations.places, common);
    if (item !== undefined) items.set(index, item);
  }
  if (items.size < 2) items.clear();
  return items;
}

/** A live page's time stamp standing alone as a heading ("17h40", "16.40", "09:15 GMT"): a new item below. */
const TIME_HEADING = /^\s*\d{1,2}\s?[hH:.]\s?\d{2}(?:\s?(?:GMT|UTC|CET|BST|HEC))?\s*$/u;

/** The item a bare time-stamp heading opens for the paragraph under it. */
export function timeHeadingItem(text: string): LiveItem | undefined {
  return TIME_HEADING.test(text) ? { bodyStart: 0 } : undefined;
}
