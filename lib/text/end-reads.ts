// Tests of how a word or a window ends, read from its end. A pattern anchored at the end ("…$") has no start a scan
// can skip to: the engine tries it at every character, and with \p{…} classes and the u flag each try is slow on the
// two-byte windows the engines cut. These read the few characters that decide, and answer as the pattern does.
import { isSpace } from './chars';

const S = 0x73;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** /['’]s$/: a possessive "'s" ends the word ("Obama’s"). */
export function endsInPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== S) return false;
  const c = word.charCodeAt(n - 2);
  return c === APOSTROPHE || c === RIGHT_SINGLE_QUOTE;
}

/**
 * The last word of `s` when white space (\s) ends `s` and stands before that word too, else null: "of" in "friends
 * of ". A pattern ending in /\s(?:of|at)\s+$/ can match only where this word is one of its words.
 */
export function lastWordBeforeSpace(s: string): string | null {
  let end = s.length;
  while (end > 0 && isSpace(s.charCodeAt(end - 1))) end--;
  if (end === s.length || end === 0) return null;
  let start = end;
  while (start > 0 && !isSpace(s.charCodeAt(start - 1))) start--;
  return start === 0 ? null : s.slice(start, end);
}
