import type { Token } from '../entities/tokenise.ts';
import { TRADE_WORDS } from './given-names.ts';
import type { RuleSet } from './rules/rule-set.ts';

/**
 * Words that join a company name from inside, where the name finder (find-parties.ts) would otherwise cut
 * it at a lowercase word: a coordination between two trades or before a family tail, a Dutch or German
 * particle, a French trade noun in « -erie ». Pure functions over the folded tokens of one sentence.
 */

/**
 * « Imprimerie Jaouen et Fils », "Mereworth & Daughters", "Tanner and Sons": a family tail after "et"/"and"
 * closes a family firm's name; no company is called "Fils" or "Sons" on its own.
 */
const FAMILY_TAILS = new Set([
  'fils',
  'freres',
  'soeurs',
  'filles',
  'associes',
  'sons',
  'brothers',
  'daughters',
  'sisters',
]);
/** Trades the English press coordinates inside one utility's or producer's name ("Oil and Gas", "Light and Power"). */
const COORDINATED_TRADES = new Set([
  'oil',
  'gas',
  'electric',
  'power',
  'light',
  'water',
  'steel',
  'iron',
  'mining',
]);

/** « Huilerie », « Câblerie », « Cartonneries »: a French trade noun in « -erie » names a business's trade. */
const ERIE_NOUN = /^\p{L}{3,}eries?$/u;

/**
 * Whether a capitalised French word is a trade noun in « -erie » that heads a company name with its "de"
 * complement (« la Peinturerie du Volvestre », « la Câblerie de Fontanges »), as the listed heads do; not a
 * place (« l'Algérie ») or a given name (« Valérie »).
 */
export function erieHead(word: string, rules: RuleSet): boolean {
  const org = rules.organisations;
  return (
    rules.language === 'fr' &&
    ERIE_NOUN.test(word) &&
    !org.places.has(word) &&
    !org.firstNames.has(word) &&
    !org.notNames.has(word)
  );
}

/** A word naming a trade: a listed trade head or name suffix, a common trade word, a noun in « -erie ». */
function tradeWord(word: string, rules: RuleSet): boolean {
  const org = rules.organisations;
  return (
    org.nameHeads.has(word) ||
    org.suffixes.has(word) ||
    TRADE_WORDS.has(word) ||
    COORDINATED_TRADES.has(word) ||
    erieHead(word, rules)
  );
}

/**
 * "Shearwater Oil and Gas", « Forges et Aciéries de la Meuse », « Jaouen et Fils »: whether the "et"/"and"
 * token `at` joins the capitalised word after it to the name that ends on the token before it. Two trades
 * coordinated are one company's business, a family tail closes a family firm; two companies listed side by
 * side ("Thales et Safran") are neither.
 */
export function innerCoordination(
  sentence: string,
  tokens: readonly Token[],
  at: number,
  rules: RuleSet,
): boolean {
  const conj = tokens[at];
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  if (conj === undefined || before === undefined || after === undefined) return false;
  if (conj.text !== 'et' && conj.text !== 'and') return false;
  if (sentence.slice(before.end, conj.start) !== ' ' || sentence.slice(conj.end, after.start) !== ' ')
    return false;
  if (!/^\p{Lu}/u.test(sentence.charAt(after.start)) || !/^\p{Ll}/u.test(sentence.charAt(conj.start)))
    return false;
  if (FAMILY_TAILS.has(after.text)) return true;
  if (!tradeWord(before.text, rules) || !tradeWord(after.text, rules)) return false;
  // « Ardemont Capital et Groupe Sarlève »: a trade word that heads a proper name of its own opens a
  // second company; the trades of one name end it or go on with « de » or another trade ("Oil and Gas
  // Company").
  const next = tokens[at + 2];
  return (
    next === undefined ||
    sentence.slice(after.end, next.start) !== ' ' ||
    !/^\p{Lu}/u.test(sentence.charAt(next.start)) ||
    tradeWord(next.text, rules)
  );
}

/** Dutch and German name particles: "Van der Wielen", "von Hallerstein", "Van den Broeck". */
const PARTICLES = new Set(['van', 'von']);
const SECOND_PARTICLES = new Set(['der', 'den', 'de', 'ter', 'ten', 'het']);

/**
 * The number of lowercase particle tokens ("der", "den") after the "Van"/"von" token `at` before a
 * capitalised word that goes on the name ("Van der Wielen"), else 0.
 */
export function particleGap(sentence: string, tokens: readonly Token[], at: number): number {
  const particle = tokens[at];
  const next = tokens[at + 1];
  if (particle === undefined || next === undefined || !PARTICLES.has(particle.text)) return 0;
  if (!SECOND_PARTICLES.has(next.text) || !/^\p{Ll}/u.test(sentence.charAt(next.start))) return 0;
  const word = tokens[at + 2];
  if (word === undefined || sentence.slice(particle.end, next.start) !== ' ') return 0;
  return sentence.slice(next.end, word.start) === ' ' && /^\p{Lu}/u.test(sentence.charAt(word.start)) ? 1 : 0;
}

/**
 * "German forwarder von Hallerstein Logistik GmbH": a lowercase "von"/"van" (and "der"/"den") opens a
 * company's name when two or more capitalised words follow it up to a company suffix; a person's
 * "von der Leyen" ends on no suffix.
 */
export function lowerParticleOpens(
  sentence: string,
  tokens: readonly Token[],
  i: number,
  rules: RuleSet,
): boolean {
  const particle = tokens[i];
  if (particle === undefined || !PARTICLES.has(particle.text)) return false;
  if (!/^\p{Ll}/u.test(sentence.charAt(particle.start))) return false;
  let k = i + 1 + particleGap(sentence, tokens, i);
  let words = 0;
  let last = '';
  while (
    tokens[k] !== undefined &&
    sentence.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start) === ' ' &&
    /^\p{Lu}/u.test(sentence.charAt((tokens[k] as Token).start))
  ) {
    last = (tokens[k] as Token).text;
    words++;
    k++;
  }
  return words >= 2 && rules.organisations.suffixes.has(last);
}

/**
 * "Bank of the Weald", "Trust Bank of Guernsey": an English bank's name goes on through "of" (and "the") to
 * the capitalised word after it, as "Bank of Ireland" does. The number of tokens from the token `at`
 * ("bank") to that word, else 0.
 */
export function bankOfGap(sentence: string, tokens: readonly Token[], at: number, rules: RuleSet): number {
  if (rules.language !== 'en' || tokens[at]?.text !== 'bank') return 0;
  const of = tokens[at + 1];
  if (of?.text !== 'of' || sentence.slice((tokens[at] as Token).end, of.start) !== ' ') return 0;
  const the = tokens[at + 2]?.text === 'the' && /^t/u.test(sentence.charAt((tokens[at + 2] as Token).start));
  const word = tokens[at + (the ? 3 : 2)];
  if (word === undefined || sentence.charAt(word.start - 1) !== ' ') return 0;
  if (!/^\p{Lu}\p{Ll}/u.test(sentence.slice(word.start, word.start + 2))) return 0;
  return the ? 3 : 2;
}

/**
 * Particles of Spanish, Portuguese, Italian and German names that are no word of French or English: "Autopistas
 * del Bajío", "Banco do Brasil", "Banca Popolare di Sondrio", "Kreditanstalt für Wiederaufbau". Between two
 * capitalised words of a French or English sentence they can only be a foreign name's own.
 */
const FOREIGN_PARTICLES = new Set([
  'del',
  'della',
  'delle',
  'dello',
  'dei',
  'degli',
  'di',
  'do',
  'da',
  'dos',
  'das',
  'fur',
]);
/** The articles of a Spanish "de los/de las" ("Banco de los Andes"). */
const SPANISH_PLURAL_ARTICLES = new Set(['los', 'las']);
/** Italian, Spanish and German "and" inside one name: "Cassa Depositi e Prestiti", "Hafen und Logistik". */
const FOREIGN_CONJUNCTIONS = new Set(['e', 'y', 'und']);
/** The lowercase words a foreign name keeps inside it, which its initials skip ("CDP", "BdB"). */
export const FOREIGN_LINKS: ReadonlySet<string> = new Set([
  ...FOREIGN_PARTICLES,
  ...SPANISH_PLURAL_ARTICLES,
  ...FOREIGN_CONJUNCTIONS,
]);
/**
 * The small words inside a name that its initials skip ("Banque de France" -> BDF, "Compagnie nationale du Rhône"
 * -> CNR, "Cassa Depositi e Prestiti" -> CDP): French and English links and the foreign ones above.
 */
export const NAME_LINKS: ReadonlySet<string> = new Set([
  'de',
  'des',
  'du',
  'd',
  'la',
  'le',
  'les',
  'l',
  'et',
  'of',
  'the',
  'and',
  'for',
  ...FOREIGN_LINKS,
]);
/** "Can Lorvane do AI?": English "do" after an auxiliary or "to" is the verb, not Portuguese "do". */
const DO_VERB_BEFORE =
  /(?:^|\s)(?:can|could|will|would|should|shall|may|might|must|to|did|does|let|help|make|makes)\s$/u;

/** Whether the token at `k` is a capitalised word a single space after the token before it. */
function spacedCapital(sentence: string, tokens: readonly Token[], k: number): boolean {
  const word = tokens[k];
  const before = tokens[k - 1];
  return (
    word !== undefined &&
    before !== undefined &&
    sentence.slice(before.end, word.start) === ' ' &&
    /^\p{Lu}/u.test(sentence.charAt(word.start))
  );
}

/**
 * The number of tokens from the name's token `at` to the capitalised word that goes on the name past a
 * foreign particle or conjunction written in lower case, else 0: "Autopistas del Bajío" (1), "Banco de los
 * Andes" (2), "Cassa Depositi e Prestiti" (1). A conjunction joins no second name that opens on its own
 * particle ("Autopistas del Bajío y Aeropuertos del Golfo Sur" are two companies); the caller checks that
 * the word after it is no company the sentence names on its own.
 */
export function foreignParticleGap(
  sentence: string,
  folded: string,
  tokens: readonly Token[],
  at: number,
  runStart: number,
  rules: RuleSet,
): number {
  const particle = tokens[at + 1];
  if (particle === undefined || !/^\p{Ll}/u.test(sentence.charAt(particle.start))) return 0;
  if (sentence.slice((tokens[at] as Token).end, particle.start) !== ' ') return 0;
  if (!/^\p{Lu}/u.test(sentence.charAt((tokens[at] as Token).start))) return 0;
  const text = particle.text;
  // "für" folds to "fur", an English word: only the written umlaut is the German particle.
  if (sentence.slice(particle.start, particle.end) !== (text === 'fur' ? 'für' : text)) return 0;
  let gap = 0;
  if (FOREIGN_PARTICLES.has(text)) gap = 2;
  else if (
    text === 'de' &&
    SPANISH_PLURAL_ARTICLES.has(tokens[at + 2]?.text ?? '') &&
    /^\p{Ll}/u.test(sentence.charAt((tokens[at + 2] as Token).start)) &&
    sentence.slice(particle.end, (tokens[at + 2] as Token).start) === ' '
  )
    gap = 3;
  else if (FOREIGN_CONJUNCTIONS.has(text)) gap = 2;
  if (gap === 0 || !spacedCapital(sentence, tokens, at + gap)) return 0;
  const word = tokens[at + gap] as Token;
  if (!/^\p{L}/u.test(word.text) || rules.organisations.notNames.has(word.text)) return 0;
  if (text === 'do' && rules.language === 'en') {
    const start = (tokens[runStart] as Token).start;
    if (DO_VERB_BEFORE.test(folded.slice(Math.max(0, start - 12), start))) return 0;
  }
  if (FOREIGN_CONJUNCTIONS.has(text)) {
    // "… del Bajío y Aeropuertos del Golfo Sur": the right side names itself with its own particle.
    const next = tokens[at + gap + 1];
    if (
      next !== undefined &&
      (FOREIGN_PARTICLES.has(next.text) || next.text === 'de' || next.text === 'du' || next.text === 'des') &&
      spacedCapital(sentence, tokens, at + gap + 2)
    )
      return 0;
  }
  return gap;
}
