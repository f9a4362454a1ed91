// Character classes tested by code, for scanners that visit every character of an article: ASCII is answered from a
// table built from the class's own regex, any other character by that regex. The answers are the regex's.

/** Whether a code point (a lone surrogate as itself) belongs to the class. */
export type CharClass = (code: number) => boolean;

/** The class one-character `pattern` (anchored, with the u flag) matches. */
export function charClass(pattern: RegExp): CharClass {
  const ascii = new Uint8Array(128);
  for (let c = 0; c < 128; c++) ascii[c] = pattern.test(String.fromCharCode(c)) ? 1 : 0;
  return (code) => (code < 128 ? ascii[code] === 1 : pattern.test(String.fromCodePoint(code)));
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
