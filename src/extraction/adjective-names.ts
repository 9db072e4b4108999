/**
 * French organisations whose name runs from a capitalised head noun through lowercase adjectives to a
 * capitalised complement: « la Caisse mutuelle du Penthièvre », « la Compagnie nationale du Rhône », « la Banque
 * populaire du Nord », « la Mutuelle générale de l'Éducation ». The lowercase adjectives would otherwise cut the
 * name at its head and leave the complement (a region, a river) alone as the party.
 */
export interface AdjectiveName {
  start: number;
  end: number;
}

/** A capitalised word, hyphens and apostrophes inside ("Val-de-Marne", "Île-de-France"). */
const CAP = String.raw`\p{Lu}[\p{L}'’-]*`;
/** The French links before a complement: "de l'", "de la", "des", "du", "de", "d'". */
const DE = String.raw`(?:de l['’]|de la |des |du |de |d['’])`;
/** Adjectives of such names: "mutuelle", "nationale", "générale", "populaire", "régionale", "agricole", "centrale". */
const ADJ = String.raw`(?:mutuelle|mutualiste|nationale|générale|populaire|régionale|agricole|centrale|interprofessionnelle|fédérale|maritime|industrielle|foncière|hypothécaire|coopérative)`;
/** Head nouns of companies, banks, insurers and cooperatives named so. */
const HEAD = String.raw`(?:Caisse|Compagnie|Banque|Mutuelle|Société|Coopérative|Union|Crédit)`;

const NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${HEAD} ${ADJ}(?: (?:et )?${ADJ})? ${DE}${CAP}(?:[ -]${CAP}){0,2}(?: ${DE}${CAP}(?:[ -]${CAP}){0,1})?`,
  'gu',
);
/** Literals one of which such a name holds in folded text: most sentences are ruled out without the regex. */
const GATE =
  /(?:mutuel|national|general|populaire|regional|agricole|central|federal|maritime|industriel|fonciere|hypothecaire|cooperative)/u;

/** The names of this shape in a sentence; `folded` is the sentence folded (lowercase, accents stripped). */
export function adjectiveNames(sentence: string, folded: string): AdjectiveName[] {
  if (!GATE.test(folded)) return [];
  const out: AdjectiveName[] = [];
  for (const m of sentence.matchAll(NAME)) {
    const name = m[0].replace(/['’]$/u, '');
    out.push({ start: m.index, end: m.index + name.length });
  }
  return out;
}
