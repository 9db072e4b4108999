/**
 * Case- and accent-folding that keeps string length: offsets found in the folded text are offsets
 * into the original, so matches can be reported against the article text without a mapping table.
 */
const cache = new Map<string, string>();
const MAX_CACHED = 4096;

function foldChar(ch: string): string {
  const known = cache.get(ch);
  if (known !== undefined) return known;
  let folded = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (folded.length !== 1) {
    const lower = ch.toLowerCase();
    folded = lower.length === 1 ? lower : ch;
  }
  // Typographic variants read the same as their ASCII forms in patterns and aliases.
  if (folded === '\u2019' || folded === '\u2018' || folded === '\u02bc' || folded === '`') folded = "'";
  else if (folded === '\u00a0' || folded === '\u202f' || folded === '\u2009' || folded === '\u2007')
    folded = ' ';
  else if (folded === '\u2010' || folded === '\u2011' || folded === '\u2013' || folded === '\u2014')
    folded = '-';
  // Bounded: a page in a large script must not grow the cache for the life of the process.
  if (cache.size < MAX_CACHED) cache.set(ch, folded);
  return folded;
}

/** Lowercase, accents stripped, apostrophes/spaces/dashes unified; same length as `text`. */
export function foldText(text: string): string {
  // Pure ASCII without uppercase needs no work; most of a French text is close to that.
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 && !(code >= 65 && code <= 90) && code !== 96) continue;
    out += text.slice(runStart, i) + foldChar(text[i] as string);
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}
