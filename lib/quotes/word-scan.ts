import type { WordList } from '../text/word-runs';

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Some run of ASCII letters in `s` (whole: no such letter on either side) is one of the list's words. A pattern whose
 * every match holds such a word whole (white space before it; a space, a stop, a comma or \b after it) cannot match a
 * text where this is false: it is asked first, by character code, and the pattern (a long alternation of verbs tried
 * at many places) only when it is true.
 */
export function holdsWord(list: WordList, s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (!isAsciiLetter(s.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < s.length && isAsciiLetter(s.charCodeAt(end))) end++;
    if (list.hasAt(s, i, end)) return true;
    i = end;
  }
  return false;
}
