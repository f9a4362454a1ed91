// holdsWord (word-scan.ts): a list's word standing whole among a text's ASCII letters, the test asked before a
// pattern whose every match holds one.
import { describe, expect, it } from 'vitest';
import { WordList } from '../text/word-runs';
import { holdsWord } from './word-scan';

const VERBS = new WordList(['said', 'says', 'told'], false);

describe('holdsWord', () => {
  it('finds a word with no ASCII letter on either side', () => {
    expect(holdsWord(VERBS, '“We will,” Ann Reyes said.')).toBe(true);
    expect(holdsWord(VERBS, 'told')).toBe(true);
    expect(holdsWord(VERBS, 'she—said—so')).toBe(true);
    expect(holdsWord(VERBS, 'ésaid')).toBe(true);
  });

  it('does not find a word inside a longer one, nor in another case than written', () => {
    expect(holdsWord(VERBS, 'the unsaid rules')).toBe(false);
    expect(holdsWord(VERBS, 'sayings and toldx')).toBe(false);
    expect(holdsWord(VERBS, 'He SAID so')).toBe(false);
    expect(holdsWord(VERBS, '')).toBe(false);
  });
});
