import type { EntityRegistry, EntityType } from '../entities/entity-registry.ts';
import { type Token, tokenise } from '../entities/tokenise.ts';
import type { RuleSet } from './rules/rule-set.ts';

/** An organisation named in a sentence: from the registry, or recognised by its surface form. */
/** A capitalised name the sentence alone did not make an organisation: the article may. */
export interface NameCandidate {
  name: string;
  start: number;
  end: number;
}

export interface PartyMention {
  /** Canonical registry name, else the name as written. */
  name: string;
  type: EntityType;
  known: boolean;
  /** Offsets into the sentence. */
  start: number;
  end: number;
}

const UPPER_START = /^[\p{Lu}\d]/u;
/** Names may follow these words in a party slot ("avec Acme", "rachète Zorglub"). */
const SLOT_BEFORE =
  /(?:^|[\s'])(?:avec|entre|par|with|between|by|rachete|racheter|acquiert|s'offre|acquires|acquire|acquired|buys|buy|bought|(?:rachat|acquisition|reprise|takeover|purchase|acquisition) (?:de|d'|du|of)|(?:achat|opa|offre|offer|bid) (?:sur|for|on))\s*$/u;
/** Places follow these words: "listed in Copenhagen", "basé à Lyon". */
const PLACE_BEFORE =
  /(?:^|\s)(?:in|at|from|near|a|en|based|base|basee|installe|installee|implante|implantee)\s*$/u;
/** "le groupe de Boston": a cue noun followed by "de" names a place or an owner, not the organisation. */
const OF_BEFORE = /(?:^|\s)(?:de|du|d'|of)\s*$/u;
/** Names coordinated with an organisation are organisations too ("Acme et Zorglub ont signé"). */
const COORDINATION = /^\s*(?:,|et|and|&|ou|or|ni|nor)\s*$/u;
/** ... or come right before a verb of a claim ("Acme a signé", "Zorglub acquires"). */
const SLOT_AFTER =
  /^\s*(?:a |ont |avait |s'|se |has |have |had |is |was |will |'s |said |says )?(?:\w+ )?(?:sign|rachet|acqui|alli|associ|partner|team|buy|bought|annonc|announc|lanc|launch|obtien|obtenu|decroch|qualifi|certifi|dement|denied|declin|n'a pas|did not|refus|confirm|prend|pris|took|take|noue|conclu|s'envol|bond|grimp|chut|recul|rose|fell|jump|gain|perd|lost)/u;

function isPerson(words: string[], prefix: string, rules: RuleSet): boolean {
  if (rules.organisations.personCues.test(prefix)) return true;
  return words.length >= 2 && rules.organisations.firstNames.has(words[0] as string);
}

/**
 * Organisations in one sentence: every registry mention, plus capitalised names the registry does
 * not know when something marks them as organisations (a cue noun before, a corporate suffix, or a
 * party slot next to a claim verb). People and places are left out.
 */
export function findParties(
  sentence: string,
  folded: string,
  registry: EntityRegistry,
  rules: RuleSet,
): { parties: PartyMention[]; candidates: NameCandidate[] } {
  const tokens = tokenise(folded);
  const mentions: PartyMention[] = registry.findMentions(sentence, folded, tokens).map((m) => ({
    name: m.entity.name,
    type: m.entity.type,
    known: true,
    start: m.start,
    end: m.end,
  }));
  const taken = (start: number, end: number) => mentions.some((m) => start < m.end && end > m.start);
  const org = rules.organisations;

  const candidates: { start: number; end: number; accepted: boolean; person: boolean; atStart: boolean }[] =
    [];
  const upperAt = (pos: number) => UPPER_START.test(sentence.charAt(pos));
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (
      first === undefined ||
      !/\p{L}/u.test(first.text) ||
      !upperAt(first.start) ||
      org.notNames.has(first.text) ||
      taken(first.start, first.end)
    ) {
      i++;
      continue;
    }
    // Extend over capitalised words joined by a space, "&" or "-" ("Alice & Bob", "Acme-Robotics").
    let j = i;
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1] as Token;
      const gap = sentence.slice((tokens[j] as Token).end, next.start);
      if (next.text === '&' || next.text === '-') {
        const after = tokens[j + 2];
        // "Acme-Robotics" and "Alice & Bob" join; a dash between spaces ("2024 — Acme") separates.
        const tight = next.text === '&' ? gap.length <= 1 : gap === '' && after?.start === next.end;
        if (after !== undefined && upperAt(after.start) && tight) {
          j += 2;
          continue;
        }
        break;
      }
      if (!/^ ?$/.test(gap) || !/[\p{L}\p{N}]/u.test(next.text)) break;
      if (!upperAt(next.start) || taken(next.start, next.end)) break;
      if (org.notNames.has(next.text) && !org.suffixes.has(next.text)) break;
      j++;
    }
    const start = first.start;
    const end = (tokens[j] as Token).end;
    const words = tokens
      .slice(i, j + 1)
      .map((t) => t.text)
      .filter((w) => w !== '&' && w !== '-');
    const prefix = folded.slice(0, start);
    const last = words[words.length - 1] as string;
    const hasSuffix = words.length >= 2 && org.suffixes.has(last);
    const atStart = prefix.trim().length === 0 || /[«"(]\s*$/.test(prefix);
    const place = PLACE_BEFORE.test(prefix);
    const next = folded.slice(end, end + 120);
    const slot = !place && ((!atStart && SLOT_BEFORE.test(prefix)) || SLOT_AFTER.test(next.slice(0, 60)));
    const person = isPerson(words, prefix, rules);
    const tooShort = (words.length === 1 && last.length < 2) || !words.some((w) => /\p{L}/u.test(w));
    candidates.push({
      start,
      end,
      atStart,
      person: person || tooShort,
      accepted:
        !tooShort &&
        (hasSuffix ||
          (((org.cues.test(prefix) && !OF_BEFORE.test(prefix)) || org.apposition.test(next) || slot) &&
            !person)),
    });
    i = j + 1;
  }
  // Coordination: "Acme et Zorglub", "Acme, Zorglub and Foo" share the status of their neighbours.
  for (let pass = 0; pass < 2; pass++) {
    for (const c of candidates) {
      // "Sollicité, Atos ..." : a capitalised word opening the sentence before a comma is not listed with Atos.
      if (c.accepted || c.person || (c.atStart && /^\s*,/.test(folded.slice(c.end)))) continue;
      const neighbour = [...mentions, ...candidates.filter((o) => o.accepted)].some(
        (o) =>
          (o.end <= c.start && COORDINATION.test(folded.slice(o.end, c.start))) ||
          (o.start >= c.end && COORDINATION.test(folded.slice(c.end, o.start))),
      );
      if (neighbour) c.accepted = true;
    }
  }
  const rest: NameCandidate[] = [];
  for (const c of candidates) {
    const name = sentence.slice(c.start, c.end).replace(/['’]s$/u, '');
    if (c.accepted) mentions.push({ name, type: 'company', known: false, start: c.start, end: c.end });
    else if (!c.person) rest.push({ name, start: c.start, end: c.end });
  }
  return { parties: mentions.sort((a, b) => a.start - b.start), candidates: rest };
}
