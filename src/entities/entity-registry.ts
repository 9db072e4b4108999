import type { Language } from '../articles/article.ts';
import type { EntityConfig } from '../config/config-schema.ts';
import { foldText } from './fold-text.ts';
import { SHIPPED_ENTITIES } from './load-shipped-entities.ts';
import { type Token, tokenise } from './tokenise.ts';

export type EntityType = EntityConfig['type'];

export interface Entity {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly descriptors: readonly string[];
  readonly ticker?: string;
  readonly country?: string;
  readonly type: EntityType;
  /** The group that owns it, when the registry knows ("Scaleway" -> "Iliad"). */
  readonly parent?: string;
  /** Its trade, as role classes of src/extraction/role-fit.ts ("carmaker", "equipementier"). */
  readonly roles?: readonly string[];
  /** Its name is also an everyday word ("Next"): a name only where the article writes it as one. */
  readonly commonWord?: boolean;
  /** Aliases of one language's press only ("BCE" for the ECB in French text). */
  readonly languageAliases?: Readonly<Partial<Record<Language, readonly string[]>>>;
}

export interface EntityMention {
  entity: Entity;
  /** Offsets into the text searched (end exclusive). */
  start: number;
  end: number;
  via: 'name' | 'alias' | 'descriptor';
}

export interface EntityRegistry {
  readonly entities: readonly Entity[];
  /**
   * The entity whose name or alias this is (case- and accent-tolerant); an alias of one language's
   * press only counts with that `language` alone.
   */
  get(name: string, language?: Language): Entity | undefined;
  /**
   * Every registry mention in `text`, left to right, longest match first, never inside a word.
   * `folded` and `tokens` may be passed when the caller already computed them for `text`; with a
   * `language`, aliases of another language's press only are not matched.
   */
  findMentions(
    text: string,
    folded?: string,
    tokens?: readonly Token[],
    language?: Language,
  ): EntityMention[];
}

/** How strictly the case of the text must follow the case of the alias. */
type CaseRule = 'acronym' | 'capital' | 'any';

interface Variant {
  words: string[];
  entity: Entity;
  via: EntityMention['via'];
  caseRule: CaseRule;
  /** Matched only in text of this language. */
  language?: Language;
}

const STRICTNESS: Record<CaseRule, number> = { any: 0, capital: 1, acronym: 2 };
const LEADING_ARTICLE = /^(?:le|la|les|l'|the|un|une|a|an)\s*/;

function caseRuleOf(alias: string): CaseRule {
  const letters = alias.replace(/[^\p{L}]/gu, '');
  // "TIM" must not match "Tim", "BP" not "Bp": acronyms match in capitals only.
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase())
    return 'acronym';
  const first = alias.charAt(0);
  return first !== first.toLowerCase() ? 'capital' : 'any';
}

function surfaceFits(surface: string, rule: CaseRule): boolean {
  if (rule === 'any') return true;
  if (rule === 'acronym') {
    const letters = surface.replace(/[^\p{L}]/gu, '');
    return letters === letters.toUpperCase();
  }
  const first = surface.charAt(0);
  return first === first.toUpperCase();
}

function mergeEntities(shipped: readonly EntityConfig[], extra: readonly EntityConfig[]): Entity[] {
  const byName = new Map<string, Entity>();
  const entries: readonly EntityConfig[] = [...shipped, ...extra];
  for (const entry of entries) {
    const key = foldText(entry.name);
    const known = byName.get(key);
    const parent = entry.parent ?? known?.parent;
    const roles = entry.roles ?? known?.roles;
    const languageAliases = entry.languageAliases ?? known?.languageAliases;
    const commonWord = entry.commonWord ?? known?.commonWord;
    const merged: Entity = {
      name: entry.name,
      aliases: [...new Set([...(known?.aliases ?? []), ...entry.aliases])],
      descriptors: [...new Set([...(known?.descriptors ?? []), ...entry.descriptors])],
      ticker: entry.ticker ?? known?.ticker,
      country: entry.country ?? known?.country,
      type: entry.type,
      ...(parent !== undefined ? { parent } : {}),
      ...(roles !== undefined ? { roles } : {}),
      ...(languageAliases !== undefined ? { languageAliases } : {}),
      ...(commonWord !== undefined ? { commonWord } : {}),
    };
    byName.set(key, Object.freeze(merged));
  }
  return [...byName.values()];
}

/** The shipped registry, extended (or overridden, entry by canonical name) by the user's `entities`. */
export function createEntityRegistry(extra: readonly EntityConfig[] = []): EntityRegistry {
  const entities = Object.freeze(mergeEntities(SHIPPED_ENTITIES, extra));
  const byKey = new Map<string, Entity>();
  /** Aliases of one language only, by language. */
  const byLanguageKey = new Map<Language, Map<string, Entity>>();
  const index = new Map<string, Variant[]>();

  const add = (surface: string, entity: Entity, via: Variant['via'], language?: Language) => {
    let folded = foldText(surface).trim();
    if (via === 'descriptor') folded = folded.replace(LEADING_ARTICLE, '');
    const words = tokenise(folded).map((t) => t.text);
    const first = words[0];
    if (first === undefined) return;
    const key = words.join(' ');
    if (language !== undefined) {
      const keys = byLanguageKey.get(language) ?? new Map<string, Entity>();
      byLanguageKey.set(language, keys);
      keys.set(key, entity);
    } else if (via !== 'descriptor') byKey.set(key, entity);
    let caseRule: CaseRule = via === 'descriptor' ? 'any' : caseRuleOf(surface);
    const same = (v: Variant) => v.words.join(' ') === key && v.language === language;
    const existing = index.get(first)?.find(same);
    // "S3ns" and "S3NS" fold alike: the same entity keeps the more tolerant of the two case rules.
    if (
      existing !== undefined &&
      existing.entity === entity &&
      STRICTNESS[existing.caseRule] < STRICTNESS[caseRule]
    )
      caseRule = existing.caseRule;
    const variant: Variant = {
      words,
      entity,
      via,
      caseRule,
      ...(language !== undefined ? { language } : {}),
    };
    const list = (index.get(first) ?? []).filter((v) => !same(v));
    list.push(variant);
    // Longest first; of two alike, the one of a single language's press first.
    list.sort(
      (a, b) =>
        b.words.length - a.words.length ||
        Number(b.language !== undefined) - Number(a.language !== undefined),
    );
    index.set(first, list);
  };
  for (const entity of entities) {
    add(entity.name, entity, 'name');
    for (const alias of entity.aliases) add(alias, entity, 'alias');
    for (const descriptor of entity.descriptors) add(descriptor, entity, 'descriptor');
    for (const [language, aliases] of Object.entries(entity.languageAliases ?? {}) as [Language, string[]][])
      for (const alias of aliases) add(alias, entity, 'alias', language);
  }

  return {
    entities,
    get(name, language) {
      const key = tokenise(foldText(name))
        .map((t) => t.text)
        .join(' ');
      // Without a language, an alias of one language's press only names nothing for sure.
      const own = language === undefined ? undefined : byLanguageKey.get(language)?.get(key);
      return own ?? byKey.get(key);
    },
    findMentions(text, folded = foldText(text), tokens = tokenise(folded), language) {
      const mentions: EntityMention[] = [];
      for (let i = 0; i < tokens.length; i++) {
        const candidates = index.get((tokens[i] as Token).text);
        if (candidates === undefined) continue;
        for (const variant of candidates) {
          const n = variant.words.length;
          if (i + n > tokens.length) continue;
          if (variant.language !== undefined && language !== undefined && variant.language !== language)
            continue;
          let same = true;
          for (let k = 1; k < n && same; k++) same = (tokens[i + k] as Token).text === variant.words[k];
          if (!same) continue;
          const start = (tokens[i] as Token).start;
          const end = (tokens[i + n - 1] as Token).end;
          if (!surfaceFits(text.slice(start, end), variant.caseRule)) continue;
          mentions.push({ entity: variant.entity, start, end, via: variant.via });
          i += n - 1;
          break;
        }
      }
      return mentions;
    },
  };
}
