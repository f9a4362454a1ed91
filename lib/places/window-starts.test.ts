// opensWithWord is a necessary test: wherever a pattern opening with white space and a list word (or an "-ly" word,
// or "and" and a partner's name first) matches a window, it passes. Random windows of the characters it turns on.
import { describe, expect, it } from 'vitest';
import { randomStrings } from '../text/random-strings';
import { firstWords } from '../text/word-runs';
import { opensWithWord } from './window-starts';

const LIST = ['said', 'says', 'will', 'can’t', "won't", 'pulled out', 'on Monday', 'officials', 'and'];
const words = (list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');
/** As the metonymy patterns are written: a partner first, then a list word or any "-ly" word, whole. */
const PATTERN = new RegExp(
  `^(?:\\s+and\\s+(?:the\\s+)?\\p{Lu}[\\p{L}.]*)?\\s+(?:(?:${words(LIST)})\\b|\\p{Ll}+ly\\s)`,
  'u',
);
const PLAIN = new RegExp(`^\\s+(?:${words(LIST)})\\b`, 'u');

const PIECES = [
  ...['said', 'Said', 'saids', 'says', 'sa', 'will', 'willy', 'can', 'can’t', 'won', "won't", 'pulled', 'out'],
  ...['on', 'Monday', 'officials', 'official', 'and', 'the', 'China', 'Russia', 'quickly', 'ly', 'Only', 'naïvely'],
  ...['é', 'ï', 'ſ', 'K', '2', '_', '-', '.', ',', "'", '’', 'x'],
];
const GLUE = ['', ' ', '  ', '\u00a0', '\n', '\u2009'];

describe('opensWithWord', () => {
  const windows = [...GLUE, ''].flatMap((lead) => randomStrings(PIECES, GLUE, 3000, 20261207, 5).map((s) => lead + s));

  it('passes every window the patterns match', () => {
    const list = firstWords(LIST, false);
    let [matched, turnedAway] = [0, 0];
    for (const w of windows) {
      if (PATTERN.test(w)) {
        matched++;
        expect(opensWithWord(w, list, true), JSON.stringify(w)).toBe(true);
      } else if (!opensWithWord(w, list, true)) turnedAway++;
      if (PLAIN.test(w)) expect(opensWithWord(w, list), JSON.stringify(w)).toBe(true);
    }
    // The test means something: windows of both kinds.
    expect(matched).toBeGreaterThan(500);
    expect(turnedAway).toBeGreaterThan(5000);
  });

  it('turns away a window that opens with no list word', () => {
    const list = firstWords(LIST, false);
    expect(opensWithWord(' officials said', list)).toBe(true);
    expect(opensWithWord('officials said', list)).toBe(false);
    expect(opensWithWord(' Officials said', list)).toBe(false);
    expect(opensWithWord(' official', list)).toBe(false);
    expect(opensWithWord(' quickly said', list)).toBe(false);
    expect(opensWithWord(' quickly said', list, true)).toBe(true);
    expect(opensWithWord(' naïvely said', list)).toBe(true);
    expect(opensWithWord('   ', list)).toBe(false);
  });
});
