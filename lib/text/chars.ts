// Character classes tested by code, for scanners that visit every character of an article: ASCII is answered from a
// table built from the class's own regex, any other character by that regex. The answers are the regex's.

/** Whether a code point (a lone surrogate as itself) belongs to the class. */
export type CharClass = (code: number) => boolean;

/** The class one-character `pattern` (anchored, with the u flag) matches. */
export function charClass(pattern: RegExp): CharClass {
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = pattern.test(String.fromCharCode(c)) ? 1 : 0;
  // Other characters are asked again and again (curly quotes, dashes, accented letters): each is tested once, not
  // made into a string per occurrence. Few distinct ones occur, so the map stays small.
  const other = new Map<number, boolean>();
  return (code) => {
    if (code < 128) return ascii[code] === 1;
    let answer = other.get(code);
    if (answer === undefined) other.set(code, (answer = pattern.test(String.fromCodePoint(code))));
    return answer;
  };
}

/**
 * Every longest run of `part` characters that opens with a `start` one (`start` within `part`), as flat [start, end)
 * offsets: the matches of /[start][part]*\/gu, without a match object per word.
 */
export function wordSpans(text: string, start: CharClass, part: CharClass): number[] {
  const spans: number[] = [];
  let open = -1;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    if (open >= 0 && !part(code)) {
      spans.push(open, i);
      open = -1;
    }
    if (open < 0 && start(code)) open = i;
    i += code > 0xffff ? 2 : 1;
  }
  if (open >= 0) spans.push(open, text.length);
  return spans;
}

/**
 * Where the next word (a `start` character) opens at or after `from`, or -1: with wordEnd, wordSpans's matches one at
 * a time, for a scanner that needs no list of them.
 */
export function wordStart(text: string, from: number, start: CharClass): number {
  for (let i = from; i < text.length;) {
    const code = text.codePointAt(i)!;
    if (start(code)) return i;
    i += code > 0xffff ? 2 : 1;
  }
  return -1;
}

/** Where the word opened at `at` ends: the first character after its first that is no `part` one. */
export function wordEnd(text: string, at: number, part: CharClass): number {
  for (let i = at + (text.codePointAt(at)! > 0xffff ? 2 : 1); i < text.length;) {
    const code = text.codePointAt(i)!;
    if (!part(code)) return i;
    i += code > 0xffff ? 2 : 1;
  }
  return text.length;
}

/** What \s matches and trim removes: ASCII and Unicode spaces, line ends, the byte-order mark. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The code point that ends right before `at` and its length in UTF-16 units: a surrogate pair read as one, a lone
 * surrogate as itself. For scanners that read a word backwards.
 */
export function codePointBefore(text: string, at: number): { code: number; size: number } {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800)
    return { code: text.codePointAt(at - 2)!, size: 2 };
  return { code: low, size: 1 };
}
