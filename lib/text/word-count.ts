// Word counts for extraction's size checks and the reading time. A character loop, not a /[\p{L}\p{N}]+/gu regex
// stepped over the text: extraction counts every text node and block two or three times, and the loop takes a
// third of the regex's time (ASCII is decided by code; only other characters go to the Unicode class).

/** Sticky: tested at one position of the text, without cutting the character out. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 0x2d;

/** The code point at `i` (its first UTF-16 unit is `code`) is a letter or a digit. */
function isLetterOrDigit(text: string, i: number, code: number): boolean {
  if (code < 0x80) return ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || (code >= 0x30 && code <= 0x39);
  LETTER_OR_DIGIT.lastIndex = i;
  return LETTER_OR_DIGIT.test(text);
}

const width = (code: number) => (code >= 0xd800 && code <= 0xdbff ? 2 : 1);

/**
 * Runs of letters and digits ("don't" is two). With `joinInWord`, an apostrophe or hyphen inside a word continues
 * it ("don't", "well-known" are one word each): the count a reader means by "words". With `atMost`, counting stops
 * past that many: a size check on short lines need not read a long paragraph to its end.
 */
export function countWords(text: string, joinInWord = false, atMost = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length;) {
    const code = text.charCodeAt(i);
    const wordChar = isLetterOrDigit(text, i, code);
    if (wordChar && !inWord && ++n > atMost) return n;
    inWord = wordChar || (inWord && joinInWord && (code === APOSTROPHE || code === RIGHT_QUOTE || code === HYPHEN));
    i += width(code);
  }
  return n;
}
