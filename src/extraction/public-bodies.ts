/**
 * Public buyers named by the shape of their name: a ministry, a directorate, an agency, a metropolis or a
 * city ("le ministère de l'Intérieur", "la Direction générale de l'armement", "l'Agence spatiale
 * canadienne", "Tours Métropole Val de Loire", "the City of Phoenix", "the U.S. Space Force"). They award
 * contracts, so they are parties; their lowercase words would otherwise cut the name short or hide it.
 */
export interface PublicBodyName {
  start: number;
  end: number;
}

/** A capitalised word, hyphens and apostrophes inside ("Val-de-Marne", "Île-de-France"). */
const CAP = String.raw`\p{Lu}[\p{L}'’-]*`;
/** The French links before a complement: "de l'", "de la", "des", "du", "de", "d'". */
const DE = String.raw`(?:de l['’]|de la |des |du |de |d['’])`;
/** French adjectives that follow "Agence": "spatiale", "nationale", "canadienne", "européenne", "française". */
const ADJ = String.raw`\p{Ll}+(?:ale|ales|aux|ienne|iennes|enne|ennes|aise|aises|ique|iques|ine|ère|elle|aine)`;

const BODY = new RegExp(
  [
    // "ministère de l'Intérieur", "ministère des Armées", "ministère de l'Économie et des Finances"
    String.raw`\b[Mm]inistère ${DE}${CAP}(?: et ${DE}${CAP})?`,
    // "Direction générale de l'armement", "Direction générale des Entreprises"
    String.raw`\bDirection générale ${DE}\p{L}+(?: ${CAP})*`,
    // "Agence spatiale canadienne", "Agence nationale de la Recherche"
    String.raw`\bAgence (?:${ADJ} ){0,1}${ADJ}(?: ${DE}${CAP})?`,
    // "Agence des participations de l'État", "Office des transports de Corse": a body's lowercase noun
    // between two links, its name closed by a capitalised complement.
    String.raw`\b(?:Agence|Office|Caisse|Autorité|Commission|Institut) ${DE}\p{Ll}{3,} ${DE}${CAP}`,
    // "Tours Métropole Val de Loire", "Bordeaux Métropole", "Métropole de Lyon", "Métropole européenne de Lille"
    String.raw`(?:(?!(?:Le|La|Les|Une?|En|Et|Dans|Pour|Par|Avec|Selon|Sa|Son|Leur)\b)${CAP} ){1,3}Métropole(?: ${CAP}(?: ${DE}?${CAP}){0,3})?`,
    String.raw`\bMétropole (?:européenne )?${DE}${CAP}(?:[ -]${CAP}){0,2}`,
    // "Ville de Paris", "Région Bretagne", "Conseil départemental du Finistère"
    String.raw`\b(?:Ville|Région|Département|Conseil (?:régional|départemental)|Communauté (?:urbaine|d['’]agglomération)) ${DE}?${CAP}(?:[ -]${CAP}){0,2}`,
    // "City of Phoenix", "County of Los Angeles", "State of Texas"
    String.raw`\b(?:City|County|State|Town|Province|Commonwealth) of ${CAP}(?: ${CAP}){0,2}`,
    // "U.S. Space Force", "U.S. Army", "U.K. Ministry of Defence", "US Department of Energy"
    String.raw`\b(?:U\.S\.|U\.K\.|US|UK) (?:\p{Lu}[\p{L}-]* ){0,2}(?:Force|Army|Navy|Coast Guard|Marine Corps|Agency|Administration|Command)\b`,
    String.raw`\b(?:U\.S\.|U\.K\.|US|UK) (?:Department|Ministry) (?:of|for) (?:the )?${CAP}(?: ${CAP})?`,
  ].join('|'),
  'gu',
);

/** Literals one of which every public body's name holds: most sentences are ruled out without the regex. */
const GATE =
  /minist|direction generale|agence|office |caisse |autorite |commission |institut |metropole|ville |region |departement|conseil |communaute |(?:city|county|state|town|province|commonwealth) of |\bu\.?s\.? |\bu\.?k\.? /u;

/** The public bodies named in a sentence; `folded` is the sentence folded (lowercase, accents stripped). */
export function publicBodyNames(sentence: string, folded: string): PublicBodyName[] {
  if (!GATE.test(folded)) return [];
  const out: PublicBodyName[] = [];
  for (const m of sentence.matchAll(BODY)) {
    const name = m[0].replace(/['’]$/u, '');
    out.push({ start: m.index, end: m.index + name.length });
  }
  return out;
}
