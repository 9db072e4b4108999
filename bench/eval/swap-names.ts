import type { EntityRegistry } from '../../src/entities/entity-registry.ts';
import { foldText } from '../../src/entities/fold-text.ts';
import type { GoldArticle, GoldClaim } from './gold-article.ts';
import type { CorpusArticle } from './load-corpus.ts';

/**
 * Metamorphic check of the engine's generality: give every invented company of an article another
 * invented name, in the page and in its gold alike. The article says the same thing, so the claims must
 * stay the same; a claim lost only because a name changed shows a rule that learned names, not language.
 */

/** Words that open many invented names and mean nothing alone ("Groupe Bervanne", "Laiterie Belcourt"). */
const GENERIC = new Set(
  (
    'groupe group banque bank laiterie compagnie societe maison ateliers atelier les la le the des de du ' +
    'cabinet fonds fund capital partners holding holdings laboratoires laboratoire transports industries ' +
    'editions financiere fonciere moulins vergers comptoirs aciéries acieries cliniques salines terres caisse ' +
    'credit assurances mutuelle cooperative energie energy data cloud systems technologies solutions services ' +
    'air new saint st mont port royal national international european europe france biscuiterie cars ' +
    'polymeres prevoyance hotels resorts armor'
  ).split(' '),
);

const SYLLABLES = (
  'bel dra vor qui san tel mor zan ric lo ven ka sor pel tru gan mi ro dal fen vas ter nol bri cal dor ' +
  'sel mar tis lun gor pra vel cor nes tam bru fal rin sco det'
).split(' ');

/** A small deterministic generator, so a run can be repeated exactly (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The word of an invented name that identifies it: its first word that is not a generic trade word. */
export function distinctiveWord(name: string): string | undefined {
  for (const word of name.split(/[\s-]+/u)) {
    const letters = word.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 4 && /^\p{Lu}/u.test(word) && !GENERIC.has(foldText(letters)) && word === letters)
      return word;
  }
  return undefined;
}

export interface Swap {
  from: string;
  to: string;
}

/** The renamings for one article: each invented party's distinctive word gets a fresh invented word. */
export function planSwaps(
  gold: GoldArticle,
  registry: EntityRegistry,
  taken: (word: string) => boolean,
  seed: number,
): Swap[] {
  const next = random(seed);
  const words = new Set<string>();
  for (const claim of gold.claims)
    for (const party of claim.parties) {
      if (registry.get(party) !== undefined) continue;
      const word = distinctiveWord(party);
      if (word !== undefined && registry.get(word) === undefined) words.add(word);
    }
  const swaps: Swap[] = [];
  for (const from of [...words].sort()) {
    for (let attempt = 0; attempt < 50; attempt++) {
      const count = 2 + Math.floor(next() * 2);
      let to = '';
      for (let i = 0; i < count; i++) to += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
      to = to.charAt(0).toUpperCase() + to.slice(1);
      if (!taken(to) && registry.get(to) === undefined && !swaps.some((s) => s.to === to)) {
        swaps.push({ from, to });
        break;
      }
    }
  }
  return swaps;
}

/** Replaces whole words only ("Vantrel" but not "Vantrelle"), in any text. */
export function applySwaps(text: string, swaps: readonly Swap[]): string {
  let out = text;
  for (const { from, to } of swaps)
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(from)}(?![\\p{L}\\p{N}])`, 'gu'), to);
  return out;
}

function swapClaim(claim: GoldClaim, swaps: readonly Swap[]): GoldClaim {
  const swap = (text: string) => applySwaps(text, swaps);
  return {
    ...claim,
    parties: claim.parties.map(swap),
    evidence: swap(claim.evidence),
    ...(claim.alliance === undefined ? {} : { alliance: swap(claim.alliance) }),
    ...(claim.attribution === undefined ? {} : { attribution: swap(claim.attribution) }),
  };
}

/** The same article with its invented companies renamed, page and gold alike. */
export function swapArticle(article: CorpusArticle, swaps: readonly Swap[]): CorpusArticle {
  return {
    html: applySwaps(article.html, swaps),
    gold: { ...article.gold, claims: article.gold.claims.map((claim) => swapClaim(claim, swaps)) },
  };
}

/** A word already meaningful somewhere (the rule files, the page) must not be chosen as a new name. */
export function takenIn(texts: readonly string[]): (word: string) => boolean {
  const folded = texts.map(foldText).join('\n');
  return (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(foldText(word))}`, 'u').test(folded);
}
