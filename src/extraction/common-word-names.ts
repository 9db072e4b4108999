import type { Entity, EntityRegistry } from '../entities/entity-registry.ts';
import { foldText } from '../entities/fold-text.ts';
import { commonWords } from './common-words.ts';
import { listedOrSpeakingAfter, type PartyMention } from './find-parties.ts';
import type { RuleSet } from './rules/rule-set.ts';

/** A word written with a capital then lowercase letters only ("Income", "Stratégique"), no acronym. */
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Before a word in mid-sentence: a lowercase letter, a figure, or punctuation that continues a sentence. */
const MID_SENTENCE_BEFORE = /[\p{Ll}\d,;%)(&'’]/u;
const SPACE = /\s/u;
const NEXT_WORD = /^ (\p{L}+)/u;

/**
 * A deed only a company does, right after the word: "Vantage signed a …", "Vantage a racheté …". Past
 * forms need what follows them ("Results announced on Monday" is a participle); share-move verbs are
 * no sign ("Income climbed 7%"): figures rise and fall too.
 */
const COMPANY_DEED =
  /^\s+(?:(?:has|have|had|will|would|a|ont|avait|va)\s+)?(?:(?:signed|agreed|acquired|bought|announced|launched|unveiled|completed|struck|sealed)\s+(?:a|an|the|its|their|that|to)\b|(?:signs|acquires|buys|announces|launches|unveils|partners with|declined to comment|did not respond|said it|says it)\b|(?:signe|rachete|acquis|annonce|lance|conclu|dementi|devoile)\s+(?:un|une|le|la|les|l'|des|son|sa|ses|qu)|s'(?:est )?all(?:ie|iee)|n'a pas (?:souhaite|repondu|donne suite))/u;

/**
 * Whether the article writes `phrase` where only a name would be: after a lowercase word or a comma
 * ("talks with Vantage", "Orly, Vantage and …"), before a company suffix ("Vantage Ltd"), or doing
 * what only a company does ("Vantage said it", "Vantage's shares", "Vantage signed a …"). A capital
 * after a full stop, a line break, a quote, a colon or another capitalised word (a title-case heading)
 * says nothing by itself: position alone puts it there.
 */
function writtenAsName(text: string, phrase: string, suffixes: ReadonlySet<string>): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const end = at + phrase.length;
    if ((at > 0 && WORD_CHAR.test(text.charAt(at - 1))) || WORD_CHAR.test(text.charAt(end))) continue;
    let before = at - 1;
    while (before >= 0 && text.charAt(before) !== '\n' && SPACE.test(text.charAt(before))) before--;
    if (before >= 0 && MID_SENTENCE_BEFORE.test(text.charAt(before))) return true;
    const next = NEXT_WORD.exec(text.slice(end, end + 24));
    if (next !== null && suffixes.has(foldText(next[1] as string))) return true;
    const after = foldText(text.slice(end, end + 120));
    if (COMPANY_DEED.test(after) || listedOrSpeakingAfter(after)) return true;
  }
  return false;
}

/**
 * Names the surface form made organisations that are only common words capitalised by their position:
 * "Income climbed 7%", "Separately, …", a headline's "Strategic Partnership". A single unknown word
 * that the language's frequency list knows is no company when the article never writes it as a name
 * anywhere else; a name of several such words only when a title-case headline gives it. Registry names
 * ("Orange", "Total"), acronyms ("ARM") and names the article repeats mid-sentence ("Vantage") stay.
 * One judge per article: each name is settled once.
 */
export function commonWordJudge(text: string, rules: RuleSet): (name: string, headline: boolean) => boolean {
  const common = commonWords(rules.language as 'fr' | 'en');
  const suffixes = rules.organisations.suffixes;
  const settled = new Map<string, boolean>();
  return (name, headline) => {
    // Most unknown names of a body sentence are of several words: settled without a lookup.
    if (!headline && name.includes(' ')) return false;
    const key = headline ? `\n${name}` : name;
    let verdict = settled.get(key);
    if (verdict === undefined) {
      const words = name.split(' ');
      verdict =
        (words.length === 1 || headline) &&
        words.every((w) => CAPITALISED_WORD.test(w) && common.has(foldText(w))) &&
        !writtenAsName(text, name, suffixes);
      settled.set(key, verdict);
    }
    return verdict;
  };
}

/** `parties` without the unknown organisations `isCommonWord` says are common words; the same array when none is. */
export function withoutCommonWords(
  parties: PartyMention[],
  isCommonWord: (name: string, headline: boolean) => boolean,
  headline: boolean,
): PartyMention[] {
  let kept: PartyMention[] | undefined;
  for (let n = 0; n < parties.length; n++) {
    const p = parties[n] as PartyMention;
    const drop = !p.known && p.type === 'company' && isCommonWord(p.name, headline);
    if (drop && kept === undefined) kept = parties.slice(0, n);
    else if (!drop && kept !== undefined) kept.push(p);
  }
  return kept ?? parties;
}

/** The registry's everyday-word entries, found once per registry rather than once per article. */
const flaggedOf = new WeakMap<EntityRegistry, readonly Entity[]>();
function commonWordEntities(registry: EntityRegistry): readonly Entity[] {
  let flagged = flaggedOf.get(registry);
  if (flagged === undefined) {
    flagged = registry.entities.filter((e) => e.commonWord === true);
    flaggedOf.set(registry, flagged);
  }
  return flagged;
}

/** After an everyday-word name, what makes it the word: a time noun ("Next week", "Next year's results"). */
const TIME_AFTER = /^\s+(?:week|month|year|quarter|season|day|time|steps?|generation)\b/u;

/**
 * The registry as one article reads it: a registry name that is also an everyday word (`commonWord`, "Next")
 * names its company only when the article writes it as a name somewhere ("talks with Next", "Next's shares",
 * "Next said it"); elsewhere "Next week, …" or "Next, the group …" opening a sentence is the word. Even then
 * "Next week" stays the word. The same registry when it has no such entry.
 */
export function registryOfArticle(registry: EntityRegistry, text: string, rules: RuleSet): EntityRegistry {
  const flagged = commonWordEntities(registry);
  if (flagged.length === 0) return registry;
  // A name the text never holds is never written as one (writtenAsName finds no occurrence).
  const suffixes = rules.organisations.suffixes;
  const unread = new Set<Entity>(flagged.filter((e) => !writtenAsName(text, e.name, suffixes)));
  return {
    entities: registry.entities,
    get: (name, language) => {
      const entity = registry.get(name, language);
      return entity !== undefined && unread.has(entity) ? undefined : entity;
    },
    findMentions: (sentence, folded, tokens, language) =>
      registry
        .findMentions(sentence, folded, tokens, language)
        .filter(
          (m) =>
            m.entity.commonWord !== true ||
            (!unread.has(m.entity) && !TIME_AFTER.test(sentence.slice(m.end, m.end + 16))),
        ),
  };
}
