import type { PartyMention } from './find-parties.ts';

/**
 * Which company a bare anaphor ("the company", "le groupe", "l'action", "its") stands for, in the spirit
 * of Lappin & Leass (1994) and centering: every mention of a company adds salience by its role in the
 * sentence, salience halves with each sentence read (and again at a paragraph break), and a standing
 * part that never fades keeps the article's own company (the headline's, the most mentioned) in view.
 * Recency alone would hand "The company also said …" to the company a quote or a side remark named last.
 */
export type MentionRole =
  /** The headline's subject: what the article is about. */
  | 'headline'
  /** Any other company the headline names. */
  | 'headline-other'
  /** The sentence's subject (first actor, or a subject anaphor continuing the topic). */
  | 'subject'
  /** Any other plain mention: an object, a target, a complement. */
  | 'object'
  /** The partner after "avec"/"with": the other side of the subject's deal. */
  | 'with'
  /** A mention only inside a quote, or in a fronted side remark ("Contactée, X …", "Asked about X"). */
  | 'minor';

/** What a mention adds to the fading part of a company's salience. */
const RECENT: Record<MentionRole, number> = {
  headline: 3,
  'headline-other': 1.5,
  subject: 3,
  object: 1.5,
  with: 0.5,
  minor: 0.25,
};
/** What a mention adds to the standing part, which never fades. */
const STANDING: Record<MentionRole, number> = {
  headline: 0.5,
  'headline-other': 0.25,
  subject: 0.05,
  object: 0.05,
  with: 0.025,
  minor: 0,
};
/** The standing a company gets from repeated mentions stops growing here: a long article is no vote. */
const STANDING_FROM_MENTIONS = 0.25;
/** Each sentence read halves what earlier sentences said; a new paragraph halves it again. */
const SENTENCE_DECAY = 0.5;
const PARAGRAPH_DECAY = 0.5;
/** A new item of a live page keeps almost nothing of the items above it but the headline's standing. */
const ITEM_DECAY = 0.05;

interface Entry {
  mention: PartyMention;
  recent: number;
  standing: number;
  fromMentions: number;
  /** The order of the last mention: ties go to the company named last. */
  last: number;
}

export interface Salience {
  entries: Map<string, Entry>;
  /** Mentions of the sentence being read: one role per company, the strongest. */
  pending: Map<string, { mention: PartyMention; role: MentionRole }>;
  clock: number;
}

export function newSalience(): Salience {
  return { entries: new Map(), pending: new Map(), clock: 0 };
}

/** Records a mention in the sentence being read; a company named twice counts once, by its strongest role. */
export function noteMention(s: Salience, mention: PartyMention, role: MentionRole): void {
  const had = s.pending.get(mention.name);
  if (had === undefined || RECENT[role] > RECENT[had.role]) s.pending.set(mention.name, { mention, role });
}

/** Closes the sentence: what earlier sentences named fades by one sentence, then what it named joins. */
export function endSentence(s: Salience): void {
  fade(s, SENTENCE_DECAY);
  // Ties go to the more recent sentence, and within a sentence to the earlier name: of "Capgemini et
  // Ardelis ont annoncé", Capgemini is the head the next "nous" speaks for.
  for (const [name, { mention, role }] of [...s.pending].reverse()) {
    let e = s.entries.get(name);
    if (e === undefined) {
      e = { mention, recent: 0, standing: 0, fromMentions: 0, last: 0 };
      s.entries.set(name, e);
    }
    e.mention = mention;
    e.recent += RECENT[role];
    const gain = STANDING[role];
    if (role === 'headline' || role === 'headline-other') e.standing += gain;
    else if (e.fromMentions < STANDING_FROM_MENTIONS) {
      const add = Math.min(gain, STANDING_FROM_MENTIONS - e.fromMentions);
      e.fromMentions += add;
      e.standing += add;
    }
    e.last = ++s.clock;
  }
  s.pending.clear();
}

/** A new paragraph: the last paragraph's companies fade further than the sentence break alone. */
export function newParagraph(s: Salience): void {
  fade(s, PARAGRAPH_DECAY);
}

/** A new item of a live page or round-up: a story of its own. */
export function newItem(s: Salience): void {
  fade(s, ITEM_DECAY);
}

function fade(s: Salience, factor: number): void {
  for (const e of s.entries.values()) e.recent *= factor;
}

function score(e: Entry): number {
  return e.recent + e.standing;
}

/** The most salient company among those `accept` lets through, if any was named. */
export function mostSalient(
  s: Salience,
  accept: (m: PartyMention) => boolean = () => true,
): PartyMention | undefined {
  let best: Entry | undefined;
  for (const e of s.entries.values()) {
    if (!accept(e.mention)) continue;
    if (best === undefined || score(e) > score(best) || (score(e) === score(best) && e.last > best.last))
      best = e;
  }
  return best?.mention;
}

/** Every company named so far, the most salient first. */
export function bySalience(s: Salience): string[] {
  return [...s.entries.values()]
    .sort((a, b) => score(b) - score(a) || b.last - a.last)
    .map((e) => e.mention.name);
}

/** How salient a company is now (0 when never named): what a comparison between two candidates reads. */
export function salienceOf(s: Salience, name: string): number {
  const e = s.entries.get(name);
  return e === undefined ? 0 : score(e);
}

/**
 * Every company named so far, the most lasting first (the headline's, the most mentioned), recency only
 * breaking ties: what "le groupe corrézien" stands for when the last sentences named companies of elsewhere.
 */
export function byStanding(s: Salience): string[] {
  return [...s.entries.values()]
    .sort((a, b) => b.standing - a.standing || score(b) - score(a) || b.last - a.last)
    .map((e) => e.mention.name);
}
