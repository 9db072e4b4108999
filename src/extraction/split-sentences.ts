import { foldText } from '../entities/fold-text.ts';
import type { RuleSet } from './rules/rule-set.ts';
import { firstCue } from './rules/rule-set.ts';

export interface Sentence {
  /** Exactly `articleText.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  paragraph: number;
  /** False for headings, sidebar items and other lines that are not running prose. */
  body: boolean;
}

const OPENER = /[\p{Lu}\p{N}«"“'([¿¡-]/u;
/** Prose ends with punctuation; a short line without it is a heading, a caption or a sidebar item. */
const PROSE_END = /[.!?…:;»"”)]\s*$/;
const MAX_HEADING_WORDS = 24;
/**
 * No real sentence is longer: a run of text without full stops (a list, a dump, a hostile page) is
 * cut into pieces of at most this length, at a comma or a space, so that the work per sentence stays
 * bounded and a whole page is read in linear time.
 */
const MAX_SENTENCE = 1000;

/*
 * The scan below asks about every character of the article: these tests read character codes
 * instead of running a regex per character (same sets as /[.!?…]/, /\s/ and the closing marks).
 */
const WHITESPACE = /\s/;

/** `/\s/` on one UTF-16 unit. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITESPACE.test(String.fromCharCode(code));
}

/** . ! ? … */
function isTerminal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** What may follow a terminal mark before the space: more marks, closing quotes and brackets. */
function isCloser(code: number): boolean {
  return (
    isTerminal(code) ||
    code === 0xbb || // »
    code === 0x22 || // "
    code === 0x201d || // ”
    code === 0x2019 || // ’
    code === 0x27 || // '
    code === 0x29 || // )
    code === 0x5d // ]
  );
}

/** [start, end) cut into pieces no longer than MAX_SENTENCE, at a clause mark or a space. */
function capLength(text: string, start: number, end: number, out: [number, number][]): void {
  let from = start;
  while (end - from > MAX_SENTENCE) {
    const window = text.slice(from, from + MAX_SENTENCE);
    let cut = Math.max(window.lastIndexOf(', '), window.lastIndexOf('; '), window.lastIndexOf(': '));
    if (cut < MAX_SENTENCE / 2) cut = window.lastIndexOf(' ');
    if (cut < MAX_SENTENCE / 2) cut = MAX_SENTENCE - 1;
    out.push([from, from + cut + 1]);
    from += cut + 1;
    while (from < end && isSpace(text.charCodeAt(from))) from++;
  }
  if (end > from) out.push([from, end]);
}

/** The word before a funding round's letter: « série », "Series". */
const ROUND_BEFORE = /(?:^|[^\p{L}])(?:s[ée]rie|series)\s$/iu;

function isAbbreviation(paragraph: string, dot: number, abbreviations: ReadonlySet<string>): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(paragraph.charAt(i))) i--;
  const word = paragraph.slice(i + 1, dot);
  if (word.length === 0) return false;
  // Initials ("J. Smith", "U.S.") never end a sentence here; a funding round's letter does ("lors de sa série A.
  // Sa présidente …", "its Series B. The company …").
  if (/^\p{Lu}$/u.test(word)) return !ROUND_BEFORE.test(paragraph.slice(Math.max(0, i - 12), i + 1));
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return abbreviations.has(foldText(word));
}

function splitParagraph(paragraph: string, abbreviations: ReadonlySet<string>): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    const code = paragraph.charCodeAt(i);
    if (!isTerminal(code)) continue;
    let j = i + 1;
    while (j < paragraph.length && isCloser(paragraph.charCodeAt(j))) j++;
    const afterPunct = j;
    if (j >= paragraph.length || !isSpace(paragraph.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    while (j < paragraph.length && isSpace(paragraph.charCodeAt(j))) j++;
    if (j >= paragraph.length) break;
    if (!OPENER.test(paragraph.charAt(j))) continue;
    if (code === 0x2e && isAbbreviation(paragraph, i, abbreviations)) continue;
    capLength(paragraph, start, afterPunct, spans);
    start = j;
    i = j - 1;
  }
  capLength(paragraph, start, paragraph.length, spans);
  return spans;
}

/** Whether the text has more than `n` words, reading no further than needed. */
function longerThan(text: string, n: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord && ++words > n) return true;
    inWord = !space;
  }
  return false;
}

/** Sentences of the article text, with offsets into it; each line is a paragraph. */
export function splitSentences(text: string, rules: RuleSet): Sentence[] {
  const sentences: Sentence[] = [];
  const oneLine = text.trim().indexOf('\n') < 0;
  let paragraph = 0;
  // Lines by index, not by a regex: a greedy regex over a multi-megabyte line overflows its stack.
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const lineIndex = lineStart;
    lineStart = lineEnd + 1;
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length === 0) continue;
    const offset = lineIndex + lead;
    // Sidebar cues are anchored at the start and headings are short: the head of a line is enough.
    const folded = foldText(body.slice(0, 200));
    // A text that is one line is all the article there is ("Atos aurait racheté Eviden", given on its
    // own): its sentence is prose, full stop or not.
    const prose =
      firstCue(rules.sidebar, folded) === undefined &&
      (PROSE_END.test(body) || longerThan(body, MAX_HEADING_WORDS) || oneLine);
    for (const [s, e] of splitParagraph(body, rules.abbreviations)) {
      const piece = body.slice(s, e);
      const trimmed = piece.trimEnd();
      if (trimmed.length === 0) continue;
      sentences.push({
        text: trimmed,
        start: offset + s,
        end: offset + s + trimmed.length,
        paragraph,
        body: prose,
      });
    }
    paragraph++;
  }
  return sentences;
}
