// Edge cases of the shared text layer (named cases for survivors of `npm run mutation -- lib/text`): sentence
// boundaries after more than one space, look-ups at a sentence's first character or across a line, the look-back
// limit, ranges that start in the white space after a boundary or are empty; sentence starts right after "!" or a
// colon and quote; a dateline below a caption line; no dateline, no mention inside it.
import { describe, expect, it } from 'vitest';
import { datelineSpan, inDateline } from './datelines';
import { sentenceAt, sentencesIn, sentenceStartBefore, splitSentences } from './sentences';
import { tokenize } from './tokens';

describe('sentence boundaries', () => {
  it('a full stop then any run of white space before a capital', () => {
    expect(splitSentences('It fell.  Then it rose.\n\nNext day.').starts).toEqual([10, 25]);
  });
});

describe('the sentence around an offset', () => {
  const text = 'A b. C d.\nOne two\nthree four. Five.';
  const s = splitSentences(text);

  it('starts at a sentence’s first character when the offset is on it', () => {
    expect(sentenceAt(s, text, 5)).toBe('C d.');
    expect(sentenceAt(s, text, 2)).toBe('A b.');
  });

  it('stays inside the offset’s line, whatever boundaries lie on other lines', () => {
    expect(sentenceAt(s, text, 10)).toBe('One two');
    expect(sentenceAt(s, text, 20)).toBe('three four.');
    expect(sentenceAt(s, text, text.length - 2)).toBe('Five.');
  });

  it('looks back to a boundary at the look-back start, and no further than 1,500 characters', () => {
    expect(sentenceStartBefore(s, 3, 7)).toBe(5);
    const long = `Go. ${'x'.repeat(2000)}`;
    expect(sentenceStartBefore(splitSentences(long), 0, 2000)).toBe(500);
  });
});

describe('the sentences of a range', () => {
  const text = 'A b.  C d. E f.  ';
  const s = splitSentences(text);

  it('a boundary whose full stop lies before the range does not split it', () => {
    expect(sentencesIn(s, text, { start: 4, end: text.length })).toEqual([
      { text: '  C d.', start: 4 },
      { text: 'E f.', start: 11 },
    ]);
  });

  it('trims the last sentence’s trailing space; an empty range has no sentences', () => {
    expect(sentencesIn(s, text, { start: 0, end: text.length }).at(-1)).toEqual({ text: 'E f.', start: 11 });
    expect(sentencesIn(s, text, { start: 6, end: 6 })).toEqual([]);
  });
});

describe('sentence starts in tokens', () => {
  it('a word right after "!" or "?" with no space, or after a colon and an opening quote, starts a sentence', () => {
    expect(tokenize('Stop!Then go').map((t) => t.sentenceStart)).toEqual([true, true, false]);
    expect(tokenize('He said:"We won"').map((t) => t.sentenceStart)).toEqual([true, false, true, false]);
  });
});

describe('datelines', () => {
  it('finds the place name of a dateline below a caption line, indented', () => {
    const text = 'Photo: the square.\n  ALMATY, Jan. 5 (AP) — Crowds gathered.';
    const span = datelineSpan(text)!;
    expect(text.slice(span.start, span.end)).toBe('ALMATY, Jan. 5');
  });

  it('no dateline: no mention lies inside it', () => {
    expect(inDateline(null, { start: 0, end: 3 })).toBe(false);
  });
});
