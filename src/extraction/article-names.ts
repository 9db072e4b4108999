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

  add(name: string, type: EntityType): void {
    const words = wordsOf(name);
    const key = words.join(' ');
    if (key === '' || /^\d+$/.test(key)) return;
    const existing = this.known.get(key);
    if (existing === undefined || (type === 'alliance' && existing.type !== 'alliance'))
      this.known.set(key, { name, type, words });
  }

  /** The fullest known name this name is the same as or a short form of. */
  resolve(name: string): Known | undefined {
    const words = wordsOf(name);
    const exact = this.known.get(words.join(' '));
    let best = exact;
    for (const k of this.known.values()) {
      // "Veridia" and "Veridia Inspect" are short or product forms of "Veridia Systems".
      if (k.words[0] !== words[0] || (k.words.length < words.length && best !== undefined)) continue;
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
