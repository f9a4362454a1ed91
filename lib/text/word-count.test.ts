import { describe, expect, it } from 'vitest';
import { countWords } from './word-count';

// The counts the regexes they replace give: /[\p{L}\p{N}]+/gu and /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu.
const runs = (t: string) => t.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
const words = (t: string) => t.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;

describe('countWords', () => {
  it.each([
    ['plain words and digits', 'The 3 officers arrived at 10:30.', 7, 7],
    ['an apostrophe splits a run, not a word', "Don't say it’s over", 6, 4],
    ['a hyphen inside a word', 'a well-known, long-running case', 6, 4],
    ['marks before a word do not start it', "'-quoted' -- x", 2, 2],
    ['letters outside ASCII', 'Zhanaozen, Алматы, 東京, São Paulo', 5, 5],
    ['letters outside the BMP count once', '𝐀𝐁 and 𠀀 here', 4, 4],
    ['nothing to count', '… — “ ” 12', 1, 1],
    ['empty', '', 0, 0],
  ])('%s', (_label, text, asRuns, asWords) => {
    expect(countWords(text)).toBe(asRuns);
    expect(countWords(text, true)).toBe(asWords);
    expect(runs(text)).toBe(asRuns);
    expect(words(text)).toBe(asWords);
  });

  it('stops one past atMost: enough to tell a short line from a long one', () => {
    expect(countWords('one two three four five', false, 2)).toBe(3);
    expect(countWords('one two', false, 2)).toBe(2);
    expect(countWords("it's a well-known case", true, 10)).toBe(4);
  });
});
