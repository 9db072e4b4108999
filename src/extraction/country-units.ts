import type { PartyMention } from './find-parties.ts';

/**
 * A country written right after a registry company's name: "Microsoft France", "Veolia UK",
 * "Generali France", "Carrefour Belgique", "Enel Chile", "Lidl Danmark".
 */
const COUNTRY_AFTER =
  /^ (?:France|UK|Germany|Deutschland|Belgique|Belgium|België|Chile|Chili|Tunisie|Maroc|Morocco|Danmark|Denmark|Argentina|Argentine|Polska|Italia|España|Portugal|Brasil|Colombia|México|Mexico|Perú|Peru|Sverige|Norge|Suomi|Nederland|Schweiz|Suisse|Österreich|România|Romania|Sénégal|Senegal|Cameroun|Canada|Australia|India|Japan|Ireland|Luxembourg|Türkiye|Hellas|Egypt|Nigeria|Kenya)(?![\p{L}\p{N}'’&-])/u;
/**
 * The countries the French and English press are written from (and their neighbour's name in English):
 * a group's arm there is the group's local office. A unit of another country is a company of its own.
 */
const HOME = new Set(['France', 'UK', 'Germany', 'Deutschland']);

/** Marks the registry companies a country follows ("Generali France") with the unit as written. */
export function markCountryUnits(sentence: string, parties: PartyMention[]): void {
  for (const p of parties) {
    if (!p.known || p.type !== 'company') continue;
    const m = COUNTRY_AFTER.exec(sentence.slice(p.end, p.end + 16));
    // "Orange France Télécom": a name that goes on is another name, not a country.
    if (m === null || /^ \p{Lu}/u.test(sentence.slice(p.end + m[0].length, p.end + m[0].length + 2)))
      continue;
    const end = p.end + m[0].length;
    if (parties.some((q) => q !== p && q.start < end && q.end > p.end)) continue;
    p.unit = { name: sentence.slice(p.start, end), end, home: HOME.has(m[0].trim()) };
  }
}

/**
 * "Microsoft France n'a pas souhaité commenter" in an article about Microsoft is the group's local arm
 * speaking for the group: the party is Microsoft. But an article that names the company only ever with
 * its country ("Generali France" throughout: the insurer that signs, sells and speaks) is about the
 * national company, a company of its own to the press: the party is the unit as written.
 * A unit of another country ("Carrefour Belgique", "Enel Chile") is its own company wherever it stands.
 * `bare`: the registry companies the article also names without a country after them.
 */
export function withCountryUnits(parties: PartyMention[], bare: ReadonlySet<string>): PartyMention[] {
  const local = (p: PartyMention) => p.unit?.home === true && bare.has(p.name);
  if (!parties.some((p) => p.unit !== undefined && !local(p))) return parties;
  return parties.map(({ unit, ...p }) =>
    unit === undefined || (unit.home && bare.has(p.name))
      ? { ...p, ...(unit ? { unit } : {}) }
      : { ...p, name: unit.name, known: false, end: unit.end },
  );
}

/** The registry companies these sentences name bare, not as "X France". */
export function namedBare(partyLists: readonly (readonly PartyMention[])[]): Set<string> {
  const bare = new Set<string>();
  for (const parties of partyLists)
    for (const p of parties) if (p.known && p.type === 'company' && p.unit === undefined) bare.add(p.name);
  return bare;
}
