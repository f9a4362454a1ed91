// Necessary endings of the window patterns that end in "of" ("the village of", "the president of the"): V8 tries such
// a pattern, anchored at the end, from every character of its window. This reads the window's last words back by
// character code first, so the pattern runs only on the few windows that end so. The answers are the patterns'.
import { isSpace } from '../text/chars';

/** Where the white space that ends `s` at `end` begins (`end` itself when there is none). */
function spacesFrom(s: string, end: number): number {
  let i = end;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return i;
}

/** `s` holds `word` (lower-case ASCII letters; any case in `s`) right before `end`, with white space before it. */
function wordBefore(s: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 1 || !isSpace(s.charCodeAt(start - 1))) return false;
  for (let k = 0; k < word.length; k++) if ((s.charCodeAt(start + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * `window` ends as `\s+of\s+$` requires (or `\s+of\s+(?:the\s+)?$` when `orOfThe`): white space, "of" in any case,
 * white space to the end, perhaps "the" and white space after the "of". Only ASCII letters fold to "o", "f", "t",
 * "h", "e", with or without the u flag; `| 0x20` lower-cases exactly those (no other character gives these codes).
 */
export function endsWithOf(window: string, orOfThe = false): boolean {
  const end = spacesFrom(window, window.length);
  if (end === window.length) return false;
  if (wordBefore(window, end, 'of')) return true;
  if (!orOfThe || !wordBefore(window, end, 'the')) return false;
  const beforeThe = spacesFrom(window, end - 3);
  return beforeThe < end - 3 && wordBefore(window, beforeThe, 'of');
}
