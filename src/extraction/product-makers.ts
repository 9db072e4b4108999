import { foldText } from '../entities/fold-text.ts';
import { commonWords } from './common-words.ts';
import type { Draft } from './draft.ts';
import type { PartyMention } from './find-parties.ts';
import type { SentenceContext } from './sentence-context.ts';

const wordsOf = (name: string) => foldText(name).split(/[\s-]+/u);
const headOf = (name: string) => wordsOf(name)[0] ?? '';

/** "Corrieburn Reserve gin will go on sale": the name with a product noun after it, before the verb. */
const NOUN_AFTER = /^\s+\p{Ll}+\s+(?:will|would|should|is|are|sera|seront|serait|est|sont)\b/u;
/** "Aldwyck Clear, a single platform …": an apposition tells what the name is. */
const APPOSITION_AFTER = /^\s*,\s+(?:a|an|un|une)\s/u;
/** "will launch Aldwyck Clear", « baptisée Orvane Pay »: the name is what is launched. */
const LAUNCHED_BEFORE =
  /\b(?:launch(?:es|ed)?|introduces?|introduced|unveils?|unveiled|lancera|lanceront|lance|commercialisera|commercialiseront|branded|called|named|dubbed|baptisee?s?)\s+[«"“]?\s*$/u;

/** Whether the launch sentence writes the name as a product: with its noun, an apposition, or as what is launched. */
function writtenAsProduct(sentence: string, name: string): boolean {
  const folded = foldText(sentence);
  const at = folded.indexOf(foldText(name));
  if (at < 0) return false;
  const after = folded.slice(at + name.length, at + name.length + 40);
  return (
    NOUN_AFTER.test(after) ||
    APPOSITION_AFTER.test(after) ||
    LAUNCHED_BEFORE.test(folded.slice(Math.max(0, at - 40), at))
  );
}

/**
 * "Corrieburn Reserve gin will go on sale in France", "will launch Aldwyck Clear, a single platform …": a launch
 * whose only party is a name the registry does not know, opening on the distinctive word of a company the article
 * names ("Corrieburn Distillers", "Aldwyck Freight plc"), is that company's product: the company launches it. Only a
 * name of two words or more, written as a product in the launch sentence (a noun after it, an apposition, the object
 * of "launch"), and a company named at least as long: "Kering Eyewear, which designs …" or "BNP Paribas Cardif" is a
 * unit of the shorter group, and launches for itself. A head word that is a common word ("Air", "Maison", "Banque")
 * ties nothing; two such companies leave the launch as it was.
 */
export function launchesByProductMakers(
  drafts: Draft[],
  contexts: readonly SentenceContext[],
  language: 'fr' | 'en',
): Draft[] {
  const launches = drafts.filter((d) => d.claim.kind === 'launch' && d.claim.parties.length === 1);
  if (launches.length === 0) return drafts;
  const mentions = new Map<string, PartyMention>();
  for (const ctx of contexts) for (const p of ctx.parties) if (!mentions.has(p.name)) mentions.set(p.name, p);
  const common = commonWords(language);
  const makers = new Map<string, string | undefined>();
  const makerOf = (name: string): string | undefined => {
    if (makers.has(name)) return makers.get(name);
    const own = mentions.get(name);
    const head = headOf(name);
    let maker: string | undefined;
    const size = wordsOf(name).length;
    if (
      own?.known !== true &&
      own?.type !== 'alliance' &&
      size >= 2 &&
      head.length >= 3 &&
      !common.has(head)
    ) {
      const found = [...mentions.values()].filter(
        (p) =>
          p.name !== name &&
          p.type === 'company' &&
          headOf(p.name) === head &&
          wordsOf(p.name).length >= size,
      );
      maker = found.length === 1 ? found[0]?.name : undefined;
    }
    makers.set(name, maker);
    return maker;
  };
  // A name written as a product once is a product in every launch of it ("It will be followed by Germany …").
  const products = new Set(
    launches
      .map((d) => d.claim.parties[0] as string)
      .filter((n, i) => writtenAsProduct((launches[i] as Draft).claim.evidence.text, n)),
  );
  for (const d of launches) {
    const party = d.claim.parties[0] as string;
    const maker = products.has(party) ? makerOf(party) : undefined;
    if (maker !== undefined) d.claim = { ...d.claim, parties: [maker] };
  }
  return drafts;
}
