// Necessary openings of the window patterns anchored at the start of the text after a name ("^\s+(?:officials|…)\b"):
// past its regexp code budget, V8 tries a long word alternation one word at a time, on every window. This reads the
// window's first word by character code first, so such a pattern runs only on the few windows that open with one of
// its words. The answers are the patterns'.
import { isSpace } from '../text/chars';
import type { WordList } from '../text/word-runs';

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * A necessary test for a pattern with the u flag and no i flag that opens `^\s+` (white space, maybe after "and" and a
 * partner's name: put "and" in the list) and then needs a word of a list, whole (`\b` or white space after it):
 * white space opens `window`, and the ASCII-letter run right after it is one of `first` (`firstWords` of the list,
 * not folded). With `orLy` the word may also be any lower-case word ending in "ly" (`\p{Ll}+ly`). A character outside
 * ASCII where the word starts or right after its ASCII letters passes (a `\p{Ll}` letter the run does not see).
 */
export function opensWithWord(window: string, first: WordList, orLy = false): boolean {
  let start = 0;
  while (start < window.length && isSpace(window.charCodeAt(start))) start++;
  if (start === 0 || start === window.length) return false;
  if (window.charCodeAt(start) >= 128) return true;
  let end = start;
  while (end < window.length && isAsciiLetter(window.charCodeAt(end))) end++;
  if (end < window.length && window.charCodeAt(end) >= 128) return true;
  if (orLy && end - start >= 2 && window.charCodeAt(end - 2) === 108 && window.charCodeAt(end - 1) === 121) return true;
  return end > start && first.hasAt(window, start, end);
}
