import type { ArticleState } from './article-state.ts';
import { overlaps } from './find-parties.ts';
import { GIVEN_NAMES } from './given-names.ts';
import type { SentenceContext } from './sentence-context.ts';

/**
 * Headquarters-town descriptors: « le groupe de Bezons », « l'entreprise de Saint-Herblain », "the Leeds-based
 * group". The town is never a party; the descriptor stands for the company the article places in that town
 * (« Kestrane, une entreprise familiale de Ravensburg », "Talvern Aerospace, based in Leeds", a release's
 * dateline), or else for the one company of the sentences around it that the article did not place elsewhere.
 */

/** A town as written: capitalised words, hyphenated or not ("Bezons", "Saint-Herblain", "La Défense"). */
const TOWN =
  /^(?:[\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}\p{Ll}][\p{Ll}'’]*)*)(?: [\p{Lu}][\p{Ll}'’]+(?:-[\p{Lu}][\p{Ll}'’]+)*)?/u;

/** Company -> the folded town the article placed it in, by article. */
const TOWNS = new WeakMap<ArticleState, Map<string, string>>();

/** After a name: « , une entreprise familiale de Rosenheim », « , installée à Nantes », ", based in Leeds". */
const PLACED_AFTER =
  /^\s*,\s(?:(?:une?|la|le|l'|the|an?)\s?[^,;.()]{0,50}?\s(?:de|d'|a|in|from)|(?:basee?s?|installee?s?|implantee?s?|situee?s?|etablie?s?|based|headquartered) (?:a|in))\s?$/u;
/**
 * "the Leeds-based Talvern", « Talvern Aerospace, the Leeds-based defence group »: the town before "-based"
 * (group 1), with what must come before and after it.
 */
const basedPattern = (before = '', after = '') =>
  new RegExp(String.raw`${before}\b([a-z][a-z'-]*)-based\b${after}`, 'u');
/** Anywhere in a descriptor's words. */
const BASED = basedPattern();
/** Right after a name, in its apposition: "Talvern Aerospace, the Leeds-based defence group". */
const BASED_APPOSED = basedPattern(String.raw`^\s*,\s(?:the |an? )?`);
/** Right before a name, with up to three words between (group 2): "the Leeds-based start-up Quantalys". */
const BASED_BEFORE = basedPattern('', '((?: [a-z-]+){0,3}) $');
/** A press release's dateline: "LEEDS, England, 3 March 2029 /Wire/ – Talvern Aerospace …". */
const DATELINE = /^([\p{Lu}][\p{Lu}'’ -]+?),[^–—]{0,80}?(?:\s[-–—]{1,2}\s)/u;

/** A capitalised town right at `at` in the sentence, folded, unless it is a company or a person's name. */
export function townAt(ctx: SentenceContext, at: number): string | undefined {
  const m = TOWN.exec(ctx.sentence.text.slice(at));
  if (m === null) return undefined;
  const end = at + m[0].length;
  if (overlaps(ctx.parties, at, end)) return undefined;
  const folded = ctx.folded.slice(at, end);
  // « la jeune pousse de Yanis Berthomier », « l'opérateur de Martin Bouygues »: an owner, not a town.
  if (GIVEN_NAMES.has(folded.split(/[\s-]/u)[0] ?? '')) return undefined;
  return folded;
}

/** The town an English descriptor's "X-based" qualifier gives, folded. */
export function basedTown(words: readonly string[]): string | undefined {
  for (const w of words) {
    const m = BASED.exec(w);
    if (m?.[1] !== undefined) return m[1];
  }
  return undefined;
}

/**
 * Capitalised words that open an English descriptor without being a town: a continent's or a region's
 * adjective ("the European carmaker", "the Gulf carrier"), which says no more than a nationality.
 */
const NOT_TOWNS = new Set(
  'european asian african american nordic scandinavian baltic iberian latin gulf arab middle western eastern northern southern central continental alpine atlantic pacific mediterranean global'.split(
    ' ',
  ),
);

/**
 * "the Munich carmaker", "the Linz supplier": English writes a company's town bare before its trade, one or two
 * capitalised words opening the descriptor at `at`. The town, folded, unless it is a name the sentence gives a
 * party, a hyphenated qualifier ("the Google-backed start-up") or a region's adjective. The caller has ruled out
 * a nationality ("the German carmaker").
 */
export function qualifierTown(
  ctx: SentenceContext,
  at: number,
  words: readonly string[],
): string | undefined {
  const first = words[0];
  if (first === undefined || first.includes('-') || NOT_TOWNS.has(first)) return undefined;
  const town = townAt(ctx, at);
  if (town === undefined) return undefined;
  return town === first || town === words.slice(0, 2).join(' ') ? town : undefined;
}

/** Learns where the sentence places its companies: an apposition or participle after the name, "X-based", a dateline. */
export function learnTowns(
  ctx: SentenceContext,
  state: ArticleState,
  isRole: (word: string) => boolean,
): void {
  let towns = TOWNS.get(state);
  if (towns === undefined) {
    towns = new Map();
    TOWNS.set(state, towns);
  }
  const companies = ctx.parties.filter((p) => p.type === 'company');
  const place = (name: string, town: string | undefined) => {
    if (town !== undefined && !towns.has(name)) towns.set(name, town);
  };
  for (const p of companies) {
    const after = ctx.folded.slice(p.end, p.end + 80);
    // Up to the next company: a town past it is that company's.
    const next = companies.find((o) => o.start >= p.end);
    const window = next === undefined ? after : after.slice(0, Math.max(0, next.start - p.end));
    for (let cut = 1; cut < window.length; cut++) {
      if (!/[\p{Lu}]/u.test(ctx.sentence.text[p.end + cut] ?? '')) continue;
      if (!PLACED_AFTER.test(window.slice(0, cut))) continue;
      place(p.name, townAt(ctx, p.end + cut));
      break;
    }
    const apposed = BASED_APPOSED.exec(after);
    if (apposed?.[1] !== undefined) place(p.name, apposed[1]);
    // "Leeds-based Talvern", "the Leeds-based start-up Quantalys": only a role may stand between; "the
    // Geneva-based carrier obtained ISO 14001" places the carrier, not what it obtained.
    const before = BASED_BEFORE.exec(ctx.folded.slice(Math.max(0, p.start - 50), p.start));
    const between = before?.[2]?.trim().split(' ').filter(Boolean) ?? [];
    if (before?.[1] !== undefined && (between.length === 0 || isRole(between.at(-1) ?? '')))
      place(p.name, before[1]);
  }
  // A wire dispatch's dateline ("LYON, 15 octobre (Transfil) -") is where the agency wrote, not the company's town.
  const dateline = ctx.pressRelease ? DATELINE.exec(ctx.sentence.text) : null;
  if (dateline?.[1] !== undefined) {
    const first = companies.find((p) => p.start >= dateline[0].length);
    if (first !== undefined) place(first.name, ctx.folded.slice(0, dateline[1].length).trim());
  }
}

/**
 * The company a town descriptor stands for. `placed`: the one company the article placed in that town.
 * `remaining`: else, of the companies this sentence named before it and the sentence before named, those not
 * taken here, once those the article placed in another town are set aside; only when that setting aside ruled
 * someone out, and exactly one is left. `elsewhere`: whether a name the article placed in another town.
 */
export function townCandidates(
  ctx: SentenceContext,
  state: ArticleState,
  town: string,
  at: number,
  taken: ReadonlySet<string>,
): { placed?: string; remaining?: string; elsewhere: (name: string) => boolean } {
  const towns = TOWNS.get(state) ?? new Map<string, string>();
  const elsewhere = (name: string) => {
    const t = towns.get(name);
    return t !== undefined && t !== town;
  };
  const placed = [...towns].filter(([, t]) => t === town).map(([n]) => n);
  if (placed.length === 1) return { placed: placed[0] as string, elsewhere };
  if (placed.length > 1) return { elsewhere };
  const pool = new Set<string>();
  for (const p of state.previous?.parties ?? []) if (p.type === 'company') pool.add(p.name);
  for (const p of ctx.parties) if (p.type === 'company' && p.end <= at) pool.add(p.name);
  const free = [...pool].filter((n) => !taken.has(n));
  const left = free.filter((n) => !elsewhere(n));
  // Only when something ruled a company out (taken here, or placed elsewhere): a lone company of the sentence
  // before is no evidence ("Bio Vallée a démenti. Le groupe de Massy …" may well be the story's buyer).
  if (left.length === 1 && (free.length > 1 || pool.size > free.length))
    return { remaining: left[0] as string, elsewhere };
  return { elsewhere };
}
