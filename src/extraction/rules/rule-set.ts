import { z } from 'zod';
import { withLeadingGuard } from './leading-guard.ts';
import { holdsSome, LiteralIndex, literalMask, requiredLiteralSets } from './required-literals.ts';

/**
 * The rule files' shape. Patterns are regex sources over folded text (see fold-text.ts); they are
 * compiled once, here, and a file that does not compile fails loudly at start-up.
 */
const cue = z.object({ id: z.string(), pattern: z.string() }).strict();
const attributionCue = cue
  .extend({
    source: z.enum(['after', 'before']),
    requireCapital: z.boolean().default(false),
    /** The cue ends on an outlet noun whose lowercase descriptors come before the name ("l'agence spécialisée APM"). */
    skipDescriptor: z.boolean().default(false),
    /**
     * The cue credits an earlier scoop ("first reported by", « comme l'avait révélé »): the outlet is cited, but
     * its report is no hedge on what the sentence now tells as done.
     */
    scoop: z.boolean().default(false),
  })
  .strict();
const voicedCue = cue.extend({ voice: z.enum(['active', 'noun', 'passive', 'pair', 'sale']) }).strict();

export const ruleFileSchema = z
  .object({
    language: z.enum(['fr', 'en']),
    abbreviations: z.array(z.string()),
    sidebar: z.array(z.string()),
    clause_boundaries: z.string(),
    ignore: z.array(cue),
    neutral: z.array(cue),
    status: z
      .object({
        rumour: z.array(cue),
        confirm: z.array(cue),
        deny: z.array(cue),
        background: z.array(cue),
        party_speech: z.array(cue),
        /** The company itself or its management closing or opening the sentence (", a indiqué la direction"). */
        own_speaker: z.array(cue).default([]),
        /** A correction note telling what an earlier version said ("an earlier version of this article said"). */
        retracted: z.array(cue).default([]),
      })
      .strict(),
    attribution: z.array(attributionCue),
    press_release: z.array(cue),
    statement: z.object({ no_comment: z.array(cue), deny: z.array(cue), confirm: z.array(cue) }).strict(),
    exclusion: z.object({ after: z.array(cue), before: z.array(cue) }).strict(),
    organisations: z
      .object({
        cues: z.string(),
        apposition: z.string(),
        topic: z.string(),
        founders: z.string(),
        suffixes: z.array(z.string()),
        not_names: z.array(z.string()),
        person_cues: z.string(),
        first_names: z.array(z.string()),
        places: z.array(z.string()),
        outlet_words: z.array(z.string()),
        outlet_before: z.string(),
        place_after: z.string(),
        /** Head nouns of names that go on with "de/des/du" ("Laiterie de Kervallec"). */
        name_heads: z.array(z.string()).default([]),
      })
      .strict(),
    claims: z
      .object({
        agreement: z.object({ triggers: z.array(cue), alliance_name: z.array(cue) }).strict(),
        acquisition: z.object({ triggers: z.array(voicedCue), by: z.string(), stake: z.array(cue) }).strict(),
        share_move: z
          .object({
            context: z.array(cue),
            up: z.array(cue),
            down: z.array(cue),
            blockers: z.array(cue),
            indexes: z.array(cue),
            /** Time-of-day words ("vers 11h00", "in early trading"): a live move of the publication day. */
            intraday: z.array(cue).default([]),
            /** A move told as background ("had lost 40%", "in 2025"): no day of its own, not the publication day's. */
            background: z.array(cue).default([]),
            /** "on the same day", "le même jour": the day the text named last. */
            same_day: z.array(cue).default([]),
          })
          .strict(),
        certification: z
          .object({
            triggers: z.array(cue),
            labels: z.array(cue),
            aspiration: z.array(cue),
            /** The name this language's press gives a registry label ("CE marking" -> « marquage CE »). */
            names: z.record(z.string(), z.string()).default({}),
          })
          .strict(),
        launch: z
          .object({
            triggers: z.array(cue),
            not_before: z.array(cue),
            not_after: z.array(cue),
            subject: z.string(),
            /** A later rollout of the launch told before ("Italy will follow in 2030"): see later-rollouts.ts. */
            later: z.array(cue).default([]),
          })
          .strict(),
      })
      .strict(),
    dates: z
      .object({
        months: z.array(z.string()).length(12),
        period: z.string(),
        relative_day: z.string(),
        weekdays: z.array(z.string()).length(7),
        day_offsets: z.record(z.string(), z.number().int()),
        last: z.string(),
        next_year: z.string(),
        /** "le mois prochain", "next month": the month after publication. */
        next_month: z.string().default('(?!)'),
        /** Words before a month named without a year ("à partir de septembre", "starting in September"). */
        bare_month_before: z.string().default('(?!)'),
        this_year: z.string(),
      })
      .strict(),
    question_words: z.string(),
    /** Relative clauses and appositions inserted after a name ("X, qui a racheté Y en 2024, a signé"). */
    inserted_clauses: z
      .object({
        relative: z.string(),
        apposition: z.string(),
        close: z.string(),
        head: z.string().default('(?!)'),
      })
      .strict()
      .default({ relative: '(?!)', apposition: '(?!)', close: '(?!)', head: '(?!)' }),
  })
  .strict();

export type RuleFile = z.infer<typeof ruleFileSchema>;

/** A compiled cue: `re` is global, reset before each use by the helpers below. */
export interface Cue {
  id: string;
  re: RegExp;
}
export interface AttributionCue extends Cue {
  source: 'after' | 'before';
  requireCapital: boolean;
  skipDescriptor: boolean;
  scoop: boolean;
}
export interface VoicedCue extends Cue {
  /** sale: SELLER sells TARGET to BUYER, or TARGET sells (a stake in) itself to BUYER. */
  voice: 'active' | 'noun' | 'passive' | 'pair' | 'sale';
}

export interface CueMatch {
  id: string;
  index: number;
  end: number;
  groups: (string | undefined)[];
}

export interface RuleSet {
  language: 'fr' | 'en';
  abbreviations: ReadonlySet<string>;
  sidebar: Cue[];
  clauseBoundaries: RegExp;
  ignore: Cue[];
  neutral: Cue[];
  status: Record<
    'rumour' | 'confirm' | 'deny' | 'background' | 'partySpeech' | 'ownSpeaker' | 'retracted',
    Cue[]
  >;
  attribution: AttributionCue[];
  pressRelease: Cue[];
  statement: Record<'no_comment' | 'deny' | 'confirm', Cue[]>;
  exclusion: { after: Cue[]; before: Cue[] };
  organisations: {
    cues: RegExp;
    apposition: RegExp;
    topic: RegExp;
    founders: RegExp;
    suffixes: ReadonlySet<string>;
    notNames: ReadonlySet<string>;
    personCues: RegExp;
    firstNames: ReadonlySet<string>;
    /** Cities, regions and countries: a name that is exactly one of these is a place. */
    places: ReadonlySet<string>;
    /** Words that make a capitalised name a publication ("Hebdo", "Journal", "Street"). */
    outletWords: ReadonlySet<string>;
    /** The words before a name that make it the outlet asking ("contacté par", "told"). */
    outletBefore: RegExp;
    /** The words after a name that make it a place ("-based", "-headquartered"). */
    placeAfter: RegExp;
    /** Head nouns after which "de/des/du" + a capitalised word stays inside a name ("Laiterie de Kervallec"). */
    nameHeads: ReadonlySet<string>;
  };
  agreement: { triggers: Cue[]; allianceName: Cue[]; any: RegExp; allianceGate: RegExp };
  acquisition: { triggers: VoicedCue[]; by: RegExp; stake: Cue[]; any: RegExp };
  shareMove: {
    context: Cue[];
    up: Cue[];
    down: Cue[];
    blockers: Cue[];
    indexes: Cue[];
    intraday: Cue[];
    background: Cue[];
    sameDay: Cue[];
  };
  certification: {
    triggers: Cue[];
    labels: Cue[];
    aspiration: Cue[];
    names: ReadonlyMap<string, string>;
    any: RegExp;
  };
  launch: { triggers: Cue[]; notBefore: Cue[]; notAfter: Cue[]; subject: RegExp; any: RegExp; later: Cue[] };
  dates: {
    months: readonly string[];
    period: RegExp;
    relativeDay: RegExp;
    /** Monday first. */
    weekdays: readonly string[];
    /** Days before publication a word names: "hier" -1, "today" 0. */
    dayOffsets: ReadonlyMap<string, number>;
    /** Next to a weekday, the week before ("lundi dernier", "last Monday"). */
    last: RegExp;
    nextYear: RegExp;
    thisYear: RegExp;
    nextMonth: RegExp;
    /** A month with no year after these words: the publication's year, or the next one when already past. */
    bareMonth: RegExp;
  };
  question: RegExp;
  /** Each anchored at a comma (or a bracket): what opens and what closes a clause inserted after a name. */
  inserted: { relative: RegExp; apposition: RegExp; close: RegExp; head: RegExp };
}

function compile(source: string, where: string, flags = 'gu'): RegExp {
  try {
    return new RegExp(withLeadingGuard(source), flags);
  } catch (error) {
    throw new Error(`rule ${where}: invalid pattern ${JSON.stringify(source)}: ${(error as Error).message}`);
  }
}

function cues(list: { id: string; pattern: string }[], where: string): Cue[] {
  return list.map((c) => ({ id: c.id, re: compile(c.pattern, `${where}.${c.id}`) }));
}

/** One regex that matches wherever any of the cues matches: a cheap first test per sentence. */
function union(list: Cue[]): RegExp {
  return new RegExp(list.map((c) => `(?:${c.re.source})`).join('|'), 'u');
}

export function compileRuleFile(file: RuleFile): RuleSet {
  const c = file.claims;
  const lang = file.language;
  const agreementTriggers = cues(c.agreement.triggers, `${lang}.agreement`);
  const acquisitionTriggers = c.acquisition.triggers.map((t) => ({
    id: t.id,
    voice: t.voice,
    re: compile(t.pattern, `${lang}.acquisition.${t.id}`),
  }));
  const certificationTriggers = cues(c.certification.triggers, `${lang}.certification`);
  const launchTriggers = cues(c.launch.triggers, `${lang}.launch`);
  const rules: RuleSet = {
    language: lang,
    abbreviations: new Set(file.abbreviations),
    sidebar: cues(
      file.sidebar.map((p, i) => ({ id: `sidebar-${i}`, pattern: p })),
      `${lang}.sidebar`,
    ),
    clauseBoundaries: compile(file.clause_boundaries, `${lang}.clause_boundaries`),
    ignore: cues(file.ignore, `${lang}.ignore`),
    neutral: cues(file.neutral, `${lang}.neutral`),
    status: {
      rumour: cues(file.status.rumour, `${lang}.status.rumour`),
      confirm: cues(file.status.confirm, `${lang}.status.confirm`),
      deny: cues(file.status.deny, `${lang}.status.deny`),
      background: cues(file.status.background, `${lang}.status.background`),
      partySpeech: cues(file.status.party_speech, `${lang}.status.party_speech`),
      ownSpeaker: cues(file.status.own_speaker, `${lang}.status.own_speaker`),
      retracted: cues(file.status.retracted, `${lang}.status.retracted`),
    },
    attribution: file.attribution.map((a) => ({
      id: a.id,
      re: compile(a.pattern, `${lang}.attribution.${a.id}`),
      source: a.source,
      requireCapital: a.requireCapital,
      skipDescriptor: a.skipDescriptor,
      scoop: a.scoop,
    })),
    pressRelease: cues(file.press_release, `${lang}.press_release`),
    statement: {
      no_comment: cues(file.statement.no_comment, `${lang}.statement.no_comment`),
      deny: cues(file.statement.deny, `${lang}.statement.deny`),
      confirm: cues(file.statement.confirm, `${lang}.statement.confirm`),
    },
    exclusion: {
      after: cues(file.exclusion.after, `${lang}.exclusion.after`),
      before: cues(file.exclusion.before, `${lang}.exclusion.before`),
    },
    organisations: {
      cues: compile(file.organisations.cues, `${lang}.organisations.cues`, 'u'),
      apposition: compile(file.organisations.apposition, `${lang}.organisations.apposition`, 'u'),
      topic: compile(file.organisations.topic, `${lang}.organisations.topic`, 'u'),
      founders: compile(file.organisations.founders, `${lang}.organisations.founders`, 'u'),
      suffixes: new Set(file.organisations.suffixes),
      notNames: new Set(file.organisations.not_names),
      personCues: compile(file.organisations.person_cues, `${lang}.organisations.person_cues`, 'u'),
      firstNames: new Set(file.organisations.first_names),
      places: new Set(file.organisations.places),
      outletWords: new Set(file.organisations.outlet_words),
      outletBefore: compile(file.organisations.outlet_before, `${lang}.organisations.outlet_before`, 'u'),
      placeAfter: compile(file.organisations.place_after, `${lang}.organisations.place_after`, 'u'),
      nameHeads: new Set(file.organisations.name_heads),
    },
    agreement: {
      triggers: agreementTriggers,
      allianceName: cues(c.agreement.alliance_name, `${lang}.agreement.alliance_name`),
      any: union(agreementTriggers),
      // The naming cues are anchored at the end of the text before a name; unanchored, they say
      // whether a sentence can name an alliance at all.
      allianceGate: new RegExp(
        c.agreement.alliance_name.map((a) => `(?:${a.pattern.replace(/\$$/, '')})`).join('|'),
        'u',
      ),
    },
    acquisition: {
      triggers: acquisitionTriggers,
      by: compile(c.acquisition.by, `${lang}.acquisition.by`, 'u'),
      stake: cues(c.acquisition.stake, `${lang}.acquisition.stake`),
      any: union(acquisitionTriggers),
    },
    shareMove: {
      context: cues(c.share_move.context, `${lang}.share_move.context`),
      up: cues(c.share_move.up, `${lang}.share_move.up`),
      down: cues(c.share_move.down, `${lang}.share_move.down`),
      blockers: cues(c.share_move.blockers, `${lang}.share_move.blockers`),
      indexes: cues(c.share_move.indexes, `${lang}.share_move.indexes`),
      intraday: cues(c.share_move.intraday, `${lang}.share_move.intraday`),
      background: cues(c.share_move.background, `${lang}.share_move.background`),
      sameDay: cues(c.share_move.same_day, `${lang}.share_move.same_day`),
    },
    certification: {
      triggers: certificationTriggers,
      labels: cues(c.certification.labels, `${lang}.certification.labels`),
      aspiration: cues(c.certification.aspiration, `${lang}.certification.aspiration`),
      names: new Map(Object.entries(c.certification.names)),
      any: union(certificationTriggers),
    },
    launch: {
      triggers: launchTriggers,
      notBefore: cues(c.launch.not_before, `${lang}.launch.not_before`),
      notAfter: cues(c.launch.not_after, `${lang}.launch.not_after`),
      subject: compile(c.launch.subject, `${lang}.launch.subject`, 'u'),
      any: union(launchTriggers),
      later: cues(c.launch.later, `${lang}.launch.later`),
    },
    dates: {
      months: file.dates.months,
      period: compile(file.dates.period, `${lang}.dates.period`, 'u'),
      relativeDay: compile(file.dates.relative_day, `${lang}.dates.relative_day`, 'gu'),
      weekdays: file.dates.weekdays,
      dayOffsets: new Map(Object.entries(file.dates.day_offsets)),
      last: compile(file.dates.last, `${lang}.dates.last`, 'u'),
      nextYear: compile(file.dates.next_year, `${lang}.dates.next_year`, 'u'),
      thisYear: compile(file.dates.this_year, `${lang}.dates.this_year`, 'u'),
      nextMonth: compile(file.dates.next_month, `${lang}.dates.next_month`, 'u'),
      bareMonth: compile(
        `(?:${file.dates.bare_month_before})\\s*(${file.dates.months.join('|')})\\b(?!,? \\d|\\s(?:de |d'|of )?\\d)`,
        `${lang}.dates.bare_month_before`,
        'gu',
      ),
    },
    question: compile(file.question_words, `${lang}.question_words`, 'u'),
    inserted: {
      relative: compile(file.inserted_clauses.relative, `${lang}.inserted_clauses.relative`, 'u'),
      apposition: compile(file.inserted_clauses.apposition, `${lang}.inserted_clauses.apposition`, 'u'),
      close: compile(file.inserted_clauses.close, `${lang}.inserted_clauses.close`, 'u'),
      head: compile(file.inserted_clauses.head, `${lang}.inserted_clauses.head`, 'u'),
    },
  };
  prepareCueLists(rules);
  return rules;
}

const NO_MATCHES: readonly CueMatch[] = Object.freeze([]);

/**
 * Per cue of a list, the sets of literals its regex needs, one literal of every set (required-literals.ts),
 * derived once per list: a cue one of whose sets is absent from a text cannot match it and is not run.
 * Most sentences hold none of a list's literals, so most lists cost a few table reads instead of a
 * regex; the later sets keep a cue whose common word is present ("accord") from running when the
 * rarer words it also needs ("douanier", "tarifaire") are not.
 */
interface Gate {
  /** The automaton that finds the list's literals in a text. */
  index: LiteralIndex;
  /**
   * Per cue, per alternative, per set, its literals in `index` as a mask (undefined: none known,
   * the regex always runs).
   */
  needs: (Int32Array[][] | undefined)[];
  /**
   * Every literal of the first set of every alternative of every cue, as one mask; undefined when some
   * cue needs nothing known. A text holding none of them matches no cue of the list: one test, not
   * one per cue, settles the most common case.
   */
  any: Int32Array | undefined;
  /**
   * The matches of the list over the last text scanned, kept for that text only: a sentence is asked
   * the same list again for each clause and claim, and one entry per list keeps memory flat.
   */
  lastText?: string;
  lastMatches: readonly CueMatch[];
}

const gates = new WeakMap<readonly Cue[], Gate>();
/** For lists built outside a rule set (tests, tools): one index they share. */
const sharedIndex = new LiteralIndex();

function gateOf(list: readonly Cue[], index = sharedIndex): Gate {
  let gate = gates.get(list);
  if (gate === undefined) {
    const sets = list.map((cue) => requiredLiteralSets(cue.re.source));
    const needs = sets.map((alternatives) =>
      alternatives?.map((alternative) => alternative.map((set) => literalMask(set.map((l) => index.id(l))))),
    );
    const any = sets.every((a) => a !== undefined)
      ? literalMask(
          sets.flatMap((a) => a.flatMap((alternative) => (alternative[0] ?? []).map((l) => index.id(l)))),
        )
      : undefined;
    gate = { index, needs, any, lastMatches: NO_MATCHES };
    gates.set(list, gate);
  }
  return gate;
}

/**
 * Every cue list of a rule set gated now, so each automaton is built once, not per new list. The
 * automaton is read at every character of every sentence and its size decides how much of it stays
 * in the CPU cache: each language gets its own (a French text needs no English literal), and the
 * sidebar cues, asked only about line heads that no other list reads, a tiny one of their own.
 */
function prepareCueLists(rules: RuleSet): void {
  gateOf(rules.sidebar, new LiteralIndex());
  gateAll(rules, new LiteralIndex());
}

function gateAll(value: unknown, index: LiteralIndex): void {
  if (Array.isArray(value)) {
    if (value.length > 0 && value.every((c) => typeof c?.id === 'string' && c.re instanceof RegExp))
      gateOf(value, index);
  } else if (typeof value === 'object' && value !== null && !(value instanceof RegExp)) {
    for (const inner of Object.values(value)) gateAll(inner, index);
  }
}

/**
 * Whether the text whose literals are `found` may match: for some alternative, it holds one literal
 * of every set (none known: it may match).
 */
function mayMatch(needs: Int32Array[][] | undefined, found: Uint32Array): boolean {
  if (needs === undefined) return true;
  for (let a = 0; a < needs.length; a++) if (holdsAll(needs[a] as Int32Array[], found)) return true;
  return false;
}

function holdsAll(sets: Int32Array[], found: Uint32Array): boolean {
  for (let s = 0; s < sets.length; s++) if (!holdsSome(sets[s] as Int32Array, found)) return false;
  return true;
}

/** Past an empty match, one code point on (a surrogate pair is one step under the `u` flag). */
function nextIndex(text: string, index: number): number {
  const code = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? index + 2 : index + 1;
}

function scan(list: readonly Cue[], text: string): readonly CueMatch[] {
  const gate = gateOf(list);
  if (gate.lastText === text) return gate.lastMatches;
  let matches: readonly CueMatch[] = NO_MATCHES;
  const { index, needs, any } = gate;
  const found = index.found(text);
  let out: CueMatch[] | undefined;
  for (let i = any === undefined || holdsSome(any, found) ? 0 : list.length; i < list.length; i++) {
    if (!mayMatch(needs[i], found)) continue;
    const cue = list[i] as Cue;
    // exec on the cue's own regex: String#matchAll would clone the regex for every cue and text.
    const re = cue.re;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex = nextIndex(text, re.lastIndex);
        continue;
      }
      out ??= [];
      out.push({ id: cue.id, index: m.index, end: m.index + m[0].length, groups: m.slice(1) });
    }
  }
  if (out !== undefined) matches = out.sort((a, b) => a.index - b.index);
  gate.lastText = text;
  gate.lastMatches = matches;
  return matches;
}

/**
 * Every match of every cue in `text` that lies within [from, to), in text order. The whole text is
 * scanned once per list (clause bounds sit at spaces and punctuation, so word bounds agree).
 */
export function matchAll(list: readonly Cue[], text: string, from = 0, to = text.length): CueMatch[] {
  const all = scan(list, text);
  if (all.length === 0) return [];
  if (from === 0 && to === text.length) return all.slice();
  return all.filter((m) => m.index >= from && m.end <= to);
}

/**
 * Whether some cue of `list` may match `text` by its literals alone (no regex runs): false means none
 * can. A cheap test before a regex built from the same patterns (an unanchored union of them).
 */
export function mayMatchSome(list: readonly Cue[], text: string): boolean {
  const { index, needs, any } = gateOf(list);
  const found = index.found(text);
  if (any !== undefined && !holdsSome(any, found)) return false;
  for (let i = 0; i < list.length; i++) if (mayMatch(needs[i], found)) return true;
  return false;
}

/**
 * The first cue (in list order) that matches `text`, if any. `within`, when given, is a text `text` is
 * cut from (the sentence a window is read in), asked about other lists already: a literal of the
 * window is one of the sentence, so when no cue may match the sentence, none matches the window,
 * and the window is never scanned.
 */
export function firstCue(list: readonly Cue[], text: string, within?: string): CueMatch | undefined {
  if (within !== undefined && !mayMatchSome(list, within)) return undefined;
  const { index, needs, any } = gateOf(list);
  const found = index.found(text);
  if (any !== undefined && !holdsSome(any, found)) return undefined;
  for (let i = 0; i < list.length; i++) {
    if (!mayMatch(needs[i], found)) continue;
    const cue = list[i] as Cue;
    cue.re.lastIndex = 0;
    const m = cue.re.exec(text);
    if (m !== null) return { id: cue.id, index: m.index, end: m.index + m[0].length, groups: m.slice(1) };
  }
  return undefined;
}
