// The cue alternation (`(?:${CUE})`, cues.ts) read by character code, for the patterns that hold nothing else of
// size. Each pattern with CUE inside compiles ~70 KB of regexp code per subject width (one-byte, two-byte): ~2 MB for
// the dozen or so that are only "a cue word somewhere" or "a cue at this place". V8 optimises regexps only while a
// process's regexp code is under ~1 MB, so the code these spend leaves every later pattern unoptimised. Here the cue
// is found by its first word, looked up in a Map, and the rest of each pattern is read by hand; each function says
// which pattern it answers as, and a unit test compares the two on random strings.
import { CUE_VERBS } from '../lexicon/en/speech';
import { charClass, isSpace } from '../text/chars';

/**
 * How a pattern compares the cue's letters: as written (no i flag), in any ASCII case (i), or as /iu folds them (the
 * long s and the Kelvin sign are "s" and "k", and word characters for `\b`).
 */
export type CueCase = 'exact' | 'i' | 'iu';

/** CUE's alternatives in its order, longest first: the order the regexp tries them. */
export const CUE_ORDER = [...CUE_VERBS].sort((a, b) => b.length - a.length);

/** CUE's alternatives by first word, each list in CUE's order, an alternative as its words. */
const BY_FIRST_WORD = new Map<string, string[][]>();
for (const cue of CUE_ORDER) {
  const words = cue.split(' ');
  const list = BY_FIRST_WORD.get(words[0]) ?? [];
  list.push(words);
  BY_FIRST_WORD.set(words[0], list);
}
const LONGEST_FIRST_WORD = Math.max(...[...BY_FIRST_WORD.keys()].map((w) => w.length));

const LONG_S = 0x17f;
const KELVIN = 0x212a;

/** `\w` as the pattern reads it: ASCII letters, digits and "_", and under /iu the long s and the Kelvin sign. */
function isWordChar(c: number, mode: CueCase): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) return true;
  return mode === 'iu' && (c === LONG_S || c === KELVIN);
}

/** A character as the pattern compares it with a cue's lower-case letter. */
function folded(c: number, mode: CueCase): number {
  if (mode === 'exact') return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (mode === 'iu') return c === LONG_S ? 115 : c === KELVIN ? 107 : c;
  return c;
}

/** Where the run of word characters that starts at `at` ends. */
function runEnd(s: string, at: number, mode: CueCase): number {
  let end = at;
  while (end < s.length && isWordChar(s.charCodeAt(end), mode)) end++;
  return end;
}

/** `s.slice(start, end)` as the pattern compares it: `word`. */
function sameWord(s: string, start: number, end: number, word: string, mode: CueCase): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (folded(s.charCodeAt(start + k), mode) !== word.charCodeAt(k)) return false;
  return true;
}

/** `s.slice(start, end)` folded, as a key of BY_FIRST_WORD. */
function foldedWord(s: string, start: number, end: number, mode: CueCase): string {
  let w = '';
  for (let k = start; k < end; k++) w += String.fromCharCode(folded(s.charCodeAt(k), mode));
  return w;
}

const NONE: readonly number[] = [];

/**
 * Where the CUE alternatives that match at `at` end, in CUE's order, each word of them a whole run of word characters
 * and the words apart by white space (`\s+`). This is `(?:${CUE})` at `at` wherever the pattern lets no word
 * character come right before or after the cue (`\b`, white space, a stop or a quote mark there), as all its uses
 * below do: then a run that is longer than the cue's word cannot be part of a match.
 */
export function cueEnds(s: string, at: number, mode: CueCase): readonly number[] {
  const end = runEnd(s, at, mode);
  if (end === at || end - at > LONGEST_FIRST_WORD) return NONE;
  const cues = BY_FIRST_WORD.get(foldedWord(s, at, end, mode));
  if (!cues) return NONE;
  const ends: number[] = [];
  for (const words of cues) {
    let pos = end;
    let k = 1;
    for (; k < words.length; k++) {
      let next = pos;
      while (next < s.length && isSpace(s.charCodeAt(next))) next++;
      const wordEnd = runEnd(s, next, mode);
      if (next === pos || !sameWord(s, next, wordEnd, words[k], mode)) break;
      pos = wordEnd;
    }
    if (k === words.length) ends.push(pos);
  }
  return ends;
}

/** Whether `at` opens a run of word characters (`\b` before a cue's first letter). */
const opensRun = (s: string, at: number, mode: CueCase) =>
  isWordChar(s.charCodeAt(at), mode) && (at === 0 || !isWordChar(s.charCodeAt(at - 1), mode));

/**
 * Every cue in `s` (`\b(?:${CUE})\b`), in text order as [start, end] pairs, all the alternatives that match at a start;
 * stops at the first pair `keep` accepts and returns true, else false.
 */
function someCue(s: string, mode: CueCase, keep: (start: number, end: number) => boolean): boolean {
  for (let at = 0; at < s.length; at++) {
    if (!opensRun(s, at, mode)) continue;
    for (const end of cueEnds(s, at, mode)) if (keep(at, end)) return true;
  }
  return false;
}

/** `\b(?:${CUE})\b` with the i flag (`'i'`) or i and u (`'iu'`): a cue stands whole in `s`. */
export function hasCue(s: string, mode: CueCase): boolean {
  return someCue(s, mode, () => true);
}

/** The characters `[^.!?"“”]` leaves out, and `[^.!?"“”\n]` (with the line feed). */
const STOPS = new Set([46, 33, 63, 34, 0x201c, 0x201d]);
const isStopOrLine = (c: number) => STOPS.has(c) || c === 10;

/** Where the white space from `at` ends. */
function spaceEnd(s: string, at: number): number {
  let i = at;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Whether no character of `s` from `from` on is one `stop` accepts. */
function noneFrom(s: string, from: number, stop: (c: number) => boolean): boolean {
  for (let i = from; i < s.length; i++) if (stop(s.charCodeAt(i))) return false;
  return true;
}

/** `\b${CUE}\b(?:\s+[^.!?"“”]{0,60})?$`, i: a cue, then perhaps white space and up to 60 characters, no stop. */
export function endsInCue(s: string): boolean {
  return someCue(
    s,
    'i',
    (_, end) =>
      end === s.length ||
      (isSpace(s.charCodeAt(end)) && s.length - spaceEnd(s, end) <= 60 && noneFrom(s, end, (c) => STOPS.has(c))),
  );
}

/** `^[^.!?"“”\n]{0,60}\b${CUE}\b`, i: a cue within the first 60 characters, before any stop or line end. */
export function cueOpens(s: string): boolean {
  for (let at = 0; at <= 60 && at < s.length; at++) {
    if (opensRun(s, at, 'i') && cueEnds(s, at, 'i').length > 0) return true;
    if (isStopOrLine(s.charCodeAt(at))) return false;
  }
  return false;
}

/** `\b${CUE}\b[^.!?"“”\n]{0,40}$`, i: a cue, then at most 40 characters with no stop or line end, ends `s`. */
export function cueCloses(s: string): boolean {
  return someCue(s, 'i', (_, end) => s.length - end <= 40 && noneFrom(s, end, isStopOrLine));
}

/** "that" as written (`exact`) or in any ASCII case, then white space to the end (`that\s+$`), at `at`. */
function thatToEnd(s: string, at: number, mode: CueCase): boolean {
  const end = runEnd(s, at, mode);
  return sameWord(s, at, end, 'that', mode) && isSpace(s.charCodeAt(end)) && spaceEnd(s, end) === s.length;
}

/** `\s+(?:that\s+)?$` at `end`: white space to the end, or white space, "that" and white space. */
function spaceOrThatToEnd(s: string, end: number, mode: CueCase): boolean {
  if (!isSpace(s.charCodeAt(end))) return false;
  const next = spaceEnd(s, end);
  return next === s.length || thatToEnd(s, next, mode);
}

/** `\b(?:${CUE})\s+(?:that\s+)?$`, i: `s` ends in a cue and white space, perhaps with "that" ("he said that "). */
export function endsWithCue(s: string): boolean {
  return someCue(s, 'i', (_, end) => spaceOrThatToEnd(s, end, 'i'));
}

/** `^(?:${CUE})$`, i: `s` is a cue. */
export function isCue(s: string): boolean {
  return cueEnds(s, 0, 'i').includes(s.length);
}

const LOWER = charClass(/^\p{Ll}$/u);

/** Where the white space after an adverb at `at` ends (`\p{Ll}+ly\s+`, then `also\s+`, as the u pattern tries them). */
function afterAdverbs(s: string, at: number): number[] {
  const after: number[] = [];
  let end = at;
  for (let c = s.codePointAt(end); c !== undefined && LOWER(c); c = s.codePointAt(end)) end += c > 0xffff ? 2 : 1;
  if (end - at >= 3 && s.startsWith('ly', end - 2) && isSpace(s.charCodeAt(end))) after.push(spaceEnd(s, end));
  if (s.startsWith('also', at) && isSpace(s.charCodeAt(at + 4))) after.push(spaceEnd(s, at + 4));
  return after;
}

/**
 * `^\s+(?:\p{Ll}+ly\s+|also\s+)?(?:${CUE})\s+(?:that\s+)?$`, u (cues as written): `s` is white space, perhaps an
 * adverb, a cue and white space, perhaps with "that" (" also said that ").
 */
export function isSpacedCue(s: string): boolean {
  const at = spaceEnd(s, 0);
  if (at === 0) return false;
  return [...afterAdverbs(s, at), at].some((q) =>
    cueEnds(s, q, 'exact').some((end) => spaceOrThatToEnd(s, end, 'exact')),
  );
}

/** What `[^"“”.;:!?]` leaves out. */
const PHRASE_STOPS = new Set([34, 0x201c, 0x201d, 46, 59, 58, 33, 63]);

/**
 * Where the phrase of `\s+([^"“”.;:!?]{2,120})$` at `end` starts (-1: none): after the white space, or as far into it
 * as two characters need (the greedy `\s+` gives back the least it must).
 */
function phraseToEnd(s: string, end: number): number {
  if (!isSpace(s.charCodeAt(end))) return -1;
  const from = spaceEnd(s, end);
  if (s.length - from > 120 || !noneFrom(s, from, (c) => PHRASE_STOPS.has(c))) return -1;
  const start = Math.min(from, s.length - 2);
  return start > end ? start : -1;
}

/**
 * `["”’]\s*,?\s*(${CUE})\s+([^"“”.;:!?]{2,120})$`, i: the second piece's lead-in of an interrupted quote (“Yes,” said
 * Anna Berg, “…”): the leftmost match's phrase (the second group) and where it starts.
 */
export function interruptedCue(s: string): { phrase: string; at: number } | null {
  for (let mark = 0; mark < s.length; mark++) {
    const c = s.charCodeAt(mark);
    if (c !== 34 && c !== 0x201d && c !== 0x2019) continue;
    let at = spaceEnd(s, mark + 1);
    if (s.charCodeAt(at) === 44) at = spaceEnd(s, at + 1);
    for (const end of cueEnds(s, at, 'i')) {
      const start = phraseToEnd(s, end);
      if (start >= 0) return { phrase: s.slice(start), at: start };
    }
  }
  return null;
}

const OPENING_MARK = charClass(/^[\s"“”'’]$/u);

/** `s.replace(/^[\s"“”'’]*(?:${CUE})\s+/iu, '')`: `s` without a cue (and marks and space before it) opening it. */
export function withoutOpeningCue(s: string): string {
  let at = 0;
  while (at < s.length && OPENING_MARK(s.charCodeAt(at))) at++;
  for (const end of cueEnds(s, at, 'iu')) if (isSpace(s.charCodeAt(end))) return s.slice(spaceEnd(s, end));
  return s;
}

/** CUE's alternatives by first letter, as their words. */
const BY_FIRST_LETTER = new Map<number, string[][]>();
for (const cue of CUE_ORDER) {
  const list = BY_FIRST_LETTER.get(cue.charCodeAt(0)) ?? [];
  list.push(cue.split(' '));
  BY_FIRST_LETTER.set(cue.charCodeAt(0), list);
}

/** `word`'s letters at `at` in any ASCII case (a prefix of what stands there). */
function lettersAt(s: string, at: number, word: string): boolean {
  if (at + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) if (folded(s.charCodeAt(at + k), 'i') !== word.charCodeAt(k)) return false;
  return true;
}

/** `new RegExp(CUE, 'i').test(s)`: a cue anywhere, even inside a word ("unsaid"). */
export function holdsCue(s: string): boolean {
  for (let at = 0; at < s.length; at++) {
    const cues = BY_FIRST_LETTER.get(folded(s.charCodeAt(at), 'i'));
    if (!cues) continue;
    for (const words of cues) {
      let pos = at;
      let k = 0;
      for (; k < words.length; k++) {
        const next = k === 0 ? pos : spaceEnd(s, pos);
        if ((k > 0 && next === pos) || !lettersAt(s, next, words[k])) break;
        pos = next + words[k].length;
      }
      if (k === words.length) return true;
    }
  }
  return false;
}
