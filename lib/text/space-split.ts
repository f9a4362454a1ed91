// A name's words, as `name.split(/\s+/)` gives them, without the regexp: the quotes engine splits the same few
// names (a person's, a mention's) about 300 times per median article, and a split by a regexp costs far more than
// a look-up of the words split before.
import { isSpace } from './chars';

/** Exactly `s.split(/\s+/)`: the pieces between runs of white space ('' before leading and after trailing space). */
export function splitSpaces(s: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isSpace(s.charCodeAt(i))) continue;
    pieces.push(s.slice(from, i));
    while (i + 1 < s.length && isSpace(s.charCodeAt(i + 1))) i++;
    from = i + 1;
  }
  pieces.push(s.slice(from));
  return pieces;
}

/** The last strings split, and their pieces: a story names the same people again and again. */
const split = new Map<string, readonly string[]>();
const MAX_SPLIT = 4096;

/**
 * `s.split(/\s+/)`, remembered: the same array for the same string, so a caller must not change it (it is typed
 * read-only). The answer depends on the string alone; the memo is only emptied when it grows large.
 */
export function spaceWords(s: string): readonly string[] {
  let words = split.get(s);
  if (words === undefined) {
    if (split.size >= MAX_SPLIT) split.clear();
    words = splitSpaces(s);
    split.set(s, words);
  }
  return words;
}
