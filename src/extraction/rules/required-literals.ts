/**
 * Literal substrings a regex cannot match without: for a cue pattern, a few strings at least one of
 * which occurs in any text the pattern matches. A sentence that contains none of them is not given
 * to the regex at all, which is most sentences for most cue lists. Derived from the pattern source
 * (the `u` flag syntax, no `i` flag), so rule authors write plain regexes and change nothing.
 *
 * `undefined` means "no such set known": the caller must run the regex. Anything the parser below
 * does not understand gives `undefined`, never a wrong set.
 */

/** What one piece of a pattern tells: the exact strings it can match (if few) and a required set. */
interface Facts {
  /** Every string the piece can match, when they are few; `undefined` when unbounded or many. */
  exact: string[] | undefined;
  /** Strings at least one of which is inside any match of the piece; `undefined` when none known. */
  required: string[] | undefined;
  /**
   * Sets of strings each of which the piece needs (one string of every set is inside any match):
   * `required` is the best single set, these are all that were found along a sequence, so that a
   * text must show every one of them before the regex runs.
   */
  all?: string[][];
}

const MAX_EXACT = 16;
const ANY: Facts = { exact: undefined, required: undefined };
const EMPTY: Facts = { exact: [''], required: undefined };

class Unsupported extends Error {}

/** The better of two required sets: the one whose shortest literal is longer, then the smaller one. */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const shortest = (s: string[]) => Math.min(...s.map((x) => x.length));
  const [sa, sb] = [shortest(a), shortest(b)];
  if (sa !== sb) return sa > sb ? a : b;
  return a.length <= b.length ? a : b;
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

/** A required set is only useful when it has no empty string (the empty string is in every text). */
function usable(list: string[] | undefined): string[] | undefined {
  if (list === undefined || list.length === 0 || list.some((s) => s.length === 0)) return undefined;
  // A literal that holds another one adds nothing: the shorter one is in every text the longer is.
  const unique = dedupe(list);
  return unique.filter((s) => !unique.some((t) => t !== s && s.includes(t)));
}

/** Every set of `sets` that is usable, each once. */
function conjunction(sets: (string[] | undefined)[]): string[][] {
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const set of sets) {
    const u = usable(set);
    if (u === undefined) continue;
    const key = [...u].sort().join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(u);
  }
  return out;
}

function concat(parts: Facts[]): Facts {
  let required: string[] | undefined;
  const all: (string[] | undefined)[] = [];
  // Runs of pieces with known exact strings join into longer literals (their cross product).
  let run: string[] | undefined = [''];
  let exactAll: string[] | undefined = [''];
  const closeRun = () => {
    if (run !== undefined) {
      required = better(required, usable(run));
      all.push(run);
    }
  };
  for (const part of parts) {
    required = better(required, usable(part.required));
    all.push(part.required, ...(part.all ?? []));
    if (part.exact === undefined) {
      closeRun();
      run = [''];
      exactAll = undefined;
      continue;
    }
    const exact: string[] = part.exact;
    const product: string[] = (run ?? ['']).flatMap((a) => exact.map((b) => a + b));
    if (product.length > MAX_EXACT) {
      closeRun();
      run = exact.slice();
    } else run = dedupe(product);
    if (exactAll !== undefined) {
      const all: string[] = exactAll.flatMap((a) => exact.map((b) => a + b));
      exactAll = all.length > MAX_EXACT ? undefined : dedupe(all);
    }
  }
  closeRun();
  return { exact: exactAll, required, all: conjunction(all) };
}

function alternation(branches: Facts[]): Facts {
  if (branches.length === 1) return branches[0] as Facts;
  let exact: string[] | undefined = [];
  let required: string[] | undefined = [];
  for (const b of branches) {
    const own = better(usable(b.exact), usable(b.required));
    required = own === undefined || required === undefined ? undefined : required.concat(own);
    exact = b.exact === undefined || exact === undefined ? undefined : exact.concat(b.exact);
  }
  if (exact !== undefined) exact = exact.length > MAX_EXACT ? undefined : dedupe(exact);
  return { exact, required: required === undefined ? undefined : dedupe(required) };
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' };
/** Escapes that stand for a class of characters or an assertion: no literal. */
const CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S']);

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Facts {
    const facts = this.disjunction();
    if (this.i !== this.src.length) throw new Unsupported();
    return facts;
  }

  /** The facts of each top-level branch ("a|b" gives two; a pattern without one gives itself). */
  parseBranches(): Facts[] {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (this.i !== this.src.length) throw new Unsupported();
    return branches;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private disjunction(): Facts {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return alternation(branches);
  }

  private sequence(): Facts {
    const parts: Facts[] = [];
    for (let ch = this.peek(); ch !== undefined && ch !== '|' && ch !== ')'; ch = this.peek()) {
      parts.push(this.quantified(this.atom()));
    }
    return concat(parts);
  }

  private quantified(atom: Facts): Facts {
    const ch = this.peek();
    let min: number;
    let max: number;
    if (ch === '*' || ch === '+' || ch === '?') {
      this.i++;
      min = ch === '+' ? 1 : 0;
      max = ch === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m === null) throw new Unsupported();
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    } else return atom;
    if (this.peek() === '?') this.i++;
    if (min === 0 && max === 1) {
      return {
        exact: atom.exact === undefined ? undefined : dedupe(['', ...atom.exact]),
        required: undefined,
      };
    }
    if (min === 1 && max === 1) return atom;
    // Repeated at least once: whatever one repetition needs is needed.
    const required = min >= 1 ? better(usable(atom.exact), usable(atom.required)) : undefined;
    const all = min >= 1 ? conjunction([atom.exact, atom.required, ...(atom.all ?? [])]) : [];
    return { exact: undefined, required, all };
  }

  private atom(): Facts {
    const ch = this.peek();
    if (ch === undefined) throw new Unsupported();
    this.i++;
    switch (ch) {
      case '^':
      case '$':
        return EMPTY;
      case '.':
        return ANY;
      case '(':
        return this.group();
      case '[':
        return this.charClass();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
      case ')':
        throw new Unsupported();
      default:
        return { exact: [ch], required: undefined };
    }
  }

  private group(): Facts {
    let lookaround = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
      this.i += 2;
      lookaround = true;
    } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
      this.i += 3;
      lookaround = true;
    } else if (this.peek() === '?') throw new Unsupported(); // named groups: backreferences may follow
    const inner = this.disjunction();
    if (this.peek() !== ')') throw new Unsupported();
    this.i++;
    // A lookaround consumes nothing: the match itself needs nothing from it.
    return lookaround ? EMPTY : inner;
  }

  private charClass(): Facts {
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const chars: string[] = [];
    let open = true;
    while (this.peek() !== ']') {
      let ch = this.peek();
      if (ch === undefined) throw new Unsupported();
      this.i++;
      if (ch === '\\') {
        const escaped = this.peek();
        if (escaped === undefined) throw new Unsupported();
        this.i++;
        if (CLASS_ESCAPES.has(escaped) || escaped === 'p' || escaped === 'P') {
          if (escaped === 'p' || escaped === 'P') this.skipProperty();
          open = false;
          continue;
        }
        const simple = this.simpleEscape(escaped);
        if (simple === undefined) throw new Unsupported();
        ch = simple;
      }
      if (this.peek() === '-' && this.src[this.i + 1] !== ']') {
        // A range: its characters are not listed one by one.
        this.i++;
        const end = this.peek();
        if (end === undefined || end === '\\' || end === '[') throw new Unsupported();
        this.i++;
        open = false;
        continue;
      }
      chars.push(ch);
    }
    this.i++;
    if (negated || !open || chars.length === 0 || chars.length > 4) return ANY;
    return { exact: dedupe(chars), required: undefined };
  }

  private skipProperty(): void {
    const m = /^\{[^}]*\}/.exec(this.src.slice(this.i));
    if (m === null) throw new Unsupported();
    this.i += m[0].length;
  }

  /** A character escape under the `u` flag, or undefined when it is not one. */
  private simpleEscape(escaped: string): string | undefined {
    if (escaped in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[escaped];
    if (escaped === 'x' || escaped === 'u') {
      const rest = this.src.slice(this.i);
      const m =
        escaped === 'x'
          ? /^[0-9a-fA-F]{2}/.exec(rest)
          : /^(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/.exec(rest);
      if (m === null) return undefined;
      this.i += m[0].length;
      const hex = escaped === 'x' ? m[0] : (m[1] ?? m[2] ?? '');
      return String.fromCodePoint(Number.parseInt(hex, 16));
    }
    // Under `u`, only syntax characters and '/' may be escaped to stand for themselves.
    if ('^$\\.*+?()[]{}|/-'.includes(escaped)) return escaped;
    return undefined;
  }

  private escape(): Facts {
    const escaped = this.peek();
    if (escaped === undefined) throw new Unsupported();
    this.i++;
    if (escaped === 'b' || escaped === 'B') return EMPTY;
    if (CLASS_ESCAPES.has(escaped)) return ANY;
    if (escaped === 'p' || escaped === 'P') {
      this.skipProperty();
      return ANY;
    }
    const simple = this.simpleEscape(escaped);
    if (simple === undefined) throw new Unsupported(); // backreferences and the rest
    return { exact: [simple], required: undefined };
  }
}

/**
 * Literals at least one of which occurs in any match of `source` (compiled with `u`, without `i`),
 * or `undefined` when none can be derived and the regex must always run.
 */
export function requiredLiterals(source: string): readonly string[] | undefined {
  try {
    const facts = new Parser(source).parse();
    return better(usable(facts.exact), usable(facts.required));
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** Most sets a gate tests per branch: past a few, another set rarely rules out a text the others let through. */
const MAX_SETS = 4;

/** The sets one branch needs, every one of them, its best single set first. */
function branchSets(facts: Facts): string[][] | undefined {
  const first = better(usable(facts.exact), usable(facts.required));
  if (first === undefined) return undefined;
  const key = (set: readonly string[]) => [...set].sort().join('\u0000');
  // A set with a one-character literal (" ") is in nearly every text: testing it rules nothing out.
  const others = conjunction(facts.all ?? []).filter(
    (set) => key(set) !== key(first) && set.every((l) => l.length > 1),
  );
  return [first, ...others.slice(0, MAX_SETS - 1)];
}

/**
 * What a match of `source` needs, as alternatives (one per top-level branch of the pattern), each a
 * list of sets of literals: a text can match only when, for some alternative, it holds one literal
 * of every set. `undefined` when some branch needs nothing known, and the regex must always run.
 * Beyond `requiredLiterals(source)`, this lets a gate skip a regex whose common word ("accord ") is
 * in the text when the rarer words the same branch needs ("douanier", "tarifaire") are not.
 */
export function requiredLiteralSets(source: string): readonly (readonly (readonly string[])[])[] | undefined {
  let branches: Facts[];
  try {
    branches = new Parser(source).parseBranches();
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  const alternatives: string[][][] = [];
  for (const branch of branches) {
    const sets = branchSets(branch);
    if (sets === undefined) return undefined;
    alternatives.push(sets);
  }
  return alternatives;
}

/**
 * How many texts' findings are kept. An article's sentences are read in two passes (names first,
 * then claims), each asking many lists about the same texts: the cache must hold a whole article's
 * texts for the second pass to find them, and stays bounded so memory is flat over many articles.
 */
const CACHED_TEXTS = 128;

/**
 * The automaton over every literal: a DFA (Aho-Corasick with failures resolved) on character classes.
 *
 * Laid out for the cache: the table is read once per character of every sentence, between much other
 * work that evicts it, so a smaller table is a faster scan. States are numbered breadth first (the
 * shallow states a scan mostly visits sit together), a step is 16 bits when the states allow, and
 * its low bit says whether literals end at the target, so most steps read nothing else.
 */
interface Automaton {
  /** Character code to class; 0 is every character no literal holds. */
  classOf: Uint16Array;
  classes: number;
  /** `next[s * classes + c]` is `target * 2 + (literals end at target ? 1 : 0)`. */
  next: Uint16Array | Int32Array;
  /** Literal ids ending at a state: `ends[endStart[s] .. endStart[s + 1])`. */
  endStart: Int32Array;
  ends: Int32Array;
}

function build(literals: readonly string[]): Automaton {
  const classOf = new Uint16Array(0x10000);
  let classes = 1;
  for (const l of literals)
    for (let i = 0; i < l.length; i++)
      if (classOf[l.charCodeAt(i)] === 0) classOf[l.charCodeAt(i)] = classes++;
  // The trie, its rows grown as states are added.
  const goto: number[][] = [[]];
  const own: number[][] = [[]];
  for (const [id, l] of literals.entries()) {
    let s = 0;
    for (let i = 0; i < l.length; i++) {
      const c = classOf[l.charCodeAt(i)] as number;
      let t = (goto[s] as number[])[c];
      if (t === undefined) {
        t = goto.length;
        goto.push([]);
        own.push([]);
        (goto[s] as number[])[c] = t;
      }
      s = t;
    }
    (own[s] as number[]).push(id);
  }
  const states = goto.length;
  const next = new Int32Array(states * classes);
  const fail = new Int32Array(states);
  const out: number[][] = own.map((o) => o.slice());
  // Breadth first: a state's failure is shallower, so its row and outputs are final when read.
  const queue: number[] = [];
  for (let c = 0; c < classes; c++) {
    const t = (goto[0] as number[])[c];
    if (t !== undefined) {
      next[c] = t;
      queue.push(t);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q] as number;
    const f = fail[s] as number;
    for (const id of out[f] as number[]) (out[s] as number[]).push(id);
    for (let c = 0; c < classes; c++) {
      const t = (goto[s] as number[])[c];
      if (t === undefined) next[s * classes + c] = next[f * classes + c] as number;
      else {
        next[s * classes + c] = t;
        fail[t] = next[f * classes + c] as number;
        queue.push(t);
      }
    }
  }
  return layOut(classOf, classes, next, out, [0, ...queue]);
}

/** The final tables, states renumbered in `order` (breadth first) and steps packed (see Automaton). */
function layOut(
  classOf: Uint16Array,
  classes: number,
  next: Int32Array,
  out: number[][],
  order: number[],
): Automaton {
  const states = order.length;
  const renumbered = new Int32Array(states);
  for (const [n, s] of order.entries()) renumbered[s] = n;
  const packed = states * 2 <= 0xffff ? new Uint16Array(states * classes) : new Int32Array(states * classes);
  const endStart = new Int32Array(states + 1);
  for (const [n, s] of order.entries()) {
    for (let c = 0; c < classes; c++) {
      const t = next[s * classes + c] as number;
      packed[n * classes + c] = (renumbered[t] as number) * 2 + ((out[t] as number[]).length > 0 ? 1 : 0);
    }
    endStart[n + 1] = (endStart[n] as number) + (out[s] as number[]).length;
  }
  const ends = Int32Array.from(order.flatMap((s) => out[s] as number[]));
  return { classOf, classes, next: packed, endStart, ends };
}

/**
 * Every literal of every cue list, found in one pass over a text (an Aho-Corasick automaton), so a
 * text costs one table step per character however many literals there are. The findings of the
 * last texts are kept, by content: a sentence is asked about many lists.
 */
export class LiteralIndex {
  private readonly list: string[] = [];
  private readonly ids = new Map<string, number>();
  private automaton: Automaton | undefined;
  /** Text -> its findings, oldest first (a Map keeps insertion order). */
  private readonly known = new Map<string, Uint32Array>();
  /**
   * The text asked last and its findings: the lists of a sentence are asked one after the other about
   * the same text, and comparing a string with itself costs less than hashing it into the map.
   */
  private lastText: string | undefined;
  private lastHits: Uint32Array | undefined;

  /** The id of `literal`, added if new (the automaton is rebuilt when next used). */
  id(literal: string): number {
    const known = this.ids.get(literal);
    if (known !== undefined) return known;
    const id = this.list.length;
    this.list.push(literal);
    this.ids.set(literal, id);
    this.automaton = undefined;
    this.known.clear();
    this.lastText = undefined;
    return id;
  }

  /**
   * Which literals occur in `text`, one bit per literal id (see `holdsLiteral`), kept until
   * CACHED_TEXTS other texts are read. Bits, not bytes: a gate then tests a set of literals whose ids
   * run together a word at a time (see `literalMask`).
   */
  found(text: string): Uint32Array {
    if (text === this.lastText) return this.lastHits as Uint32Array;
    const known = this.known.get(text);
    this.lastText = text;
    if (known !== undefined) {
      this.lastHits = known;
      return known;
    }
    this.automaton ??= build(this.list);
    const hits = this.freshHits();
    const { classOf, classes, next, endStart, ends } = this.automaton;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const step = next[state * classes + (classOf[text.charCodeAt(i)] as number)] as number;
      state = step >>> 1;
      if ((step & 1) === 0) continue;
      const to = endStart[state + 1] as number;
      for (let e = endStart[state] as number; e < to; e++) {
        const id = ends[e] as number;
        hits[id >>> 5] = (hits[id >>> 5] as number) | (1 << (id & 31));
      }
    }
    this.known.set(text, hits);
    this.lastHits = hits;
    return hits;
  }

  /** A zeroed array for a new text: the oldest text's, once the cache is full (no garbage per text). */
  private freshHits(): Uint32Array {
    if (this.known.size < CACHED_TEXTS) return new Uint32Array((this.list.length + 31) >>> 5);
    const [oldest, hits] = this.known.entries().next().value as [string, Uint32Array];
    this.known.delete(oldest);
    return hits.fill(0);
  }
}

/** Whether the literal `id` is among those `found` (what `LiteralIndex.found` gave for a text). */
export function holdsLiteral(found: Uint32Array, id: number): boolean {
  return ((found[id >>> 5] as number) & (1 << (id & 31))) !== 0;
}

/**
 * A set of literal ids as masks over `found`: [word, bits, word, bits, …]. A set's ids were mostly
 * given one after the other, so a set of forty verb forms is one or two word tests, not forty reads.
 */
export function literalMask(ids: Iterable<number>): Int32Array {
  const words = new Map<number, number>();
  for (const id of ids) words.set(id >>> 5, (words.get(id >>> 5) ?? 0) | (1 << (id & 31)));
  return Int32Array.from([...words].flat());
}

/** Whether `found` holds one literal of the set `mask` (see `literalMask`). */
export function holdsSome(mask: Int32Array, found: Uint32Array): boolean {
  for (let k = 0; k < mask.length; k += 2)
    if (((found[mask[k] as number] as number) & (mask[k + 1] as number)) !== 0) return true;
  return false;
}
