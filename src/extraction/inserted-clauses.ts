import type { NameCandidate, PartyMention } from './find-parties.ts';
import type { RuleSet } from './rules/rule-set.ts';

/**
 * A relative clause or an apposition inserted after a name: "Lumaro, qui avait racheté Fendel en 2024,
 * a signé …", "Kelto, a spin-off of Thales based in Rennes, has agreed …". The name is the subject of
 * the verb after it; a company named inside is no party of that verb's claim, and what the inserted
 * clause itself tells (its own trigger) is read within it, with the name it describes.
 */
export interface InsertedClause {
  /** The clause a trigger inside it is read in: from the described name to the clause's end. */
  clause: { start: number; end: number };
  /** Where the inserted words begin (the comma or bracket after the name). */
  open: number;
}

export interface InsertedScan {
  inserted: InsertedClause[];
  /** Names the sentence alone left undecided that head an inserted clause before a claim verb. */
  heads: NameCandidate[];
}

/** A sentence opening on its source, up to the name: « Selon nos confrères de », "According to". */
const SOURCE_BEFORE = /^[\s«"]*(?:selon|d'apres|according to)\b[^,;:]*$/u;

/** The words inside one inserted clause never run past a semicolon or a dash between spaces. */
const HARD_STOP = /;|\s-\s/u;

/** "(tas)", "(and)": an acronym in brackets right after a name, and the comma or space after it. */
const BRACKETED_ACRONYM = /^\(\s*[a-z0-9&.'-]{2,10}\s*\)(?=\s*,)\s*/u;

/** ", et GRDF", ", and Kelto": a comma and a conjunction before the next listed name. */
const LISTED_NEXT = /,\s+(?:et|and|ainsi que|as well as) (?=[a-z0-9])/u;

/**
 * ", a joint venture of Acciona, Sweco and Norrbacka Bygg", ", un groupement réunissant X, Y et Z": an apposition
 * that lists a venture's members.
 */
const MEMBERS_APPOSED =
  /^\s*,\s*(?:an?|the|their|une?|la|le|leur|l')\s?(?:[\w-]+ ){0,3}?(?:joint[- ]venture|consortium|groupement|co-?entreprise|partnership|alliance|team|equipe)s? (?:of|between|formed by|made up of|comprising|de|d'|du|des|entre|forme par|constitue par|compose de|reunissant|regroupant|associant)\b/u;
/** The rest of that list past the next comma: more members, then the last after "and"/"et", each short. */
const MEMBERS_REST = /^(?:,[^,;]{1,70}?){0,3}?\s(?:and|et|&)\s[^,;]{1,70}?(?=,|$)/u;

/** Before a company's name: a descriptor with its article, no preposition ending it ("de", "of", "par"). */
const DESCRIBED_NEXT = /^\s*,\s*(?:le|la|l'|les|the|an?|un|une)\s?(?:[\w'-]+\s){1,4}$/u;
const ENDS_ON_PREPOSITION =
  /\b(?:de|du|des|of|par|by|avec|with|a|au|aux|pour|for|chez|at|from|to|in|en|dans|sur|on|et|and|que|than)\s$/u;

/** Whether company `p` closes the words `open`..`end` after a descriptor: a listed name, not an apposition. */
function listedAfter(
  folded: string,
  open: number,
  end: number,
  p: { start: number; end: number; type?: string },
): boolean {
  if (p.type !== 'company' || p.start <= open || folded.slice(p.end, end).trim() !== '') return false;
  const before = folded.slice(open, p.start);
  return DESCRIBED_NEXT.test(before) && !ENDS_ON_PREPOSITION.test(before);
}

function closeOf(folded: string, from: number, limit: number, rules: RuleSet): number | undefined {
  for (let k = folded.indexOf(',', from); k >= 0 && k < limit; k = folded.indexOf(',', k + 1))
    if (rules.inserted.close.test(folded.slice(k, k + 90))) return k;
  return undefined;
}

/** "Lunetteries Vauchère, à Morez, ont pris 4 %": the town set between commas right after a name. */
function townAfter(
  folded: string,
  nameEnd: number,
  candidates: readonly NameCandidate[],
): NameCandidate | undefined {
  for (const c of candidates)
    if (
      c.place === true &&
      c.start > nameEnd &&
      c.start - nameEnd < 8 &&
      /^\s*,\s*(?:a|au)\s+$/u.test(folded.slice(nameEnd, c.start)) &&
      /^\s*,/u.test(folded.slice(c.end, c.end + 3))
    )
      return c;
  return undefined;
}

/**
 * The inserted clauses of one sentence. `claimVerbAfter` says whether text opens on a claim's verb:
 * an undecided name heading an inserted clause that such a verb follows is an organisation.
 */
export function findInsertedClauses(
  folded: string,
  parties: readonly PartyMention[],
  candidates: readonly NameCandidate[],
  clauses: readonly { start: number; end: number }[],
  rules: RuleSet,
  claimVerbAfter: (text: string) => boolean,
): InsertedScan {
  const inserted: InsertedClause[] = [];
  const heads: NameCandidate[] = [];
  // Cheap gate: no comma and no bracket, no inserted clause.
  if (!folded.includes(',') && !folded.includes('(')) return { inserted, heads };
  const names: { start: number; end: number; candidate?: NameCandidate }[] = [
    ...parties.filter((p) => p.type === 'company' || p.type === 'alliance'),
    ...candidates.map((c) => ({ start: c.start, end: c.end, candidate: c })),
  ];
  // "The round, which … according to a person familiar …, comes with …", "L'opération, qui …, s'accompagne
  // …": a descriptor opening the sentence heads an inserted clause as a name does.
  const head = rules.inserted.head.exec(folded);
  if (head !== null && !names.some((n) => n.start < head[0].length))
    names.push({ start: 0, end: head[0].length });
  for (const name of names) {
    // Only a comma or a bracket right after the name opens an inserted clause: most names stop here.
    let at = name.end;
    while (folded.charCodeAt(at) === 32) at++;
    let mark = folded.charAt(at);
    if (mark !== ',' && mark !== '(') continue;
    // "Thales Alenia Space (TAS), la coentreprise …": the acronym in brackets is the name's; the clause follows it.
    let nameEnd = name.end;
    if (mark === '(') {
      const acronym = BRACKETED_ACRONYM.exec(folded.slice(at, at + 16));
      if (acronym !== null) {
        nameEnd = at + acronym[0].length;
        mark = folded.charAt(nameEnd);
      }
    }
    const after = folded.slice(nameEnd, nameEnd + 120);
    const relative = rules.inserted.relative.exec(after);
    // « Selon nos confrères de La Tribune, le groupe X serait … »: the comma closes the fronted source, whose
    // outlet heads no apposition; what follows is the main clause ("According to Bloomberg, which …" keeps its
    // relative clause).
    if (relative === null && SOURCE_BEFORE.test(folded.slice(0, name.start))) continue;
    const apposed =
      relative === null &&
      // "Fondée à Rezé, la marque de soins X emploie …": after a town, the descriptor is the subject's.
      name.candidate?.place !== true &&
      (rules.inserted.apposition.test(after) || rules.organisations.apposition.test(after));
    const town = relative === null && !apposed ? townAfter(folded, nameEnd, candidates) : undefined;
    if (relative === null && !apposed && town === undefined) continue;
    const open = nameEnd + (after.length - after.trimStart().length);
    const clause = clauses.find((c) => name.start >= c.start && name.start < c.end) ?? {
      start: 0,
      end: folded.length,
    };
    const stop = HARD_STOP.exec(folded.slice(open, clause.end));
    const limit = stop === null ? clause.end : open + stop.index;
    let end: number;
    let rest: number | undefined;
    if (town !== undefined) {
      end = folded.indexOf(',', town.end);
      rest = end + 1;
    } else if (folded.charAt(open) === '(') {
      const shut = folded.indexOf(')', open);
      if (shut < 0 || shut > limit) continue;
      end = shut + 1;
      rest = end;
    } else {
      let close = closeOf(folded, open + 1, limit, rules);
      // "Val'Ocre, la coopérative du Gers, et GRDF, la filiale d'Engie, ont signé": an apposition ends where
      // ", et" lists the next name of the subject.
      if (apposed) {
        const listed = LISTED_NEXT.exec(folded.slice(open + 1, close ?? limit));
        if (listed !== null) close = open + 1 + listed.index;
      }
      // With no main verb after it, the inserted clause ends at the next comma: ", according to …",
      // ", selon …" after it belong to the sentence.
      let next = folded.indexOf(',', open + 1);
      // "Skogsvik, a joint venture of Acciona, Sweco and Norrbacka Bygg.": the list of its members is one apposition.
      if (close === undefined && apposed && next > 0 && next < limit && MEMBERS_APPOSED.test(after)) {
        const rest = MEMBERS_REST.exec(folded.slice(next, limit));
        if (rest !== null) next = next + rest[0].length;
      }
      end = close ?? (next > 0 && next < limit ? next : limit);
      rest = close === undefined ? undefined : close + 1;
    }
    if (end <= open + 2) continue;
    // "constitué par Spie batignolles, l'entreprise de terrassement Gorvaux TP, et …": a descriptor ending on a
    // company's name introduces the next listed name; it says nothing of the name before it.
    if (apposed && parties.some((p) => listedAfter(folded, open, end, p))) continue;
    inserted.push({ clause: { start: name.start, end }, open });
    const verbAt = relative !== null ? nameEnd + relative.index + relative[0].length : rest;
    if (
      name.candidate !== undefined &&
      // "la coopérative à Pontchâteau, qui …, a obtenu": a town after its preposition heads no subject.
      name.candidate.place !== true &&
      ((rest !== undefined && claimVerbAfter(folded.slice(rest, rest + 60))) ||
        (relative !== null && verbAt !== undefined && claimVerbAfter(folded.slice(verbAt, verbAt + 60))))
    )
      heads.push(name.candidate);
  }
  return { inserted, heads };
}

/** The inserted clause a position falls in (its own words, not the name it describes). */
export function insertedAt(inserted: readonly InsertedClause[], pos: number): InsertedClause | undefined {
  return inserted.find((a) => pos >= a.open && pos < a.clause.end);
}

/**
 * Whether a party is inside an inserted clause the span only passes through: "Lumaro, qui avait
 * racheté Fendel, a signé avec Orange" reads the agreement over the whole clause, without Fendel.
 */
export function passedThrough(
  inserted: readonly InsertedClause[],
  span: { start: number; end: number },
  p: { start: number; end: number },
): boolean {
  for (const a of inserted)
    if (
      p.start >= a.open &&
      p.end <= a.clause.end &&
      !(span.start >= a.clause.start && span.end <= a.clause.end)
    )
      return true;
  return false;
}

/** `text` (the folded sentence or a view of it) with the inserted clauses `span` only passes through blanked. */
export function withoutPassedThrough(
  text: string,
  inserted: readonly InsertedClause[],
  span: { start: number; end: number },
): string {
  let out = text;
  for (const a of inserted) {
    if (a.open < span.start || a.clause.end > span.end) continue;
    if (span.start >= a.clause.start && span.end <= a.clause.end) continue;
    out = out.slice(0, a.open) + ' '.repeat(a.clause.end - a.open) + out.slice(a.clause.end);
  }
  return out;
}
