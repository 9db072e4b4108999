import type { EntityType } from '../entities/entity-registry.ts';
import { foldText } from '../entities/fold-text.ts';
import type { NameCandidate, PartyMention } from './find-parties.ts';
import { NAME_LINKS } from './inner-joins.ts';
import { endsWithLegalForm, formlessForms, isLegalFormOf } from './legal-form-names.ts';

interface Known {
  name: string;
  type: EntityType;
  words: string[];
}

/**
 * "N.V.", "B.V.", "S.p.A.": letters written with dots between them are one word ("nv"), so that a legal
 * form so written is one (legal-form-names.ts) and "Tripsera N.V." is "Tripsera" under its form.
 */
const DOTTED_FORM = /(?<![\p{L}\p{N}])(?:\p{L}\.){1,3}\p{L}\.?(?![\p{L}\p{N}])/gu;
const wordsOf = (name: string) => {
  const words = foldText(name.includes('.') ? name.replace(DOTTED_FORM, (m) => m.replaceAll('.', '')) : name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  // "Tallis's", "Tallis’": a possessive ending is no word of the name.
  if (words.length > 1 && words.at(-1) === 's' && /['’]s$/u.test(name)) words.pop();
  return words;
};

const POSSESSIVE_END = /['’]s$/u;
/** A name written in capitals only, of two words or more or one long word ("ARDELYS BATTERIES", "ARDELYS"). */
const SHOUTED = /^(?=[^\p{Ll}]*$)(?:\p{Lu}[\p{Lu}\p{N}'’&.-]*(?: \p{Lu}[\p{Lu}\p{N}'’&.-]*)+|\p{Lu}{6,})$/u;

/** Words inside a name that an acronym skips ("Banque de France" -> BDF, "Pellow & Finch" -> PF). */
const CONNECTORS = NAME_LINKS;
/**
 * Words many companies end or start with: alone, they name no company in particular ("Group",
 * "Capital"), so they are never a short form of a longer name.
 */
const GENERIC = new Set([
  'group',
  'groupe',
  'groups',
  'capital',
  'holding',
  'holdings',
  'partners',
  'partenaires',
  'international',
  'company',
  'companies',
  'corp',
  'corporation',
  'inc',
  'sa',
  'sas',
  'plc',
  'ltd',
  'llc',
  'ag',
  'gmbh',
  'nv',
  'se',
  'services',
  'solutions',
  'systems',
  'industries',
  'technologies',
  'energy',
  'energie',
  'power',
  'digital',
  'global',
  'france',
  'europe',
  'societe',
  'compagnie',
]);
/**
 * Head nouns of public bodies' names ("Direction générale Ressources matérielles", "Agence du numérique de
 * défense"): written alone and capitalised, such a word is a body's name cut at its first lowercase word,
 * never the short form of the one body of that kind the article named in full.
 */
const BODY_HEADS = new Set([
  'direction',
  'agence',
  'agency',
  'ministere',
  'ministry',
  'department',
  'departement',
  'autorite',
  'authority',
  'commission',
  'office',
  'administration',
  'secretariat',
  'delegation',
]);
/**
 * Head nouns a French organisation's name opens on and the press keeps alone, capitalised, for the
 * organisation itself once named: « le Fonds de solidarité FTQ … Le Fonds n'a pas voulu commenter », « la
 * Caisse de dépôt et placement du Québec … la Caisse ». Not « Société » (in a release, the issuer itself) nor
 * « Groupe » (any group).
 */
const ORGANISATION_HEADS = new Set([
  'fonds',
  'caisse',
  'banque',
  'compagnie',
  'cooperative',
  'mutuelle',
  'fondation',
]);
/** Legal forms closing a name ("& Cie", "SA", "Ltd"): the name ends before them too. */
const LEGAL_TAIL = new Set([
  'cie',
  'co',
  'corp',
  'corporation',
  'sa',
  'sas',
  'ag',
  'ltd',
  'plc',
  'inc',
  'gmbh',
  'nv',
  'se',
  'llc',
  'spa',
]);
function coreOf(words: readonly string[]): readonly string[] {
  let n = words.length;
  while (n > 1 && LEGAL_TAIL.has(words[n - 1] as string)) n--;
  return n === words.length ? words : words.slice(0, n);
}
/** Where a camel-case word starts a new hump: a lower-case letter before a capital ("Pro|Sieben|Sat"). */
const HUMP = /(?<=\p{Ll})(?=\p{Lu})/gu;

/**
 * "ProSiebenSat.1" -> "prosieben": the leading humps of a name's camel-case first word, five letters
 * or more and short of the whole word, which the article may use alone for the company.
 */
function camelHeads(name: string): string[] {
  const first = /^[\p{L}\p{N}]+/u.exec(name)?.[0] ?? '';
  const humps = first.split(HUMP);
  const heads: string[] = [];
  for (let n = 1; n < humps.length; n++) {
    const head = humps.slice(0, n).join('');
    if (head.length >= 5 && !GENERIC.has(foldText(head))) heads.push(foldText(head));
  }
  return heads;
}

/**
 * "the family's holding company, Groupe Meriadec": a name opening on a group's word of the Romance
 * languages is an organisation's wherever it stands, even where the English sentence gives it no slot,
 * so that "Meriadec" alone later is that group.
 */
const GROUP_NAME = /^(?:Groupe|Grupo|Gruppo) \p{Lu}[\p{L}\p{N}'’&.-]*(?: \p{Lu}[\p{L}\p{N}'’&.-]*){0,3}$/u;
export const isGroupName = (name: string): boolean => GROUP_NAME.test(name);

/** An acronym as written: capitals only, two to six of them ("IHG", "P&F" is read as PF). */
const ACRONYM = /^[A-Z](?:&?[A-Z]){1,5}$/u;
/**
 * Acronyms of things, not of companies: "on consoles and PC" is no short form of "Pinegate Capital", nor "AI" of
 * "Arden Industries". They are never read as the initials of a name the article gives.
 */
const THING_ACRONYMS = new Set([
  'pc',
  'pcs',
  'tv',
  'ai',
  'it',
  'ceo',
  'cfo',
  'coo',
  'cto',
  'ipo',
  'gdp',
  'ev',
  'evs',
  'suv',
  'vr',
  'ar',
  'api',
  'ip',
  'pdg',
  'dg',
  'pme',
  'eti',
  'tpe',
  'pib',
  'ia',
]);

/** The initials a long name is shortened to, with and without its connecting words. */
function initialsOf(words: readonly string[]): string[] {
  if (words.length < 2) return [];
  const all = words.map((w) => w.charAt(0)).join('');
  const content = words
    .filter((w) => !CONNECTORS.has(w))
    .map((w) => w.charAt(0))
    .join('');
  return content.length >= 2 && content !== all ? [content, all] : [all];
}

/**
 * Organisation names the article has established somewhere (title, apposition, a claim slot, an
 * alliance's name): the same name elsewhere in the article is the same organisation, and a short
 * form takes the fullest name: its first words ("Brightwater" for "Brightwater Analytics"), its last
 * words ("Vauclair" for "Ciments Vauclair"), or its initials ("IHG" for "InterContinental Hotels Group").
 */
export class ArticleNames {
  private readonly known = new Map<string, Known>();
  /** Known names by first word: a long page knows many names, a lookup reads only its own. */
  private readonly byFirst = new Map<string, Set<Known>>();
  /** Known names of two words or more by last word: "Vauclair" may stand for "Ciments Vauclair". */
  private readonly byLast = new Map<string, Set<Known>>();
  /** Known names of two words or more by initials: "IHG". */
  private readonly byInitials = new Map<string, Set<Known>>();
  /** Known names by the leading humps of a camel-case first word: "ProSieben" for "ProSiebenSat.1". */
  private readonly byCamel = new Map<string, Set<Known>>();
  /** Registry names of two words or more by an organisation head noun they open on: « le Fonds ». */
  private readonly byHead = new Map<string, Set<Known>>();
  /** Registry names already indexed by their last word. */
  private readonly registered = new Set<string>();
  /**
   * Registry names of two words or more by first word, under every form the article wrote them in
   * ("National Bank of Canada", « Banque Nationale du Canada »): "National Bank" later is that bank.
   */
  private readonly registeredByFirst = new Map<string, Set<Known>>();
  /** Names the article shows as another's unit, fund or product ("its X Fund", "X, the division of Y"). */
  private readonly owned = new Set<string>();
  /** The headline's folded words, space-padded: " pendeford agrees to acquire rushcliffe machining ". */
  private headlineWords = '';
  /** Names are asked about again and again: their words are split once per article. */
  private readonly split = new Map<string, string[]>();

  private wordsOf(name: string): string[] {
    let words = this.split.get(name);
    if (words === undefined) {
      words = wordsOf(name);
      this.split.set(name, words);
    }
    return words;
  }

  private static index(map: Map<string, Set<Known>>, key: string, known: Known): void {
    let set = map.get(key);
    if (set === undefined) {
      set = new Set();
      map.set(key, set);
    }
    set.add(known);
  }

  private unindex(known: Known): void {
    this.byFirst.get(known.words[0] as string)?.delete(known);
    for (const h of camelHeads(known.name)) this.byCamel.get(h)?.delete(known);
    this.byLast.get(known.words.at(-1) as string)?.delete(known);
    this.byLast.get(coreOf(known.words).at(-1) as string)?.delete(known);
    for (const i of initialsOf(known.words)) this.byInitials.get(i)?.delete(known);
  }

  private put(key: string, known: Known): void {
    const previous = this.known.get(key);
    if (previous !== undefined) this.unindex(previous);
    this.known.set(key, known);
    ArticleNames.index(this.byFirst, known.words[0] as string, known);
    for (const h of camelHeads(known.name)) ArticleNames.index(this.byCamel, h, known);
    if (known.words.length >= 2) {
      ArticleNames.index(this.byLast, known.words.at(-1) as string, known);
      // "Ruedin" for "Banque Ruedin & Cie": the last word before a legal form ends the name too.
      const core = coreOf(known.words);
      if (core.length >= 2 && core.length < known.words.length)
        ArticleNames.index(this.byLast, core.at(-1) as string, known);
      for (const i of initialsOf(known.words)) ArticleNames.index(this.byInitials, i, known);
    }
  }

  add(name: string, type: EntityType): void {
    const words = this.wordsOf(name);
    const key = words.join(' ');
    if (key === '' || /^\d+$/.test(key)) return;
    const existing = this.known.get(key);
    // An outlet is never a party: once the article shows a name is one, it stays one.
    if (existing?.type === 'outlet') return;
    if (existing === undefined || type === 'outlet' || (type === 'alliance' && existing.type !== 'alliance'))
      this.put(key, { name, type, words });
    // "Ravenhill's forge …" then "Ravenhill's, the grocer": a name once shown with an 's that no noun
    // follows is the name with its 's, wherever a possessive reading first shortened it.
    else if (existing.type === type && POSSESSIVE_END.test(name) && !POSSESSIVE_END.test(existing.name))
      this.put(key, { name, type, words });
    // "STELLANTIS, ARDELYS BATTERIES - …" then "Ardelys Batteries": a wire item's capitals shout the name
    // the article writes in mixed case.
    else if (existing.type === type && SHOUTED.test(existing.name) && /\p{Ll}/u.test(name))
      this.put(key, { name, type, words });
  }

  /**
   * A registry name of two words or more the article mentions: its last word alone ("Healthineers" for
   * "Siemens Healthineers") is the same company. Indexed by last word only: "Siemens Mobility" must
   * not become "Siemens Healthineers" through their shared first word. Not a unit named after its
   * `parent` ("Société Générale Côte d'Ivoire", "ITV Studios"): the words after the parent's name are a
   * country or a business line, and "Côte d'Ivoire" or "Studios" alone names the country or the noun.
   */
  addRegistered(name: string, parent?: string): void {
    const words = this.wordsOf(name);
    if (words.length < 2 || GENERIC.has(words.at(-1) as string)) return;
    if (parent !== undefined) {
      const head = this.wordsOf(parent);
      if (head.length < words.length && head.every((w, i) => words[i] === w)) return;
    }
    const key = words.join(' ');
    if (this.registered.has(key) || this.known.has(key)) return;
    const known: Known = { name, type: 'company', words };
    this.registered.add(key);
    ArticleNames.index(this.byLast, words.at(-1) as string, known);
    if (ORGANISATION_HEADS.has(words[0] as string))
      ArticleNames.index(this.byHead, words[0] as string, known);
  }

  /**
   * A registry name as the article wrote it (`written`, its name or an alias): its first words alone
   * ("Republic" for "Republic Services", "National Bank" for "National Bank of Canada") are the same
   * company. A separate index from the article's own names: a registry name is never the fuller name
   * of another registry name (`longest` would make "Siemens" "Siemens Mobility").
   */
  addRegisteredForm(name: string, written: string): void {
    const words = this.wordsOf(written);
    if (words.length < 2) return;
    const known: Known = { name, type: 'company', words };
    for (const k of this.registeredByFirst.get(words[0] as string) ?? [])
      if (k.name === name && k.words.join(' ') === words.join(' ')) return;
    ArticleNames.index(this.registeredByFirst, words[0] as string, known);
  }

  /**
   * The one registry name the article wrote whose first words this unknown name is: not a head word
   * that names no company alone ("Group", « Banque », "Agency"), nor a cut before a connector's
   * complement only ("Banque de" is no name), nor when two registry names of the article open on it.
   */
  registeredHead(name: string): Known | undefined {
    const words = this.wordsOf(name);
    if (words.length === 0) return undefined;
    if (
      words.every(
        (w) => GENERIC.has(w) || BODY_HEADS.has(w) || ORGANISATION_HEADS.has(w) || CONNECTORS.has(w),
      )
    )
      return undefined;
    if (CONNECTORS.has(words.at(-1) as string)) return undefined;
    const found = new Set<string>();
    let match: Known | undefined;
    for (const k of this.registeredByFirst.get(words[0] as string) ?? []) {
      if (k.words.length <= words.length || !words.every((w, i) => k.words[i] === w)) continue;
      found.add(k.name);
      match = k;
    }
    return found.size === 1 ? match : undefined;
  }

  /**
   * "It cut Harland Water to 'hold' … and Harland shares fell": a longer capitalised name that starts
   * with a name the article already takes for an organisation, in a position that did not make it one,
   * is that organisation's full name: only when the article writes it no later than the short form (a
   * name first written after it is a product or unit), when it is the one such longer name, and when no
   * known name already goes on from the short one.
   */
  addExtensions(names: readonly { name: string; index: number }[]): void {
    // "Veltro" then "Veltro Assure": a longer name first written after the short one is its product.
    const first = new Map<string, number>();
    for (const { name, index } of names) {
      const key = this.wordsOf(name).join(' ');
      if (!first.has(key)) first.set(key, index);
    }
    const byShort = new Map<Known, Set<string>>();
    const spelled = new Map<string, string>();
    for (const { name, index } of names) {
      const words = this.wordsOf(name);
      const key = words.join(' ');
      if (words.length < 2 || /\d/u.test(key) || this.known.has(key) || this.owned.has(key)) continue;
      for (let n = words.length - 1; n >= 1; n--) {
        const short = this.known.get(words.slice(0, n).join(' '));
        if (short === undefined) continue;
        if (short.type === 'company' && index <= (first.get(short.words.join(' ')) ?? index)) {
          const set = byShort.get(short) ?? new Set<string>();
          byShort.set(short, set);
          set.add(key);
          spelled.set(key, name);
        }
        break;
      }
    }
    for (const [short, keys] of byShort) {
      if (keys.size !== 1) continue;
      const longer = [...(this.byFirst.get(short.words[0] as string) ?? [])].some(
        (k) => k.words.length > short.words.length && short.words.every((w, i) => k.words[i] === w),
      );
      if (longer) continue;
      this.add(spelled.get([...keys][0] as string) as string, 'company');
    }
  }

  /**
   * "… Agrees to Acquire Rushcliffe Machining" over "Rushcliffe Machining Ltd": the headline writes the
   * name the release then gives with its legal form. Its words are kept as a plain run, not as names: a
   * title-case headline glues its verbs to the name ("Acquire Rushcliffe Machining").
   */
  noteHeadline(text: string): void {
    const words = wordsOf(text);
    this.headlineWords = words.length === 0 ? '' : ` ${words.join(' ')} `;
  }

  /** Drops a name the article turned out to give to something else (a product, not an organisation). */
  forget(name: string): void {
    const key = this.wordsOf(name).join(' ');
    const known = this.known.get(key);
    if (known === undefined) return;
    this.known.delete(key);
    this.unindex(known);
  }

  /** "its Moselbridge Climate Transition Fund": a short form shared with the owner stands for the owner. */
  markOwned(name: string): void {
    this.owned.add(this.wordsOf(name).join(' '));
  }

  /** Whether the article knows another company whose name starts with this name's first word. */
  sharesHead(name: string): boolean {
    const words = this.wordsOf(name);
    const key = words.join(' ');
    for (const k of this.byFirst.get(words[0] as string) ?? [])
      if (k.type === 'company' && k.words.join(' ') !== key) return true;
    return false;
  }

  /** The fullest known name this name is the same as or a short form of (its first words). */
  resolve(name: string): Known | undefined {
    const words = this.wordsOf(name);
    const exact = this.known.get(words.join(' '));
    // « Le Fonds » after « le Fonds de solidarité FTQ »: the one registry name the article gave on that head.
    // Not when the article also names an organisation of its own on that head (« la Caisse mutuelle du Penthièvre »).
    const headed = words.length === 1 ? this.byHead.get(words[0] as string) : undefined;
    if (
      headed?.size === 1 &&
      [...(this.byFirst.get(words[0] as string) ?? [])].every((k) => k.words.length === 1)
    )
      return [...headed][0];
    // "ProSieben" after "ProSiebenSat.1": the short form the article itself also took for a name.
    const humped = words.length === 1 ? this.byCamel.get(words[0] as string) : undefined;
    if (humped?.size === 1) return [...humped][0];
    // "Moselbridge" beside "Moselbridge Infrastructure Partners" and its "Moselbridge Climate Transition
    // Fund": a short form is the owner's when the article names one, not its unit's.
    if (this.owned.size > 0) {
      const owner = this.longest(words, exact, true);
      // "Zennor" beside its unit "Zennor Cloud": a short form the article also knows alone is the owner.
      if (owner !== undefined && (owner.words.length > words.length || owner === exact))
        return this.plain(owner);
    }
    return this.plain(this.longest(words, exact, false));
  }

  /**
   * "Trellmark Logistics Inc." in a release's formal lines, "Trellmark Logistics" in its story: the name
   * the article also writes without its legal form is the name (legal-form-names.ts).
   */
  private plain(k: Known | undefined): Known | undefined {
    if (k === undefined || !endsWithLegalForm(k.words)) return k;
    let plain: Known | undefined;
    for (const p of this.byFirst.get(k.words[0] as string) ?? [])
      if (
        p.type === k.type &&
        isLegalFormOf(p.words, k.words) &&
        (plain === undefined || p.words.length > plain.words.length)
      )
        plain = p;
    return plain ?? this.headlinePlain(k) ?? k;
  }

  /** The longest form of a company's name without its legal form that the headline writes, if any. */
  private headlinePlain(k: Known): Known | undefined {
    if (k.type !== 'company' || this.headlineWords === '') return undefined;
    for (const words of formlessForms(k.words)) {
      if (!this.headlineWords.includes(` ${words.join(' ')} `)) continue;
      // The name as written, cut before its last words: "Julius Baer Group Ltd." -> "Julius Baer".
      const tokens = k.name.split(/\s+/u);
      let cut = k.words.length - words.length;
      while (cut > 0 && tokens.length > 1) cut -= wordsOf(tokens.pop() as string).length;
      if (cut !== 0) return undefined;
      return { name: tokens.join(' ').replace(/[\s,]+$/u, ''), type: k.type, words };
    }
    return undefined;
  }

  private longest(words: readonly string[], exact: Known | undefined, skipOwned: boolean): Known | undefined {
    if (words.length === 1 && BODY_HEADS.has(words[0] as string)) return exact;
    let best = exact;
    for (const k of this.byFirst.get(words[0] as string) ?? []) {
      // "Veridia" and "Veridia Inspect" are short or product forms of "Veridia Systems".
      if (k.words.length < words.length && best !== undefined) continue;
      // "Trellmark Logistics", known as such, is no short form of "Trellmark Logistics Inc": that is its registered form.
      if (exact !== undefined && isLegalFormOf(words, k.words)) continue;
      // "Quillbridge Software" is a name of its own, never a short form of "Quillbridge Claims Cloud".
      if (exact !== undefined && words.length >= 2 && !words.every((w, i) => k.words[i] === w)) continue;
      if (skipOwned && k !== exact && this.owned.has(k.words.join(' '))) continue;
      if (best === undefined) best = k;
      if (k.words.length <= best.words.length) continue;
      // "Trivelle Software" then its product "Trivelle Compta IA": of two longer names that part ways,
      // the short form is the one the article wrote first; one that goes on from it ("Thornleigh
      // Capital Partners") is its fuller name.
      const b = best;
      if (b === exact || b.words.length < words.length || b.words.every((w, i) => k.words[i] === w)) best = k;
    }
    return best;
  }

  /** A name the article itself gave (no registry name) that opens on an organisation's head noun. */
  private coinedOnHead(k: Known): boolean {
    return ORGANISATION_HEADS.has(k.words[0] as string) && this.known.get(k.words.join(' ')) === k;
  }

  /**
   * The one longer name a party's name shortens by its last words or its initials; none when two
   * names would fit ("Capital" of "Arbolis Capital" and "Norvane Capital") or the words are generic.
   * `named`: the article itself took the short form for a company (a party somewhere).
   */
  private resolveShort(name: string, words: readonly string[], named: boolean): Known | undefined {
    const found = new Set<Known>();
    if (ACRONYM.test(name)) {
      if (THING_ACRONYMS.has(words.join(''))) return undefined;
      for (const k of this.byInitials.get(words.join('')) ?? []) if (k.type !== 'outlet') found.add(k);
    } else if (!words.every((w) => GENERIC.has(w))) {
      for (const k of this.byLast.get(words.at(-1) as string) ?? []) {
        if (k.type === 'outlet') continue;
        // The full name as written, else without its legal form ("Banque Ruedin & Cie").
        const core = coreOf(k.words);
        for (const kw of core.length < k.words.length ? [k.words, core] : [k.words]) {
          const head = kw.length - words.length;
          if (head < 1 || !words.every((w, i) => kw[head + i] === w)) continue;
          // "Paris" is no short form of "Aéroports de Paris": a tail after "de"/"of" is a place or owner.
          // Not a tail of two words or more the article makes a party ("les Monts de Joux ont signé" after
          // « la Coopérative des Monts de Joux »): it stands for the one company whose name it ends.
          // Nor a one-word tail the article makes a party when it coined the full name itself on an
          // organisation's head noun (« le Penthièvre » after « la Caisse mutuelle du Penthièvre »): a registry
          // name's tail stays the river or the region (« le Rhône » is not the Compagnie nationale du Rhône),
          // and after another head the tail is the owner (« la ligne Brest-Lyon d'Aérolande »).
          if (
            CONNECTORS.has(kw[head - 1] as string) &&
            !(named && (words.length >= 2 || this.coinedOnHead(k)))
          )
            continue;
          found.add(k);
        }
      }
    }
    // "Banque Ruedin" and "Banque Ruedin & Cie": one bank, with and without its legal form.
    if (found.size > 1) {
      const all = [...found];
      const core = coreOf((all[0] as Known).words).join(' ');
      if (all.every((k) => coreOf(k.words).join(' ') === core))
        return all.reduce((a, b) => (b.words.length > a.words.length ? b : a));
    }
    if (found.size !== 1) return undefined;
    return [...found][0];
  }

  /** The fullest name for a name: its own, a longer one it starts, else one it ends or abbreviates. */
  fullest(name: string): Known | undefined {
    const k = this.resolve(name);
    if (k === undefined) return this.longerOf(this.resolveShort(name, this.wordsOf(name), false));
    // A name the article knows ("Vauclair", or "Vauclair" for "Vauclair Terra") may itself be the
    // short form of a longer one.
    if (k.words.length > this.wordsOf(name).length) return k;
    return this.longerOf(this.resolveShort(k.name, k.words, k.type === 'company')) ?? k;
  }

  /**
   * "Pearl" for "Andaman Pearl", itself the short form of "Andaman Pearl Cruises": a name a tail or initials
   * lead to takes, in turn, the fullest name it opens.
   */
  private longerOf(k: Known | undefined): Known | undefined {
    if (k === undefined) return k;
    const longer = this.resolve(k.name);
    return longer !== undefined && longer.type === k.type && longer.words.length > k.words.length
      ? longer
      : k;
  }

  /**
   * "Covéa Prévoyance" after the article named it so: a registry name and the capitalised word right
   * after it are the longer name the article knows, not the parent beside another word.
   */
  private joinSubsidiaries(
    parties: PartyMention[],
    candidates: readonly NameCandidate[],
  ): [PartyMention[], NameCandidate[]] | undefined {
    let result: [PartyMention[], NameCandidate[]] | undefined;
    for (const p of parties) {
      if (!p.known || p.type !== 'company') continue;
      const next =
        candidates.find((c) => c.start === p.end + 1) ??
        parties.find((q) => !q.known && q.start === p.end + 1);
      if (next === undefined) continue;
      const k = this.known.get(this.wordsOf(`${p.name} ${next.name}`).join(' '));
      if (k === undefined || k.type !== 'company') continue;
      const [ps, cs] = result ?? [[...parties], [...candidates]];
      const merged: PartyMention = {
        name: k.name,
        type: 'company',
        known: false,
        start: p.start,
        end: next.end,
      };
      result = [
        ps.filter((q) => q !== next).map((q) => (q === p ? merged : q)),
        cs.filter((c) => c !== next),
      ];
    }
    return result;
  }

  /** Renames short forms to the fullest name and adopts candidates the article knows. */
  apply(parties: PartyMention[], candidates: readonly NameCandidate[]): PartyMention[] {
    const [mentions, rest] = this.joinSubsidiaries(parties, candidates) ?? [parties, candidates];
    const out = mentions.map((p) => {
      if (p.known) return p;
      const k = this.fullest(p.name);
      // "National Bank" beside "National Bank of Canada": no longer name of the article's own, a registry one.
      const head =
        p.type === 'company' && (k === undefined || k.words.length <= this.wordsOf(p.name).length)
          ? this.registeredHead(p.name)
          : undefined;
      const full = head ?? k;
      return full === undefined ? p : { ...p, name: full.name, type: full.type };
    });
    for (const c of rest) {
      const k = this.fullest(c.name);
      if (k === undefined) continue;
      // "in Quebec City" beside the province "Quebec": a place named after a shorter known name stays a place.
      if (c.place === true && k.words.length < this.wordsOf(c.name).length) continue;
      out.push({ name: k.name, type: k.type, known: false, start: c.start, end: c.end });
    }
    return out.sort((a, b) => a.start - b.start);
  }
}
