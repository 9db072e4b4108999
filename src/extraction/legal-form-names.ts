/**
 * A company's legal form written after its name ("Trellmark Logistics Inc.", "Brugevia Therapeutics NV"):
 * a press release gives it in its formal lines, and its story then writes the name alone. Then the
 * name alone is the party, as the analyst logs it. A name the article only ever writes with its form
 * ("Rookwell Ltd", "Wexbury Holdings Ltd" beside its defined short form "Wexbury") keeps it. Forms that
 * belong to the firm's name as people say it ("Banque Ruedin & Cie", "Reprise & Co", "Canadian Tire
 * Corp.") are not in this list. The continental forms are ("Ebrolit Baterías S.A.", "Saab AB", "SAP SE",
 * "Velcora S.r.l."): the press writes "Ebrolit Baterías" after the release's first line, as it writes
 * "Trellmark Logistics" for "Trellmark Logistics Inc.". "Limited" is ("Thirlby Capital
 * Limited" of a release headed "Thirlby Capital …"); a name the article only writes with it ("Terminal
 * Investment Limited") keeps it, as any name does.
 */
const FORMAL = new Set([
  'ltd',
  'limited',
  'inc',
  'plc',
  'nv',
  'ag',
  'gmbh',
  'llc',
  'spa',
  'bv',
  'asa',
  'oyj',
  'oy',
  'ab',
  'sa',
  'sas',
  'se',
  'srl',
  'kk',
]);
/**
 * "Julius Baer Group Ltd.", "Pellow Group Plc (\"Pellow\")": "Group" right before a legal form names the
 * registered holding, and the article that also writes the bare name ("Julius Baer will …") trades under
 * it. Without a legal form after it "Group" stays a word of the name ("Frasers Group", "Caldmore
 * Insurance Group"), and so does "Holdings" ("Wexbury Holdings Ltd" keeps it, phrasebook-3).
 */
const HOLDING_WORD = 'group';

/** Whether folded words end with a legal form, after at least one word of name. */
export function endsWithLegalForm(words: readonly string[]): boolean {
  return words.length >= 2 && FORMAL.has(words.at(-1) as string);
}

/**
 * Whether `long` is `short` with only legal forms after it ("trellmark logistics" + "inc"), or "group"
 * and legal forms ("julius baer" + "group ltd"): the same company under its registered form, never a
 * fuller name. "Wexbury" is no form of "Wexbury Holdings Ltd": "Holdings" is a word of the name.
 */
export function isLegalFormOf(short: readonly string[], long: readonly string[]): boolean {
  if (long.length <= short.length || !endsWithLegalForm(long)) return false;
  if (!short.every((w, i) => long[i] === w)) return false;
  const tail = long.slice(short.length);
  const forms = tail[0] === HOLDING_WORD ? tail.slice(1) : tail;
  return forms.length >= 1 && forms.every((w) => FORMAL.has(w));
}

/**
 * The shorter forms of a name that ends with a legal form, longest first: "julius baer group ltd" ->
 * "julius baer group", "julius baer". Each is the name that `isLegalFormOf` matches to the long one.
 */
export function formlessForms(words: readonly string[]): string[][] {
  if (!endsWithLegalForm(words)) return [];
  let n = words.length;
  while (n > 1 && FORMAL.has(words[n - 1] as string)) n--;
  const forms = n === 1 && words[0] === HOLDING_WORD ? [] : [words.slice(0, n)];
  if (n > 1 && words[n - 1] === HOLDING_WORD) forms.push(words.slice(0, n - 1));
  return forms;
}
