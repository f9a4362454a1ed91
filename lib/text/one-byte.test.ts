// sliceOf gives text.slice's characters for the known texts (one-byte copies) and for any other string, at random
// offsets of random texts with curly quotes, dashes, letters outside ASCII, surrogate pairs and masked points.
import { describe, expect, it } from 'vitest';
import { MASKED_POINT, maskAbbreviations } from './abbreviations';
import { readText } from './index';
import { copyMarked, knownCopy, makeKnown, oneByteCopy, sliceOf } from './one-byte';
import { randomStrings } from './random-strings';
import { readWords } from './tokens';

const PIECES = ['Mr.', 'Ann', 'U.S.', 'said', '“', '”', '’s', '—', 'Peña', '𝐀', '\ud800', 'x', '.', 'é'];
const GLUE = ['', ' ', '  ', '\n', ', ', '.'];

/** Every slice of `s` from offsets in [-2, length + 2], with and without an end. */
function expectSlices(s: string): void {
  for (let start = -2; start <= s.length + 2; start++) {
    expect(sliceOf(s, start), `${JSON.stringify(s)} ${start}`).toBe(s.slice(start));
    for (let end = start - 1; end <= s.length + 2; end++)
      expect(sliceOf(s, start, end), `${JSON.stringify(s)} ${start} ${end}`).toBe(s.slice(start, end));
  }
}

describe('one-byte copies', () => {
  it('sliceOf slices the text and the masked text readText made known as slice does', () => {
    for (const s of randomStrings(PIECES, GLUE, 300, 5, 8)) {
      const layer = readText({ text: s });
      expect(knownCopy(layer.masked)?.text).toBe(layer.masked);
      expectSlices(layer.text);
      expectSlices(layer.masked);
    }
  });

  it('a copy holds the text wherever it says so, from the word scan as from a plain scan', () => {
    for (const s of randomStrings(PIECES, GLUE, 300, 9, 8)) {
      for (const copy of [readWords(s).copy, oneByteCopy(s)]) {
        expect(copy.ascii).toHaveLength(s.length);
        const wide = new Set(copy.wide);
        for (let i = 0; i < s.length; i++) {
          if (!wide.has(i)) expect(copy.ascii[i]).toBe(s[i]);
          if (s.charCodeAt(i) >= 128) expect(wide.has(i)).toBe(true);
        }
      }
    }
  });

  it('the masked copy adds the masked points to the offsets outside ASCII, each once', () => {
    const text = 'Mr. Ann “Peña” of the U.S. said.';
    const masked = maskAbbreviations(text);
    const copy = copyMarked(oneByteCopy(text), masked, MASKED_POINT);
    expect(copy.wide).toEqual(oneByteCopy(masked).wide);
  });

  it('strings it does not know, and forgotten ones, are sliced as they are', () => {
    const s = 'no “copy” here';
    expectSlices(s);
    makeKnown(oneByteCopy(s));
    for (const t of ['a', 'b', 'c', 'd']) makeKnown(oneByteCopy(t));
    expect(knownCopy(s)).toBeUndefined();
    expectSlices(s);
  });
});
