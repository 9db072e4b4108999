import type { Language } from './article.ts';

/**
 * French vs English from stopword and diacritic statistics. Other languages that share some of
 * these words (Spanish "de la", German "in", Italian "la") have their own short lists so that
 * they are recognised as "neither" instead of leaking into French or English.
 */
const STOPWORDS: Record<string, readonly string[]> = {
  fr: [
    'le',
    'les',
    'des',
    'du',
    'et',
    'est',
    'une',
    'qui',
    'dans',
    'pour',
    'pas',
    'sur',
    'au',
    'aux',
    'ce',
    'cette',
    'ces',
    'il',
    'elle',
    'ils',
    'nous',
    'vous',
    'sont',
    'avec',
    'ne',
    'été',
    'être',
    'mais',
    'leur',
    'ont',
    'je',
    'sa',
    'ses',
    'très',
    'aussi',
    'comme',
    'où',
    'avait',
    'selon',
    'depuis',
    'entre',
    'fait',
    'qu',
    'l',
    'd',
    'c',
    'j',
    'à',
    'ou',
    'plus',
    'peut',
    'était',
    'cet',
    'après',
    'lors',
  ],
  en: [
    'the',
    'and',
    'of',
    'to',
    'is',
    'that',
    'for',
    'it',
    'with',
    'as',
    'was',
    'on',
    'are',
    'by',
    'this',
    'be',
    'at',
    'from',
    'have',
    'has',
    'an',
    'not',
    'which',
    'or',
    'but',
    'they',
    'their',
    'were',
    'been',
    'will',
    'would',
    'its',
    'he',
    'she',
    'we',
    'you',
    'said',
    'after',
    'who',
    'about',
    'than',
    'more',
    'also',
    'had',
    'there',
    'what',
    'when',
    'could',
    'into',
    'over',
    'can',
    'our',
    'out',
    'these',
  ],
  es: [
    'el',
    'los',
    'las',
    'del',
    'y',
    'es',
    'una',
    'por',
    'con',
    'para',
    'lo',
    'como',
    'más',
    'pero',
    'sus',
    'al',
    'fue',
    'este',
    'esta',
    'está',
    'son',
    'también',
    'según',
    'cuando',
    'muy',
    'sin',
    'sobre',
    'ya',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'mit',
    'sich',
    'auf',
    'für',
    'ein',
    'eine',
    'dem',
    'den',
    'von',
    'zu',
    'auch',
    'im',
    'wird',
    'bei',
    'nach',
    'oder',
    'wie',
    'aus',
    'werden',
    'hat',
    'noch',
    'sind',
  ],
  it: [
    'il',
    'di',
    'che',
    'è',
    'per',
    'della',
    'delle',
    'degli',
    'gli',
    'nel',
    'nella',
    'sono',
    'anche',
    'questo',
    'alla',
    'dei',
    'ha',
    'più',
    'come',
    'dal',
    'una',
    'lo',
    'essere',
    'però',
    'perché',
    'molto',
  ],
  pt: [
    'o',
    'os',
    'as',
    'do',
    'da',
    'dos',
    'das',
    'em',
    'um',
    'uma',
    'com',
    'não',
    'para',
    'por',
    'mais',
    'foi',
    'ao',
    'pelo',
    'pela',
    'seu',
    'sua',
    'também',
    'são',
    'muito',
    'então',
    'isso',
  ],
  nl: [
    'het',
    'een',
    'van',
    'en',
    'niet',
    'op',
    'te',
    'zijn',
    'voor',
    'met',
    'dat',
    'ook',
    'aan',
    'wordt',
    'door',
    'naar',
    'bij',
    'maar',
    'nog',
    'wel',
    'worden',
    'heeft',
    'hij',
    'ze',
    'werd',
    'deze',
  ],
};

const LANGS = Object.keys(STOPWORDS);
const WEIGHTS = new Map<string, Map<string, number>>();
for (const lang of LANGS) {
  for (const word of STOPWORDS[lang] ?? []) {
    const entry = WEIGHTS.get(word) ?? new Map<string, number>();
    entry.set(lang, 1);
    WEIGHTS.set(word, entry);
  }
}
// A word shared by several lists says little: each list it belongs to gets an equal share.
for (const entry of WEIGHTS.values()) for (const lang of entry.keys()) entry.set(lang, 1 / entry.size);

const WORD = /[\p{L}]+/gu;
const FRENCH_MARKS = /[éèêàçùûîôœëï]/g;
const FOREIGN_MARKS = /[ñ¿¡áíóúãõäöüßåø]/g;
/** Enough words for a stable verdict; reading further only costs time. */
const MAX_CHARS = 20_000;
const MIN_WORDS = 4;
/** Share of the words that must be stopwords of the winning language. */
const MIN_SHARE = 0.12;
/** How far the winner must be ahead of the runner-up. */
const MIN_LEAD = 1.6;

export function detectLanguage(text: string): Language | undefined {
  const sample = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const words = sample.toLowerCase().match(WORD) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  const scores = new Map<string, number>(LANGS.map((lang) => [lang, 0]));
  for (const word of words) {
    const entry = WEIGHTS.get(word);
    if (entry === undefined) continue;
    for (const [lang, weight] of entry) scores.set(lang, (scores.get(lang) ?? 0) + weight);
  }
  const letters = sample.length;
  const frenchMarks = (sample.match(FRENCH_MARKS) ?? []).length;
  const foreignMarks = (sample.match(FOREIGN_MARKS) ?? []).length;
  // Diacritics: French accents count a little for French; marks French never uses count against it.
  scores.set('fr', (scores.get('fr') ?? 0) + Math.min(frenchMarks, words.length * 0.1) * 0.5);
  scores.set('en', (scores.get('en') ?? 0) - (frenchMarks + foreignMarks) * 0.5);
  if (foreignMarks > letters * 0.002) scores.set('fr', (scores.get('fr') ?? 0) - foreignMarks);

  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || second === undefined) return undefined;
  const [lang, score] = first;
  if (lang !== 'fr' && lang !== 'en') return undefined;
  if (score / words.length < MIN_SHARE) return undefined;
  if (second[1] > 0 && score / second[1] < MIN_LEAD) return undefined;
  return lang;
}
