/**
 * Public buyers named as a contract's party: "Britain's Ministry of Defence extended its contract with
 * BAE Systems", "la Direction générale de l'armement (DGA) a attribué …", "a framework agreement with
 * Germany's federal procurement office, BAAINBw". A ministry, a procurement directorate or the acronym a
 * procurement office is given in apposition is an organisation that signs and awards contracts, named
 * as the text spells it (capitalised words only, so "the ministry" or "le ministère" name nobody).
 *
 * Two rounds wrote public-body readers at once: public-bodies.ts names bodies by shape before the candidate
 * pass (agencies, metropolises, cities, US forces); this one runs after it and adds bodies named by their
 * portfolio and procurement acronyms, its span replacing what it overlaps. Merging the two is a known follow-up.
 */
// "Germany's Federal Ministry of Finance": "Federal" is the first word of the ministry's own name, no qualifier.
const MINISTRY =
  /\b(?:Federal )?(?:Ministry|Department|[Mm]inistère|[Mm]inistere|Secretariat) (?:of|for|de|des|du|de la|de l['’]|d['’])\s?(?:the )?\p{Lu}[\p{L}-]+(?:,? (?:and|et|&) (?:of |de |des |du |de la |de l['’])?\p{Lu}[\p{L}-]+)?/gu;
/** "Office of Defence Procurement"-like bodies named by their portfolio: "X of Defence", "X of the Interior". */
const PORTFOLIO =
  /\b(?!(?:Secretary|Minister|Ministers|Chief|Head|Director|Deputy|Committee|Chair|Chairman|Under)\b)\p{Lu}[\p{L}-]+ (?:of|for) (?:the )?(?:Defen[cs]e|Armed Forces|Interior|Home Affairs|Foreign Affairs)\b/gu;
/** "Direction générale de l'armement", "Délégation générale à l'armement": a general directorate. */
const DIRECTORATE =
  /\b(?!Assembl|Conf[ée]rence|Politique|Mobilisation|Gr[eè]ve)\p{Lu}[\p{L}-]+ générale (?:de l['’]|de la |des |du |de |à l['’]|aux )\s?[\p{L}-]+(?: [\p{Ll}-]+)?(?=\s*(?:\(|,|\s(?:a|has|have|ont|va|will|said|et|and)\b))/gu;
/** "procurement office, BAAINBw", "the defence procurement agency DGA": the name a procurement body goes by. */
const PROCUREMENT_ACRONYM =
  /\b(?:procurement|purchasing|armaments?|acquisition) (?:office|agency|authority|directorate|bureau)\s*,?\s+(\p{Lu}[\p{Lu}\p{Ll}]{2,10})\b(?=\s*[,.;)]|\s+(?:for|to|has|said|will)\b)/gu;

export interface PublicBody {
  name: string;
  start: number;
  end: number;
}

/** The public buyers a sentence names, in text order; `text` is the original sentence. */
export function publicBodiesIn(text: string): PublicBody[] {
  // Most sentences name no public body: the patterns need one of these words.
  if (
    !/Minist|minist|Department|Secretariat|générale|procurement|purchasing|armament|acquisition|Defen[cs]e|Armed Forces|Interior|Affairs/u.test(
      text,
    )
  )
    return [];
  const found: PublicBody[] = [];
  for (const re of [MINISTRY, PORTFOLIO, DIRECTORATE]) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) found.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  }
  PROCUREMENT_ACRONYM.lastIndex = 0;
  for (const m of text.matchAll(PROCUREMENT_ACRONYM)) {
    const acronym = m[1] as string;
    const start = m.index + m[0].lastIndexOf(acronym);
    found.push({ name: acronym, start, end: start + acronym.length });
  }
  // "Ministry of Defence" is read by two patterns: the first, longest reading of a span stands.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((b, i) => i === 0 || (found[i - 1] as PublicBody).end <= b.start);
}
