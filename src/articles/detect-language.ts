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
const FR = LANGS.indexOf('fr');
const EN = LANGS.indexOf('en');
/** Stopword -> the weight it gives each language, by index in LANGS. */
const WEIGHTS = new Map<string, { lang: number; weight: number }[]>();
for (const [lang, name] of LANGS.entries()) {
  for (const word of STOPWORDS[name] ?? []) {
    const entry = WEIGHTS.get(word) ?? [];
    entry.push({ lang, weight: 1 });
    WEIGHTS.set(word, entry);
  }
}
// A word shared by several lists says little: each list it belongs to gets an equal share.
for (const entry of WEIGHTS.values()) for (const item of entry) item.weight = 1 / entry.length;
/** Longer words are counted but never looked up: no stopword is that long. */
const LONGEST_STOPWORD = Math.max(...[...WEIGHTS.keys()].map((w) => w.length));

const LETTER = /^\p{L}$/u;
const FRENCH_MARKS = new Set('éèêàçùûîôœëï');
const FOREIGN_MARKS = new Set('ñ¿¡áíóúãõäöüßåø');
/** Enough words for a stable verdict; reading further only costs time. */
const MAX_CHARS = 20_000;
const MIN_WORDS = 4;
/** Share of the words that must be stopwords of the winning language. */
const MIN_SHARE = 0.12;
/** How far the winner must be ahead of the runner-up. */
const MIN_LEAD = 1.6;

/** Letter or not, per BMP character, filled as met: `\p{L}` asked once per character, not per use. */
const bmpLetters = new Uint8Array(0x10000);

function isLetter(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (code > 0xffff) return LETTER.test(String.fromCodePoint(code));
  let known = bmpLetters[code] as number;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    bmpLetters[code] = known;
  }
  return known === 1;
}

/**
 * The words (runs of `\p{L}`) of `lower`, each stopword adding its weights to `scores`; returns
 * the number of words. A scan instead of `match`: no array and no string per word, on every page.
 */
function scoreWords(lower: string, scores: Float64Array): number {
  let words = 0;
  let start = -1;
  for (let i = 0; i <= lower.length; ) {
    const code = i < lower.length ? (lower.codePointAt(i) as number) : -1;
    if (code >= 0 && isLetter(code)) {
      if (start < 0) start = i;
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    if (start >= 0) {
      words++;
      if (i - start <= LONGEST_STOPWORD) {
        for (const { lang, weight } of WEIGHTS.get(lower.slice(start, i)) ?? [])
          scores[lang] = (scores[lang] as number) + weight;
      }
      start = -1;
    }
    i += code > 0xffff ? 2 : 1;
  }
  return words;
}

function countMarks(text: string, marks: ReadonlySet<string>): number {
  let n = 0;
  // Every mark is past U+00A0: most characters are settled by their code alone.
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xa0 && marks.has(text.charAt(i))) n++;
  return n;
}

export function detectLanguage(text: string): Language | undefined {
  const sample = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const scores = new Float64Array(LANGS.length);
  const words = scoreWords(sample.toLowerCase(), scores);
  if (words < MIN_WORDS) return undefined;
  const letters = sample.length;
  const frenchMarks = countMarks(sample, FRENCH_MARKS);
  const foreignMarks = countMarks(sample, FOREIGN_MARKS);
  // Diacritics: French accents count a little for French; marks French never uses count against it.
  scores[FR] = (scores[FR] as number) + Math.min(frenchMarks, words * 0.1) * 0.5;
  scores[EN] = (scores[EN] as number) - (frenchMarks + foreignMarks) * 0.5;
  if (foreignMarks > letters * 0.002) scores[FR] = (scores[FR] as number) - foreignMarks;

  const ranked = LANGS.map((lang, i) => [lang, scores[i] as number] as const).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (first === undefined || second === undefined) return undefined;
  const [lang, score] = first;
  if (lang !== 'fr' && lang !== 'en') return undefined;
  if (score / words < MIN_SHARE) return undefined;
  if (second[1] > 0 && score / second[1] < MIN_LEAD) return undefined;
  return lang;
}
