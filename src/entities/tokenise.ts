/** A word or a single punctuation sign of a folded text, with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;

/** 0 space, 1 letter or digit, 2 anything else; ASCII is classified without a regex or a substring. */
function classAt(text: string, i: number, code: number, width: number): 0 | 1 | 2 {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return 1;
    if (code === 32 || (code >= 9 && code <= 13)) return 0;
    return 2;
  }
  const ch = text.slice(i, i + width);
  if (WORD_CHAR.test(ch)) return 1;
  return SPACE.test(ch) ? 0 : 2;
}

/**
 * Words are runs of letters and digits; every other non-space character is a token of its own.
 * A hand-written scan: this runs on every sentence, and a regex iterator allocates a match per token.
 */
export function tokenise(folded: string): Token[] {
  const tokens: Token[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const code = folded.charCodeAt(i);
    // A surrogate pair is one character (letters outside the BMP are rare but possible).
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const kind = classAt(folded, i, code, width);
    if (kind === 0) {
      i += width;
      continue;
    }
    if (kind === 2) {
      tokens.push({ text: folded.slice(i, i + width), start: i, end: i + width });
      i += width;
      continue;
    }
    let j = i + width;
    while (j < n) {
      const c = folded.charCodeAt(j);
      const w = c >= 0xd800 && c <= 0xdbff && j + 1 < n ? 2 : 1;
      if (classAt(folded, j, c, w) !== 1) break;
      j += w;
    }
    tokens.push({ text: folded.slice(i, j), start: i, end: j });
    i = j;
  }
  return tokens;
}
