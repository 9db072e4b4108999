/**
 * The comparison form of a name: accents folded, case folded, punctuation as spaces.
 * "Thalès" and "THALES" compare equal; display keeps the name as first written.
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Unique comparison forms, sorted: the canonical party set of a fact key. */
export function canonicalPartySet(parties: readonly string[]): string[] {
  return [...new Set(parties.map(normaliseName).filter((p) => p.length > 0))].sort();
}

/** Display names without repeats (first spelling wins), in the order first seen. */
export function unionDisplayNames(...lists: ReadonlyArray<readonly string[]>): string[] {
  const seen = new Map<string, string>();
  for (const list of lists) {
    for (const name of list) {
      const key = normaliseName(name);
      if (key && !seen.has(key)) seen.set(key, name.trim());
    }
  }
  return [...seen.values()];
}

/**
 * Legal forms a company's name may end with, in comparison form ("S.p.A." is "s p a"). One outlet
 * writes "Trevithen Photonics Ltd", the next "Trevithen Photonics": the same company, and a rumour
 * told under one spelling must meet its confirmation told under the other.
 */
const LEGAL_FORMS: readonly string[] = [
  'sa',
  'sas',
  'se',
  'ag',
  'nv',
  'n v',
  'bv',
  'plc',
  'ltd',
  'limited',
  'inc',
  'corp',
  'corporation',
  'gmbh',
  'llc',
  'spa',
  's p a',
  'oyj',
  'asa',
  'ab',
  'a s',
  'sarl',
  'srl',
  'kgaa',
];

/** "trevithen photonics ltd" -> "trevithen photonics"; a name that is only a legal form keeps it. */
export function legalCore(key: string): string {
  let core = key;
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of LEGAL_FORMS) {
      if (core.length > form.length + 1 && core.endsWith(` ${form}`)) {
        core = core.slice(0, -form.length - 1);
        changed = true;
      }
    }
  }
  return core;
}

/** The comparison forms the same company may be stored under: bare, or with any one legal form. */
export function sameCompanyKeys(key: string): string[] {
  const core = legalCore(key);
  return [core, ...LEGAL_FORMS.map((form) => `${core} ${form}`)].filter((k) => k !== key);
}
