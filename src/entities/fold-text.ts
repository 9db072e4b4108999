/**
 * Case- and accent-folding that keeps string length: offsets found in the folded text are offsets
 * into the original, so matches can be reported against the article text without a mapping table.
 */

const STROKED: Readonly<Record<string, string>> = { ø: 'o', đ: 'd', ł: 'l', ħ: 'h', ı: 'i', ŧ: 't' };

/** The folded form of one UTF-16 unit: always one unit, so the text keeps its length. */
function foldUnit(ch: string): string {
  let folded = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (folded.length !== 1) {
    const lower = ch.toLowerCase();
    folded = lower.length === 1 ? lower : ch;
  }
  // Letters with a stroke do not decompose, yet wires drop it as they drop accents ("Orsted", "Lodz").
  folded = STROKED[folded] ?? folded;
  // Typographic variants read the same as their ASCII forms in patterns and aliases.
  if (folded === '\u2019' || folded === '\u2018' || folded === '\u02bc' || folded === '`') folded = "'";
  else if (folded === '\u00a0' || folded === '\u202f' || folded === '\u2009' || folded === '\u2007')
    folded = ' ';
  else if (
    folded === '\u2010' ||
    folded === '\u2011' ||
    folded === '\u2013' ||
    folded === '\u2014' ||
    folded === '\u2212'
  )
    folded = '-';
  return folded;
}

/**
 * Unit -> folded unit, filled as units are met (0: not yet). A fixed table rather than a map: one
 * read per folded character of every sentence, and a page in a large script grows nothing.
 */
const folds = new Uint16Array(0x10000);

function foldCode(code: number): number {
  let folded = folds[code] as number;
  if (folded === 0) {
    folded = foldUnit(String.fromCharCode(code)).charCodeAt(0);
    folds[code] = folded;
  }
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
    out += text.slice(runStart, i) + String.fromCharCode(foldCode(code));
    runStart = i + 1;
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}
