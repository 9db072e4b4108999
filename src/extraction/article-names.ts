import type { EntityType } from '../entities/entity-registry.ts';
import { foldText } from '../entities/fold-text.ts';
import type { NameCandidate, PartyMention } from './find-parties.ts';

interface Known {
  name: string;
  type: EntityType;
  words: string[];
}

const wordsOf = (name: string) =>
  foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/**
 * Organisation names the article has established somewhere (title, apposition, a claim slot, an
 * alliance's name): the same name elsewhere in the article is the same organisation, and a short
 * form ("Brightwater" for "Brightwater Analytics") takes the fullest name.
 */
export class ArticleNames {
  private readonly known = new Map<string, Known>();
  /** Known names by first word: a long page knows many names, a lookup reads only its own. */
  private readonly byFirst = new Map<string, Set<Known>>();
  /** Names are asked about again and again: their words are split once per article. */
  private readonly split = new Map<string, string[]>();

  private wordsOf(name: string): string[] {
    let words = this.split.get(name);
    if (words === undefined) {
      words = wordsOf(name);
      this.split.set(name, words);
    }
    return words;
  }

  private put(key: string, known: Known): void {
    const previous = this.known.get(key);
    if (previous !== undefined) this.byFirst.get(previous.words[0] as string)?.delete(previous);
    this.known.set(key, known);
    const first = known.words[0] as string;
    let set = this.byFirst.get(first);
    if (set === undefined) {
      set = new Set();
      this.byFirst.set(first, set);
    }
    set.add(known);
  }

  add(name: string, type: EntityType): void {
    const words = this.wordsOf(name);
    const key = words.join(' ');
    if (key === '' || /^\d+$/.test(key)) return;
    const existing = this.known.get(key);
    // An outlet is never a party: once the article shows a name is one, it stays one.
    if (existing?.type === 'outlet') return;
    if (existing === undefined || type === 'outlet' || (type === 'alliance' && existing.type !== 'alliance'))
      this.put(key, { name, type, words });
  }

  /** Drops a name the article turned out to give to something else (a product, not an organisation). */
  forget(name: string): void {
    const key = this.wordsOf(name).join(' ');
    const known = this.known.get(key);
    if (known === undefined) return;
    this.known.delete(key);
    this.byFirst.get(known.words[0] as string)?.delete(known);
  }

  /** The fullest known name this name is the same as or a short form of. */
  resolve(name: string): Known | undefined {
    const words = this.wordsOf(name);
    const exact = this.known.get(words.join(' '));
    let best = exact;
    for (const k of this.byFirst.get(words[0] as string) ?? []) {
      // "Veridia" and "Veridia Inspect" are short or product forms of "Veridia Systems".
      if (k.words.length < words.length && best !== undefined) continue;
      if (best === undefined || k.words.length > best.words.length) best = k;
    }
    return best;
  }

  /** Renames short forms to the fullest name and adopts candidates the article knows. */
  apply(parties: PartyMention[], candidates: readonly NameCandidate[]): PartyMention[] {
    const out = parties.map((p) => {
      if (p.known) return p;
      const k = this.resolve(p.name);
      return k === undefined ? p : { ...p, name: k.name, type: k.type };
    });
    for (const c of candidates) {
      const k = this.resolve(c.name);
      if (k !== undefined) out.push({ name: k.name, type: k.type, known: false, start: c.start, end: c.end });
    }
    return out.sort((a, b) => a.start - b.start);
  }
}
