// The lookups built from word lists (build.ts): `exactly` answers as the anchored pattern it stands for.
import { describe, expect, it } from 'vitest';
import { alternation, exactly } from './build';

describe('exactly: what /^(?:words)$/ with the flags matches', () => {
  const cases = [
    'he',
    'He',
    'HE',
    'she',
    'h',
    'hes',
    // A string with no capital is looked up as it is, one with a capital in lower case (under the i flag).
    'mccain',
    'McCain',
    'MCCAIN',
    'nasa',
    'NASA',
    'at least',
    'at   least',
    'at\nleast',
    'atleast',
    'corp.',
    'corpx',
    '',
  ];
  const agree = (words: string[], flags: string) => {
    const pattern = new RegExp(`^(?:${alternation(words)})$`, flags);
    for (const s of [...cases, 'ſhe', 'Ｈe', 'é', 'É', 'he\u212a', 'she ', ' he', 'h\u00e9', 'he\u0130'])
      expect(exactly(words, flags).test(s), `${s} /${flags}`).toBe(pattern.test(s));
  };

  it('under the i flag, in any case; without it, as written', () => {
    expect(exactly(['he', 'she']).test('He')).toBe(true);
    expect(exactly(['he', 'she'], '').test('He')).toBe(false);
    expect(exactly(['he', 'she']).test('hes')).toBe(false);
  });

  it('an entry with a space matches any white space between its words; a point is a point', () => {
    expect(exactly(['at least']).test('at   least')).toBe(true);
    expect(exactly(['corp.']).test('corpx')).toBe(false);
  });

  it('agrees with the pattern under every flag set, for ASCII and other strings', () => {
    for (const flags of ['', 'i', 'u', 'iu'])
      for (const words of [
        ['he', 'she', 'at least', 'corp.'],
        ['é', 'he'],
        [''],
        ['he', 'she', 'hek'],
        ['McCain', 'NASA'],
      ])
        agree(words, flags);
  });
});
