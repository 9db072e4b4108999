/** A word or a single punctuation sign of a folded text, with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/** Words are runs of letters and digits; every other non-space character is a token of its own. */
export function tokenise(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const m of folded.matchAll(TOKEN))
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}
