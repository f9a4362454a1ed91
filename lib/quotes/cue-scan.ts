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
/**
 * [first letter × 32 + length] of BY_FIRST_WORD's keys (ASCII letters, shorter than 32): most runs a cue is looked for
 * at are no key's shape, and are turned away before a folded copy of them is built for the look-up.
 */
const FIRST_WORD_SHAPES = new Uint8Array(128 * 32);
for (const w of BY_FIRST_WORD.keys())
  if (w.charCodeAt(0) < 128 && w.length < 32) FIRST_WORD_SHAPES[w.charCodeAt(0) * 32 + w.length] = 1;
/** A key whose shape the table does not hold (a first letter outside ASCII, 32 letters or more) is looked up. */
const FIRST_WORD_OUTSIDE_SHAPES = [...BY_FIRST_WORD.keys()].some((w) => w.charCodeAt(0) >= 128 || w.length >= 32);
/** The folded run `first…` of `length` characters may be a key of BY_FIRST_WORD. */
const mayBeFirstWord = (first: number, length: number) =>
  FIRST_WORD_OUTSIDE_SHAPES || first >= 128 || length >= 32 || FIRST_WORD_SHAPES[first * 32 + length] === 1;

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
  if (!mayBeFirstWord(folded(s.charCodeAt(at), mode), end - at)) return NONE;
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
export function spaceEnd(s: string, at: number): number {
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

/** What CUE_INVERTED's look-ahead turns away: "told" and "tell" take their object after them ("X told Fox News"). */
const NOT_INVERTED = ['told', 'tells', 'tell', 'telling'];

/**
 * `(?:${CUE})${after}` (or `(?:${CUE_INVERTED})${after}` when `inverted`) tried at `at`: `after`'s match (sticky) at
 * the end of the first alternative, in CUE's order, after which it matches; null when none does. `after` must let no
 * word character follow the cue (it opens with white space, a stop or `\b`), and no word character may come before
 * `at`.
 */
export function cueThen(s: string, at: number, mode: CueCase, after: RegExp, inverted = false): RegExpExecArray | null {
  if (inverted && NOT_INVERTED.some((w) => sameWord(s, at, runEnd(s, at, mode), w, mode))) return null;
  for (const end of cueEnds(s, at, mode)) {
    after.lastIndex = end;
    const found = after.exec(s);
    if (found) return found;
  }
  return null;
}

/**
 * `${before}(?:${CUE})${after}` tested on `s`: some cue that white space precedes is followed by a match of `after`
 * (sticky) and preceded by a match of `beforeToEnd` (`^…\s+$`: `before`, anchored, then the end) over all the text
 * before it. Exact when `before` ends in white space and looks at nothing past its end, and `after` lets no word
 * character follow the cue.
 */
export function cueBetween(s: string, mode: CueCase, beforeToEnd: RegExp, after: RegExp): boolean {
  for (let at = 1; at < s.length; at++) {
    if (!isSpace(s.charCodeAt(at - 1)) || !isWordChar(s.charCodeAt(at), mode)) continue;
    if (cueThen(s, at, mode, after) && beforeToEnd.test(s.slice(0, at))) return true;
  }
  return false;
}

const LOWER_OR_APOSTROPHE = charClass(/^[\p{Ll}’']$/u);
/** What `[^"“”.!?,]` leaves out. */
const CLAUSE_STOPS = new Set([...STOPS, 44]);

/**
 * `^\s+(?:(?!(?:${pronouns})\s)[\p{Ll}’']+\s+){0,4}?(?:${CUE})\b[^"“”.!?,]{0,120}$`, u: white space, up to four
 * lower-case words (no pronoun of `pronouns`, which opens a clause of its own), a cue, and at most 120 characters
 * with no stop or comma ("who later said the plan …").
 */
export function cueAfterLowerWords(s: string, pronouns: ReadonlySet<string>): boolean {
  let at = spaceEnd(s, 0);
  if (at === 0) return false;
  for (let words = 0; ; words++) {
    const rest = (end: number) => s.length - end <= 120 && noneFrom(s, end, (c) => CLAUSE_STOPS.has(c));
    if (cueEnds(s, at, 'exact').some(rest)) return true;
    if (words === 4) return false;
    let end = at;
    for (let c = s.codePointAt(end); c !== undefined && LOWER_OR_APOSTROPHE(c); c = s.codePointAt(end))
      end += c > 0xffff ? 2 : 1;
    if (end === at || !isSpace(s.charCodeAt(end)) || pronouns.has(s.slice(at, end))) return false;
    at = spaceEnd(s, end);
  }
}

/**
 * Where a cue stands after `at` and the words of `adverbs` run there (`(?:(?:${adverbs})\s+)*(?:${CUE})\b`, the
 * adverbs plain words compared as the cue is): the start of that cue, or -1. The greedy star's order: as many adverbs
 * as stand there first, then one fewer, back to none ("also later said", "told … said": an adverb may be a cue too).
 * No word character may come right before `at`.
 */
export function cueAfterAdverbs(s: string, at: number, mode: CueCase, adverbs: ReadonlySet<string>): number {
  const end = runEnd(s, at, mode);
  if (end > at && isSpace(s.charCodeAt(end)) && adverbs.has(foldedWord(s, at, end, mode))) {
    const later = cueAfterAdverbs(s, spaceEnd(s, end), mode, adverbs);
    if (later >= 0) return later;
  }
  return cueEnds(s, at, mode).length > 0 ? at : -1;
}

/**
 * `^(.{1,150}?)\s+(?:(?:${adverbs})\s+)*(${CUE})\b`, i: the first group (what comes before the cue: the shortest that
 * leads to one), or null.
 */
export function beforeAdverbsAndCue(s: string, adverbs: ReadonlySet<string>): string | null {
  for (let k = 1; k <= 150 && k < s.length; k++) {
    if (LINE_END.has(s.charCodeAt(k - 1))) return null;
    if (isSpace(s.charCodeAt(k)) && cueAfterAdverbs(s, spaceEnd(s, k), 'i', adverbs) >= 0) return s.slice(0, k);
  }
  return null;
}

/** What `.` does not match. */
const LINE_END = new Set([10, 13, 0x2028, 0x2029]);

// A long pattern that ends in a cue, with captures before it (mention-before's BEFORE_CUE and LOCAL_CUE), is read in
// two parts. The cues that may end a match are found here first (their starts, with what the pattern needs after
// them), and the white space right before each is marked (U+0000). The pattern without the cue, its `\s` reading the
// mark as white space (withMarkAsSpace), then ends where a mark stands behind it (`(?<=\u0000)`): it finds the match
// the whole pattern finds, in the same order of tries, since nothing else in it tells the mark from white space.

/** The mark on the white space before a cue's start; one already in a text is made U+0001, which no pattern reads. */
const MARK = '\u0000';

/**
 * The pattern `source` (with `\s` only outside brackets), each `\s` matching the mark too, that ends right after a
 * mark; sticky, with indices (d).
 */
export const beforeMark = (source: string, flags: string) =>
  new RegExp(`${source.replace(/\\s/g, '[\\s\\u0000]')}(?<=\\u0000)`, `${flags}dy`);

/**
 * The starts of the cues in `s` that white space precedes and after which `keep` accepts one of the cue's ends, each
 * with the first such end (in CUE's order), in text order.
 */
export function cuesKept(s: string, mode: CueCase, keep: (end: number) => boolean): Map<number, number> {
  const kept = new Map<number, number>();
  for (let at = 1; at < s.length; at++) {
    if (!isSpace(s.charCodeAt(at - 1)) || !isWordChar(s.charCodeAt(at), mode)) continue;
    const end = cueEnds(s, at, mode).find(keep);
    if (end !== undefined) kept.set(at, end);
  }
  return kept;
}

/** `s` with the mark on the white space before each of `starts`. */
export function marked(s: string, starts: Iterable<number>): string {
  const chars = s.replaceAll(MARK, '\u0001').split('');
  for (const at of starts) chars[at - 1] = MARK;
  return chars.join('');
}

/**
 * The cues `keep` accepts in `s` (cuesKept) and `s` marked before them: `${before}(?:${CUE})…` matched at a place as
 * beforeMark(before) and a kept cue.
 */
export class MarkedCues {
  readonly kept: Map<number, number>;
  private readonly marks: string;

  constructor(
    readonly s: string,
    mode: CueCase,
    keep: (end: number) => boolean,
  ) {
    this.kept = cuesKept(s, mode, keep);
    this.marks = marked(s, this.kept.keys());
  }

  /** The match at `at` of `before` (beforeMark's) and a kept cue: where its first group and the cue stand, or null. */
  matchAt(before: RegExp, at: number): { group: [number, number]; cue: [number, number] } | null {
    if (this.kept.size === 0) return null;
    before.lastIndex = at;
    const found = before.exec(this.marks);
    if (!found) return null;
    const cue = found.index + found[0].length;
    return { group: found.indices![1]!, cue: [cue, this.kept.get(cue)!] };
  }
}
