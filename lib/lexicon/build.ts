// Builds lookups from the lexicon's word lists, once at load: sets for word lookups, regex alternations for patterns.

/** Escapes regex metacharacters, so a list entry ("corp.", "spokesperson's") matches itself. */
export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "said|says|told" for a regex, in the list's order (where a pattern is not anchored, the first alternative that
 * lets it match wins). A space inside an entry matches any run of white space ("pointed out").
 */
export function alternation(words: readonly string[]): string {
  return words.map((w) => escapeRegex(w).replace(/ /g, '\\s+')).join('|');
}

/** The lists' words in lower case, as one set. */
export function wordSet(...lists: readonly (readonly string[])[]): Set<string> {
  return new Set(lists.flat().map((w) => w.toLowerCase()));
}

/** A lower-case ASCII letter for a capital A–Z; any other code as it is (toLowerCase on ASCII). */
const foldAscii = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);

/** Kept to 30 bits: a small integer to V8, a Map key that needs no heap number made per look-up. */
const SMALL_HASH = 0x3fffffff;

/**
 * Asks a set of words with a word in any case: `has(w)` answers `words.has(w.toLowerCase())`. The engines ask such
 * sets of every capitalised word, and toLowerCase makes a new string of each (slowly, when it is two-byte): here a
 * plain ASCII word is folded and hashed in place, and compared in place with the entries of its hash; most words
 * are no entry and share no entry's hash. Any other word is lower-cased and looked up as before. `words` must not
 * change after this is built.
 */
export class AnyCase {
  /** The lower-case ASCII entries by their hash (an entry holding a capital is found by no lower-case word). */
  private readonly byHash = new Map<number, string[]>();
  /** A bit per hash's low bits, set for the entries' hashes: read before the map (most words asked have none). */
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(private readonly words: ReadonlySet<string>) {
    // About 16 bits per entry: some 6% of the words that are no entry get past the bits to the map.
    let size = 1024;
    while (size < words.size * 16) size *= 2;
    this.bits = new Uint32Array(size / 32);
    this.mask = size - 1;
    for (const w of words) {
      if (w !== w.toLowerCase() || !/^[\x00-\x7f]*$/.test(w)) continue;
      const hash = this.hashOf(w);
      const list = this.byHash.get(hash);
      if (list) list.push(w);
      else this.byHash.set(hash, [w]);
      const bit = hash & this.mask;
      this.bits[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  /** The hash of an ASCII word's lower case, or -1 when it holds a character outside ASCII. */
  private hashOf(w: string): number {
    let h = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (c > 127) return -1;
      h = (Math.imul(h, 31) + foldAscii(c)) | 0;
    }
    return h & SMALL_HASH;
  }

  has(w: string): boolean {
    const hash = this.hashOf(w);
    if (hash < 0) return this.words.has(w.toLowerCase());
    const bit = hash & this.mask;
    if ((this.bits[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
    const list = this.byHash.get(hash);
    if (list === undefined) return false;
    for (let k = 0; k < list.length; k++) if (sameFolded(list[k], w)) return true;
    return false;
  }
}

/** `entry` (lower-case ASCII) is `w` (ASCII) in lower case, compared by character code. */
function sameFolded(entry: string, w: string): boolean {
  if (entry.length !== w.length) return false;
  for (let i = 0; i < w.length; i++) if (entry.charCodeAt(i) !== foldAscii(w.charCodeAt(i))) return false;
  return true;
}

/** wordSet's words, asked in any case (AnyCase). */
export const anyCase = (...lists: readonly (readonly string[])[]) => new AnyCase(wordSet(...lists));

/** "Monday" for "monday": lists are written in lower case; some patterns match the capitalised form only. */
export const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** "in" → "in", "In": a lower-case list with its capitalised forms, for patterns that are case-sensitive. */
export const withCapitals = (words: readonly string[]) => words.flatMap((w) => [w, capitalise(w)]);

/** "mr" → "mr", "mr." (the forms a title abbreviation is written in). */
export const withPoint = (words: readonly string[]) => words.flatMap((w) => [w, `${w}.`]);

/** Whether a string is one of a list's words (see `exactly`). */
export interface WordTest {
  test(s: string): boolean;
}

/** ASCII and no white space: the strings `exactly` answers from its set. */
function plainAscii(s: string): boolean {
  return plainShape(s) !== NOT_PLAIN;
}

const NOT_PLAIN = 0;
const PLAIN_LOWER = 1;
const PLAIN_UPPER = 2;

/**
 * NOT_PLAIN unless `s` is plain ASCII (plainAscii); else PLAIN_UPPER when it holds a capital A–Z, PLAIN_LOWER when
 * not: such a string is its own lower case, and no `toLowerCase` copy is made of it (slow on two-byte strings).
 */
function plainShape(s: string): number {
  let shape = PLAIN_LOWER;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127 || c === 32 || (c >= 9 && c <= 13)) return NOT_PLAIN;
    if (c >= 65 && c <= 90) shape = PLAIN_UPPER;
  }
  return shape;
}

/**
 * Whether a string is exactly one of the words: what /^(?:words)$/ with `flags` matches (`exactly(['he', 'she'],
 * 'i')`). Mostly asked of single words, many times per article: a plain ASCII string is looked up in a set (in lower
 * case under the i flag), any other is given to the pattern. Exact: such a string matches no entry holding a space
 * (matched as white space) or a non-ASCII letter (only the long s and the Kelvin sign fold to ASCII, and only under
 * /iu, which then keeps the pattern for every string).
 */
export function exactly(words: readonly string[], flags = 'i'): WordTest {
  const pattern = new RegExp(`^(?:${alternation(words)})$`, flags);
  const fold = flags.includes('i');
  const foldsUnicode = fold && flags.includes('u');
  const allPlain = words.every(plainAscii);
  if (foldsUnicode && !allPlain) return pattern;
  const set = new Set(words.filter(plainAscii).map((w) => (fold ? w.toLowerCase() : w)));
  // Under the i flag a capitalised word is looked up without its lower-case copy.
  const folded = new AnyCase(set);
  // When every entry is plain ASCII, any other string (white space, a non-ASCII character) matches none: the pattern
  // is asked only under /iu of a string with the long s or the Kelvin sign, which fold to "s" and "k". So it is
  // seldom compiled (V8's regexp code budget, see text/word-runs).
  const other = allPlain
    ? (s: string) => foldsUnicode && FOLDS_TO_ASCII.test(s) && pattern.test(s)
    : (s: string) => pattern.test(s);
  return {
    test: (s) => {
      const shape = plainShape(s);
      if (shape === NOT_PLAIN) return other(s);
      return fold && shape === PLAIN_UPPER ? folded.has(s) : set.has(s);
    },
  };
}

/** The two non-ASCII characters /iu matches to ASCII letters: the long s ("s") and the Kelvin sign ("k"). */
const FOLDS_TO_ASCII = /[\u017f\u212a]/;
