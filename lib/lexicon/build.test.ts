// The lookups built from word lists (build.ts): `exactly` answers as the anchored pattern it stands for.
import { describe, expect, it } from 'vitest';
import { randomStrings } from '../text/random-strings';
import { AnyCase, alternation, exactly } from './build';

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

describe('AnyCase: a set asked with the lower case of a word', () => {
  const words = new Set(['the', 'mr.', 'minister', 'o’neill', 'straße', 'İstanbul', 'k', 'ſ', 'a-b', '', 'x y', 'US']);
  const pieces = [
    'the',
    'The',
    'THE',
    'tHe',
    'mr',
    'Mr.',
    'MINISTER',
    'o’neill',
    'O’NEILL',
    "O'neill",
    'straße',
    'STRASSE',
    'Straße',
    'i̇stanbul',
    'İstanbul',
    'istanbul',
    '\u212a',
    'K',
    'k',
    'ſ',
    'S',
    'a-b',
    'A-B',
    'x',
    'y',
    'US',
    'us',
    'é',
    '@',
    '`',
    '[',
    '{',
    'th',
    'e',
    '1',
    '',
  ];
  const asked = [...pieces, ...randomStrings(pieces, ['', ' ', '.', '-', 'É'], 3000, 7, 3)];
  it('answers what set.has(w.toLowerCase()) answers', () => {
    const any = new AnyCase(words);
    for (const w of asked) expect(any.has(w), w).toBe(words.has(w.toLowerCase()));
  });
  it('finds an entry in any case, and no entry written with a capital', () => {
    const any = new AnyCase(words);
    expect(any.has('MiNiStEr')).toBe(true);
    expect(any.has('Mr.')).toBe(true);
    expect(any.has('US')).toBe(false);
    expect(any.has('\u212a')).toBe(true);
  });
  it('tells words of one hash apart', () => {
    // "az" and "b[" share their hash (31 × 97 + 122 = 31 × 98 + 91): both are compared with the word asked.
    const same = new AnyCase(new Set(['az', 'b[']));
    expect(same.has('AZ')).toBe(true);
    expect(same.has('B[')).toBe(true);
    expect(same.has('bz')).toBe(false);
    expect(same.has('A[')).toBe(false);
  });
});
