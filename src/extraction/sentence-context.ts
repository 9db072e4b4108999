import type { EntityRegistry } from '../entities/entity-registry.ts';
import { foldText } from '../entities/fold-text.ts';
import { markCountryUnits } from './country-units.ts';
import {
  claimVerbAfter,
  findParties,
  listedOrSpeakingAfter,
  type NameCandidate,
  type PartyMention,
} from './find-parties.ts';
import { indexOrFundName } from './index-names.ts';
import { findInsertedClauses, type InsertedClause, insertedAt, passedThrough } from './inserted-clauses.ts';
import { insiderSpeaks, personName } from './person-source.ts';
import { type Cue, firstCue, matchAll, type RuleSet } from './rules/rule-set.ts';
import type { Sentence } from './split-sentences.ts';
import type { Day } from './values/find-dates.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Attribution {
  /** Named source as written, or the registry name of an outlet. */
  name: string;
  cue: string;
  start: number;
  end: number;
  /** The source is a party of the sentence (the company speaking for itself). */
  party: boolean;
  /** The source is credited with an earlier scoop ("first reported by"): cited, but no hedge. */
  scoop: boolean;
}

/** What every claim finder needs to know about one sentence, computed once. */
export interface SentenceContext {
  index: number;
  sentence: Sentence;
  folded: string;
  /** `folded` with trap phrases ("l'accord de Paris") blanked: where triggers are looked for. */
  triggerText: string;
  /** `folded` with neutral phrases ("à défaut de démenti") blanked: where status cues are looked for. */
  statusText: string;
  parties: PartyMention[];
  /** Capitalised names not (yet) known as organisations. */
  candidates: NameCandidate[];
  /** Names this sentence shows as a town ("installé à Saint-Priest", "the Sion-based …"). */
  towns: readonly string[];
  clauses: Span[];
  /** Relative clauses and appositions after a name: read apart from the clause around them. */
  inserted: InsertedClause[];
  attribution?: Attribution;
  pressRelease: boolean;
  rules: RuleSet;
  registry: EntityRegistry;
  published?: Day;
}

function blank(text: string, cues: readonly Cue[]): string {
  let out = text;
  for (const m of matchAll(cues, text))
    out = out.slice(0, m.index) + ' '.repeat(m.end - m.index) + out.slice(m.end);
  return out;
}

function splitClauses(folded: string, rules: RuleSet): Span[] {
  const clauses: Span[] = [];
  let start = 0;
  rules.clauseBoundaries.lastIndex = 0;
  for (const m of folded.matchAll(rules.clauseBoundaries)) {
    if (m.index > start) clauses.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  clauses.push({ start, end: folded.length });
  return clauses;
}

const NAME_WORD = /^[\p{Lu}\d][\p{L}\p{N}&'’.-]*/u;
/** Lowercase words inside an outlet's name: "Les Echos du Nord", "Gazzetta dei Mercati", "Het Dagblad van Venlo". */
const PARTICLES = 'du|de|des|la|le|of|the|&|dei|del|della|di|van|von|der';
/** A particle read forwards, where an elided article or "and" may join two words of the name too. */
const CONNECTOR = new RegExp(`^(?:${PARTICLES}|d'|l'|and)$`, 'iu');
/** A capitalised name ending the text, its words perhaps joined by a particle ("Marchés & Réseaux"). */
const NAME_AT_END = new RegExp(
  String.raw`((?:[\p{Lu}\d][\p{L}\p{N}&'’.-]*)(?:\s+(?:(?:${PARTICLES})\s+)?[\p{Lu}\d][\p{L}\p{N}&'’.-]*)*)$`,
  'u',
);

/** A capitalised name read forwards from `from` in the original sentence ("Les Echos", "JDN"). */
function nameAfter(text: string, from: number): Span | undefined {
  let pos = from;
  while (pos < text.length && /[\s«"“(]/u.test(text.charAt(pos))) pos++;
  const start = pos;
  let end = pos;
  let words = 0;
  while (words < 7) {
    const rest = text.slice(pos);
    const word = NAME_WORD.exec(rest);
    if (word !== null) {
      end = pos + word[0].replace(/[.,'’]+$/u, '').length;
      pos += word[0].length;
      words++;
    } else {
      const conn = /^(\S+)\s+(?=[\p{Lu}\d])/u.exec(rest);
      if (conn === null || !CONNECTOR.test(conn[1] as string) || words === 0) break;
      pos += conn[0].length;
      continue;
    }
    const gap = /^ /.exec(text.slice(pos));
    if (gap === null) break;
    pos += 1;
  }
  return end > start ? { start, end } : undefined;
}

const DESCRIPTOR_WORD = /^[\p{Ll}][\p{L}'’-]*\s+/u;

/** "suédois Dagens Industri", "spécialisée APM": the outlet's name after at most three lowercase descriptors. */
function nameAfterDescriptors(text: string, from: number): Span | undefined {
  let pos = from;
  for (let i = 0; i <= 3; i++) {
    const span = nameAfter(text, pos);
    if (span !== undefined) return span;
    const word = DESCRIPTOR_WORD.exec(text.slice(pos, pos + 40));
    if (word === null) return undefined;
    pos += word[0].length;
  }
  return undefined;
}

/** A capitalised name read backwards from `to` ("Bloomberg reported", "Marchés & Réseaux avait révélé"). */
function nameBefore(text: string, to: number): Span | undefined {
  // A name is a few words: the regex, anchored at the end, would otherwise scan the whole sentence.
  const from = Math.max(0, to - 160);
  const head = text.slice(from, to).trimEnd();
  const m = NAME_AT_END.exec(head);
  if (m === null) return undefined;
  return { start: from + m.index, end: from + m.index + (m[1] as string).length };
}

const SPEECH_CUE =
  /\b(?:indique|affirme|assure|precise|declare|explique|ajoute|said|says|added|explained|stated)\b/u;

/** ", directeur général de la chaîne", ", its chief executive": the speaker is a person, not the company. */
const ROLE_AFTER =
  /^\s*,\s*(?:(?:le|la|l'|son|sa|its|their|the|a|an|un|une)\s*)?(?:[a-z-]+ )?(?:directeur|directrice|pdg|p-dg|president|presidente|porte-parole|fondateur|fondatrice|cofondateur|dirigeant|dirigeante|patron|patronne|analyste|responsable|associe|associee|chief|ceo|cfo|head|founder|co-founder|spokes(?:man|woman|person)|chair(?:man|woman)?|managing|director|analyst|partner|economist|economiste)\b/u;

const ELIDED_TITLE = /(?:^|[^\p{L}])(L['’])$/u;

function findAttribution(
  ctx: Omit<SentenceContext, 'attribution' | 'pressRelease'>,
): Attribution | undefined {
  const { sentence, folded, rules, registry, parties } = ctx;
  for (const cue of matchAll(ctx.rules.attribution, folded)) {
    const spec = rules.attribution.find((a) => a.id === cue.id);
    if (spec === undefined) continue;
    const span =
      spec.source === 'before'
        ? nameBefore(sentence.text, cue.index)
        : spec.skipDescriptor
          ? nameAfterDescriptors(sentence.text, cue.end)
          : nameAfter(sentence.text, cue.end);
    if (span === undefined) continue;
    let raw = sentence.text.slice(span.start, span.end).replace(/^(?:the|The)\s+/u, '');
    raw = raw.replace(/['’]s$/u, '');
    const folded1 = foldText(raw);
    // "qui assure 420 000 adhérents": a source is a name, never a figure.
    if (rules.organisations.notNames.has(folded1) || raw.length < 2 || !/\p{L}{2}/u.test(raw)) continue;
    const entity = registry.get(raw);
    // "d'après L'Agefi", "révélé par L'Opinion": a capital elided article opens the outlet's own name.
    const elided = ELIDED_TITLE.exec(sentence.text.slice(Math.max(0, span.start - 3), span.start));
    const name =
      entity !== undefined && entity.type === 'outlet'
        ? entity.name
        : elided !== null && entity === undefined
          ? `${elided[1]}${raw}`
          : raw;
    // The source is a party only when the whole name is that party ("The Ledger Wire" is not Ledger).
    // A verb of speech (", a indiqué Brumelle Logiciels", ", said Quillon Analytics") gives a company
    // speaking for itself even when the registry does not know it; a verb of reporting gives an outlet.
    const speechVerb = SPEECH_CUE.test(folded.slice(cue.index, cue.end));
    // ", a indiqué Margaux Deville, qui dirige …": the company's own person speaks; no source is cited.
    if (
      speechVerb &&
      entity === undefined &&
      personName(raw) &&
      insiderSpeaks(folded.slice(span.end, span.end + 80))
    )
      continue;
    const speech = speechVerb && !ROLE_AFTER.test(folded.slice(span.end, span.end + 60));
    const party = parties.some(
      (p) =>
        p.start <= span.start + 4 &&
        p.end >= span.end &&
        (p.known || speech) &&
        (p.type === 'company' || p.type === 'alliance'),
    );
    return { name, cue: cue.id, start: span.start, end: span.end, party, scoop: spec.scoop };
  }
  return undefined;
}

export function buildSentenceContext(
  index: number,
  sentence: Sentence,
  rules: RuleSet,
  registry: EntityRegistry,
  published: Day | undefined,
): SentenceContext {
  const folded = foldText(sentence.text);
  const found = findParties(sentence.text, folded, registry, rules);
  // "l'indice Stoxx Europe Aerospace & Defense", "the Procure Space ETF": an index or a fund is no company.
  const notIndex = (p: { name: string; start: number; end: number }) =>
    !indexOrFundName(sentence.text, folded, p);
  found.parties = found.parties.filter((p) => p.known || p.type !== 'company' || notIndex(p));
  found.candidates = found.candidates.filter(notIndex);
  markCountryUnits(sentence.text, found.parties);
  const clauses = splitClauses(folded, rules);
  // "Carvello, founded in 2019 by …, said on Friday that it had obtained …": a name speaking of itself is an organisation.
  const scan = findInsertedClauses(
    folded,
    found.parties,
    found.candidates,
    clauses,
    rules,
    (text) => claimVerbAfter(text) || listedOrSpeakingAfter(text),
  );
  if (scan.heads.length > 0) {
    // "Lumaro, qui avait racheté Fendel, a signé …": the name the claim verb follows is an organisation.
    found.candidates = found.candidates.filter((c) => !scan.heads.includes(c));
    // "BNP Paribas Asset Management, which looked at …, declined": a head of two words or more run on from a
    // registry company's name is the rest of one name (its unit's), not a second company beside the parent. One
    // word is more often a product the brand names ("la citadine Renault Zélia, dont …").
    const runOn = (h: NameCandidate) =>
      found.parties.find(
        (p) =>
          p.known && p.type === 'company' && p.end + 1 === h.start && sentence.text.charAt(p.end) === ' ',
      );
    for (const h of scan.heads) {
      const parent = runOn(h);
      if (parent === undefined || !h.name.includes(' ')) continue;
      found.parties = found.parties.filter((p) => p !== parent);
      h.name = sentence.text.slice(parent.start, h.end);
      h.start = parent.start;
    }
    found.parties = [
      ...found.parties,
      // Written out, not spread: a spread object given new fields gets a hidden class of its own (see below).
      ...scan.heads.map((h) => ({
        name: h.name,
        type: 'company' as const,
        known: false,
        start: h.start,
        end: h.end,
      })),
    ].sort((a, b) => a.start - b.start);
  }
  const ctx: SentenceContext = {
    index,
    sentence,
    folded,
    triggerText: blank(folded, rules.ignore),
    statusText: blank(folded, rules.neutral),
    parties: found.parties,
    candidates: found.candidates,
    towns: found.towns,
    clauses,
    inserted: scan.inserted,
    rules,
    registry,
    published,
    attribution: undefined,
    // A value, not a lazy getter: an object literal with an accessor takes a slow path on every
    // sentence, dearer than this scan (its literals are looked up already; most sentences run no regex).
    pressRelease: firstCue(rules.pressRelease, folded) !== undefined,
  };
  // Set on the context, not spread with it into a new object: V8 gives each object spread with added
  // properties a hidden class of its own, and every reader of contexts would then meet a new shape
  // per sentence (megamorphic property reads all through the engine).
  ctx.attribution = findAttribution(ctx);
  return ctx;
}

export function clauseAt(ctx: SentenceContext, pos: number): Span {
  const inserted = ctx.inserted.length > 0 ? insertedAt(ctx.inserted, pos) : undefined;
  if (inserted !== undefined) return inserted.clause;
  return ctx.clauses.find((c) => pos >= c.start && pos < c.end) ?? { start: 0, end: ctx.folded.length };
}

/** Parties that can sign, buy, launch or speak: companies, alliances, unknown organisations. */
export function actors(ctx: SentenceContext, span: Span, withRegulators = false): PartyMention[] {
  return ctx.parties.filter(
    (p) =>
      p.start >= span.start &&
      p.end <= span.end &&
      !(ctx.inserted.length > 0 && passedThrough(ctx.inserted, span, p)) &&
      (p.type === 'company' || p.type === 'alliance' || (withRegulators && p.type === 'regulator')) &&
      // A name in the source slot ("selon Le Canard") is an outlet unless it is the party itself speaking.
      !(
        ctx.attribution !== undefined &&
        p.start < ctx.attribution.end &&
        p.end > ctx.attribution.start &&
        !ctx.attribution.party
      ),
  );
}
