// CUE_IN_TEXT (cues.ts) tries the cue pattern only where a cue's first word stands: it must answer as the pattern.
import { describe, expect, it } from 'vitest';
import { CUE, CUE_IN_TEXT, CUE_IN_TEXT_U } from './cues';

const PLAIN = new RegExp(`\\b${CUE}\\b`, 'i');
const PLAIN_U = new RegExp(`\\b${CUE}\\b`, 'iu');

describe('a cue word anywhere in a text', () => {
  const texts = [
    'Tom Baker said on Monday',
    'the report, which SAID little',
    'he pointed   out that',
    'he pointed outward',
    'saidx and xsaid, 2said, said2, _said',
    'sayings of the week',
    'the “Tweeted” word',
    'a long ſaid (long s) and no cue',
    'Hillary Clinton’s campaign',
    '',
    'was quoted as saying',
    'wasquoted as saying',
  ];
  it('finds what the pattern finds, under i and under iu', () => {
    for (const text of texts) {
      expect(CUE_IN_TEXT.test(text)).toBe(PLAIN.test(text));
      expect(CUE_IN_TEXT_U.test(text)).toBe(PLAIN_U.test(text));
    }
  });

  it('tells a cue from a word that only opens like one', () => {
    expect(CUE_IN_TEXT.test('he pointed outward')).toBe(false);
    expect(CUE_IN_TEXT.test('Sayings of the week')).toBe(false);
    expect(CUE_IN_TEXT.test('as she SAID it')).toBe(true);
    // The long s folds to "s" under /iu only.
    expect(CUE_IN_TEXT_U.test('he ſaid')).toBe(true);
    expect(CUE_IN_TEXT.test('he ſaid')).toBe(false);
  });
});
