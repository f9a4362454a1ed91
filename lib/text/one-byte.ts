// One-byte slices of the article's text. A text with one curly quote or dash is held as a two-byte string in V8, and
// so is every slice of it: lower-casing, hashing, Set/Map look-ups and regexps are slower on those (toLowerCase several
// times), and the engines slice words, names and windows out of the text and do these per slice. A one-byte copy of the
// text gives a slice that holds only ASCII as a one-byte string: the same characters. readText makes the copies of
// the article's text and of its masked text known; sliceOf reads them.

/** latin1 (that is windows-1252) decodes bytes below 0x80 to themselves, into a one-byte string. */
const LATIN1 = new TextDecoder('latin1');

export interface OneByteCopy {
  readonly text: string;
  /** A one-byte string as long as the text, with the text's character at each offset that is not in `wide`. */
  readonly ascii: string;
  /** Offsets (ascending) of the text's UTF-16 units outside ASCII, and of any other unit `ascii` does not hold. */
  readonly wide: readonly number[];
}

/**
 * The copy of `text` from `bytes`, which hold its ASCII characters at their offsets (0 elsewhere: bytes 0x80–0x9f
 * would decode to two-byte characters), and `wide`, where the others stand: from a scan that reads them anyway.
 */
export function copyFrom(text: string, bytes: Uint8Array, wide: readonly number[]): OneByteCopy {
  return { text, ascii: LATIN1.decode(bytes), wide };
}

/** The copy of `text`, read here. */
export function oneByteCopy(text: string): OneByteCopy {
  const bytes = new Uint8Array(text.length);
  const wide: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) bytes[i] = c;
    else wide.push(i);
  }
  return copyFrom(text, bytes, wide);
}

/**
 * The copy of `changed`, a text as long as `copy.text` that differs from it only where it holds `mark` (a character
 * outside ASCII: the masked text's points): those offsets join `wide`, the one-byte string is shared.
 */
export function copyMarked(copy: OneByteCopy, changed: string, mark: string): OneByteCopy {
  const marks: number[] = [];
  for (let at = changed.indexOf(mark); at >= 0; at = changed.indexOf(mark, at + 1)) marks.push(at);
  if (marks.length === 0) return { text: changed, ascii: copy.ascii, wide: copy.wide };
  return { text: changed, ascii: copy.ascii, wide: merged(copy.wide, marks) };
}

/** Two ascending lists as one, each offset once. */
function merged(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/**
 * The copies sliceOf reads, by their text: the last few made known (the article's text and masked text). A Map, so a
 * text is found by its hash, computed once: === between two strings of one length that are not the same string (the
 * text and the masked text) compares their characters.
 */
const known = new Map<string, OneByteCopy>();

/** Makes `copy` known to sliceOf (the oldest is forgotten when more than four are known). */
export function makeKnown(copy: OneByteCopy): void {
  known.delete(copy.text);
  if (known.size === 4) known.delete(known.keys().next().value!);
  known.set(copy.text, copy);
}

/** The known copy of `text`, if there is one (for a reader that slices many times from one text). */
export const knownCopy = (text: string): OneByteCopy | undefined => known.get(text);

/** The first index of `wide` whose offset is `at` or after it. */
function firstWideFrom(wide: readonly number[], at: number): number {
  let lo = 0;
  let hi = wide.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (wide[mid] < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `copy.text.slice(start, end)` (integer offsets, 0 ≤ start ≤ end), one-byte when all of it is ASCII. */
export function sliceCopy(copy: OneByteCopy, start: number, end: number): string {
  if (end > copy.text.length) end = copy.text.length;
  const i = firstWideFrom(copy.wide, start);
  return i < copy.wide.length && copy.wide[i] < end ? copy.text.slice(start, end) : copy.ascii.slice(start, end);
}

/**
 * `text.slice(start, end)`: the same characters, as a one-byte string when `text` is known (the article's text or
 * masked text) and the slice holds only ASCII.
 */
export function sliceOf(text: string, start: number, end: number = text.length): string {
  const copy = known.get(text);
  // Integer offsets from 0 to `end` (as the engines give them); slice's own reading of others is left to it.
  if (copy === undefined || (start | 0) !== start || (end | 0) !== end || start < 0 || start > end)
    return text.slice(start, end);
  return sliceCopy(copy, start, end);
}
