/**
 * A pattern that opens on lookarounds ("(?<!\b(?:par|via) )\bsatellites?", "(?![^,;.]{0,80}…)\b(?:ceder|…)")
 * makes the regex engine evaluate those lookarounds at every position of the text before it ever looks
 * at what the match itself starts with: a lookbehind or lookahead over tens of characters, at each
 * character, is most of what such a cue costs. Put in front, what every match must open on (the word
 * boundary the pattern asserts anyway, then one of its possible first characters) rejects most
 * positions at once. The matches and their groups are the same: the guard only asserts, at the match's
 * own start, what the pattern itself needs there.
 *
 * Derived from the pattern source (the `u` flag syntax); anything not understood gives no guard.
 */

/** What can open a match of a piece: its possible first code points (`undefined`: any), and whether it may match empty. */
interface First {
  chars: Set<number> | undefined;
  nullable: boolean;
}

class Unsupported extends Error {}

const ZERO_WIDTH: First = { chars: new Set(), nullable: true };
const ANY: First = { chars: undefined, nullable: false };
/** A class wider than this is as good as any character for a guard. */
const MAX_CHARS = 48;
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };

function union(a: Set<number> | undefined, b: Set<number> | undefined): Set<number> | undefined {
  if (a === undefined || b === undefined) return undefined;
  const out = new Set(a);
  for (const c of b) out.add(c);
  return out.size > MAX_CHARS ? undefined : out;
}

class Parser {
  private i = 0;
  /** Whether a plain `\b` stands among the zero-width atoms the whole pattern opens on. */
  leadingBoundary = false;

  constructor(private readonly src: string) {}

  parse(): First {
    const branches = [this.sequence(true)];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence(false));
    }
    if (this.i !== this.src.length) throw new Unsupported();
    // Hoisted in front of the whole pattern only when the pattern is that one sequence.
    if (branches.length > 1) this.leadingBoundary = false;
    return this.alternation(branches);
  }

  private alternation(branches: First[]): First {
    let chars: Set<number> | undefined = new Set();
    let nullable = false;
    for (const b of branches) {
      chars = union(chars, b.chars);
      nullable ||= b.nullable;
    }
    return { chars, nullable };
  }

  private disjunction(): First {
    const branches = [this.sequence(false)];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence(false));
    }
    return this.alternation(branches);
  }

  private sequence(top: boolean): First {
    let chars: Set<number> | undefined = new Set();
    let nullable = true;
    let opening = top;
    for (let ch = this.src[this.i]; ch !== undefined && ch !== '|' && ch !== ')'; ch = this.src[this.i]) {
      const boundary = this.src.startsWith('\\b', this.i);
      const atom = this.quantified(this.atom());
      const zeroWidth = atom.nullable && atom.chars !== undefined && atom.chars.size === 0;
      if (opening && boundary && zeroWidth) this.leadingBoundary = true;
      if (!zeroWidth) opening = false;
      if (nullable) {
        chars = union(chars, atom.chars);
        nullable = atom.nullable;
      }
    }
    return { chars, nullable };
  }

  private quantified(atom: First): First {
    const ch = this.src[this.i];
    let min: number;
    if (ch === '*' || ch === '?') {
      this.i++;
      min = 0;
    } else if (ch === '+') {
      this.i++;
      min = 1;
    } else if (ch === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.i));
      if (m === null) throw new Unsupported();
      this.i += m[0].length;
      min = Number(m[1]);
    } else return atom;
    if (this.src[this.i] === '?') this.i++;
    return min === 0 ? { chars: atom.chars, nullable: true } : atom;
  }

  private atom(): First {
    const ch = this.src[this.i];
    if (ch === undefined) throw new Unsupported();
    this.i++;
    switch (ch) {
      case '^':
      case '$':
        return ZERO_WIDTH;
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
        return { chars: new Set([ch.codePointAt(0) as number]), nullable: false };
    }
  }

  private group(): First {
    let lookaround = false;
    const rest = this.src.slice(this.i, this.i + 3);
    if (rest.startsWith('?:')) this.i += 2;
    else if (rest.startsWith('?=') || rest.startsWith('?!')) {
      this.i += 2;
      lookaround = true;
    } else if (rest === '?<=' || rest === '?<!') {
      this.i += 3;
      lookaround = true;
    } else if (rest.startsWith('?')) throw new Unsupported(); // named groups: backreferences may follow
    const inner = this.disjunction();
    if (this.src[this.i] !== ')') throw new Unsupported();
    this.i++;
    return lookaround ? ZERO_WIDTH : inner;
  }

  private charClass(): First {
    if (this.src[this.i] === '^') {
      this.skipClass();
      return ANY;
    }
    let chars: Set<number> | undefined = new Set();
    while (this.src[this.i] !== ']') {
      const from = this.classChar();
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        this.i++;
        const to = this.classChar();
        if (from === undefined || to === undefined || to < from || to - from > MAX_CHARS) chars = undefined;
        else for (let c = from; c <= to; c++) chars = union(chars, new Set([c]));
      } else chars = from === undefined ? undefined : union(chars, new Set([from]));
    }
    this.i++;
    return chars === undefined || chars.size === 0 ? ANY : { chars, nullable: false };
  }

  private skipClass(): void {
    while (this.src[this.i] !== ']') this.classChar();
    this.i++;
  }

  /** One character of a class, or `undefined` for a class escape (\d, \w, \p{…}). */
  private classChar(): number | undefined {
    const ch = this.src[this.i];
    if (ch === undefined) throw new Unsupported();
    this.i++;
    if (ch !== '\\') return ch.codePointAt(0) as number;
    const escaped = this.src[this.i];
    if (escaped === undefined) throw new Unsupported();
    this.i++;
    if ('dDwWsS'.includes(escaped)) return undefined;
    if (escaped === 'p' || escaped === 'P') {
      this.skipProperty();
      return undefined;
    }
    if (escaped === 'b') return 8; // a backspace inside a class
    return this.characterEscape(escaped);
  }

  private escape(): First {
    const escaped = this.src[this.i];
    if (escaped === undefined) throw new Unsupported();
    this.i++;
    if (escaped === 'b' || escaped === 'B') return ZERO_WIDTH;
    if ('dDwWsS'.includes(escaped)) return ANY;
    if (escaped === 'p' || escaped === 'P') {
      this.skipProperty();
      return ANY;
    }
    return { chars: new Set([this.characterEscape(escaped)]), nullable: false };
  }

  private skipProperty(): void {
    const m = /^\{[^}]*\}/.exec(this.src.slice(this.i));
    if (m === null) throw new Unsupported();
    this.i += m[0].length;
  }

  /** A character escape under the `u` flag; backreferences and the rest are not understood. */
  private characterEscape(escaped: string): number {
    const simple = SIMPLE_ESCAPES[escaped];
    if (simple !== undefined) return simple.charCodeAt(0);
    if (escaped === 'x' || escaped === 'u') {
      const rest = this.src.slice(this.i);
      const m =
        escaped === 'x'
          ? /^[0-9a-fA-F]{2}/.exec(rest)
          : /^(?:\{([0-9a-fA-F]+)\}|([0-9a-fA-F]{4}))/.exec(rest);
      if (m === null) throw new Unsupported();
      this.i += m[0].length;
      // A lone surrogate written as \uD83D\uDE00 pairs with the next escape: not worth reading.
      const code = Number.parseInt(escaped === 'x' ? m[0] : (m[1] ?? m[2] ?? ''), 16);
      if (code >= 0xd800 && code <= 0xdfff) throw new Unsupported();
      return code;
    }
    if ('^$\\.*+?()[]{}|/-'.includes(escaped)) return escaped.charCodeAt(0);
    throw new Unsupported();
  }
}

/** A code point as it may stand inside a character class. */
function classEntry(code: number): string {
  const ch = String.fromCodePoint(code);
  return /^[\p{L}\p{N} '’]$/u.test(ch) ? ch : `\\u{${code.toString(16)}}`;
}

/**
 * `source` with a guard in front when it opens on a lookaround (see the top of this file): `\b` when
 * it asserts one before its first character, then a lookahead on its first characters. Other
 * patterns, and those the parser does not understand, are returned as they are.
 */
export function withLeadingGuard(source: string): string {
  if (!/^\(\?<?[=!]/u.test(source)) return source;
  let first: First;
  const parser = new Parser(source);
  try {
    first = parser.parse();
  } catch (error) {
    if (error instanceof Unsupported) return source;
    throw error;
  }
  const chars =
    first.chars !== undefined && first.chars.size > 0 && !first.nullable
      ? `(?=[${[...first.chars]
          .sort((a, b) => a - b)
          .map(classEntry)
          .join('')}])`
      : '';
  const guard = (parser.leadingBoundary ? '\\b' : '') + chars;
  return guard === '' ? source : guard + source;
}
