import type { Token } from '../entities/tokenise.ts';

/** Words an acronym skips ("Compagnie nationale du Rhône" -> CNR). */
const LINKS = new Set(['de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'et', 'of', 'the', 'and', 'for', "'"]);
/** Public bodies are issuers or regulators, never a company party ("Autorité des marchés financiers (AMF)"). */
const PUBLIC_BODY =
  /^(?:autorite|agence|ministere|office|institut|conseil|commission|direction|haut|haute|authority|agency|ministry|office|institute|council|commission|department|bureau|federal|national)$/u;
const ACRONYM_IN_BRACKETS = /\(\s*(\p{Lu}{2,6})\s*\)/gu;

export interface AcronymName {
  start: number;
  end: number;
}

/**
 * "la Compagnie nationale du Rhône (CNR)", "the Caisse des dépôts (CDC)": the words whose initials
 * spell the bracketed acronym right after them are one name, lowercase words included.
 */
export function acronymNames(sentence: string, tokens: readonly Token[]): AcronymName[] {
  if (!sentence.includes('(')) return [];
  const out: AcronymName[] = [];
  for (const m of sentence.matchAll(ACRONYM_IN_BRACKETS)) {
    const letters = (m[1] as string).toLowerCase();
    let t = tokens.findIndex((k) => k.start >= m.index) - 1;
    if (t < 0) continue;
    const end = (tokens[t] as Token).end;
    if (!/^\s*$/u.test(sentence.slice(end, m.index))) continue;
    let need = letters.length - 1;
    let start = -1;
    for (let words = 0; t >= 0 && words < 10; t--, words++) {
      const k = tokens[t] as Token;
      if (LINKS.has(k.text)) continue;
      if (!/^\p{L}/u.test(k.text) || k.text.charAt(0) !== letters.charAt(need)) break;
      if (need === 0) {
        start = k.start;
        break;
      }
      need--;
    }
    if (start < 0 || !/^\p{Lu}/u.test(sentence.charAt(start))) continue;
    const first = tokens.find((k) => k.start === start)?.text ?? '';
    if (PUBLIC_BODY.test(first) || !sentence.slice(start, end).includes(' ')) continue;
    out.push({ start, end });
  }
  return out;
}
