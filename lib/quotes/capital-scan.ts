import { charClass, codePointBefore, type CharClass } from '../text/chars';

// A global scan tries its pattern at every position of the text. Once V8 has stopped optimising regexps (see
// text/word-runs), that is a full entry into the pattern per character, even when its first test is one character
// class. The name patterns open only at a capital letter that no word part stands before: those few positions are
// found by a plain loop over the character codes, and the pattern is tried, sticky, at them alone.

const UPPER = charClass(/^\p{Lu}$/u);

/**
 * The matches a global scan of `sticky` (its copy with the y flag and without g) finds in `text`, from the left and
 * not overlapping, trying it only where a capital (\p{Lu}) opens a word: the code point before it is no `part` one.
 * Exact when every match of the pattern opens so (it starts with a look-ahead for \p{Lu} and a look-behind that
 * refuses a `part` character before it). `mayOpen`, when given, is a necessary condition of a match at a place (the
 * pattern's look-ahead, read by hand), asked before the pattern is.
 */
export function matchesAtCapitals(
  sticky: RegExp,
  text: string,
  part: CharClass,
  mayOpen?: (text: string, at: number) => boolean,
): RegExpExecArray[] {
  if (!sticky.sticky || sticky.global) throw new Error(`matchesAtCapitals: y flag and no g flag: ${sticky}`);
  const found: RegExpExecArray[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Most characters are lower-case ASCII letters, spaces and marks: one comparison or two turn them away.
    if (c < 65 || (c > 90 && c < 0xc0)) continue;
    if (c > 90) {
      // A capital outside ASCII; the second half of a surrogate pair is no position of the scan.
      if (c >= 0xdc00 && c <= 0xdfff && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) continue;
      if (!UPPER(text.codePointAt(i)!)) continue;
    }
    if (i > 0 && part(codePointBefore(text, i).code)) continue;
    if (mayOpen && !mayOpen(text, i)) continue;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (!m) continue;
    found.push(m);
    // The scan goes on after the match (never empty: it holds the capital).
    i = sticky.lastIndex - 1;
  }
  return found;
}
