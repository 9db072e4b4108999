/**
 * The same test as `re`, tried once from the end of the text instead of at every start position.
 *
 * Many cues read the few words before a name and end on `\s*$` ("avec ", "rachète la "): the engine
 * tries such a pattern at each position of the window, and a long alternation costs its full try each
 * time. `$(?<=X)` fails at once wherever the text does not end, and at the end reads X backwards, once.
 * For `test` the two agree exactly, whatever X holds: both ask whether X matches some suffix of the
 * text. Only for patterns whose every branch ends with `$`, and only for `test` (the match is empty
 * and has no groups); a global or sticky regex keeps `lastIndex` state and is refused.
 */
export function endAnchored(re: RegExp): RegExp {
  if (re.global || re.sticky) throw new Error(`endAnchored: ${re} keeps lastIndex state`);
  return new RegExp(`$(?<=${re.source})`, re.flags);
}
