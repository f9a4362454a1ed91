// splitSpaces answers as s.split(/\s+/) does, on edges (leading, trailing and only white space, the empty string,
// spaces outside ASCII that \s reads) and on random strings of words and white space.
import { describe, expect, it } from 'vitest';
import { randomStrings } from './random-strings';
import { spaceWords, splitSpaces } from './space-split';

const EDGES = [
  '',
  ' ',
  '  ',
  'a',
  ' a',
  'a ',
  ' a ',
  'a b',
  'a  b',
  'a\tb\nc',
  '\u00a0x\u2003y\u3000',
  'x\ufeff',
  'Jr.\u200b',
];
const PIECES = ['Ann', 'Reyes', 'de', 'la', 'Cruz', 'Jr.', 'O’Neill', '', '—', 'Peña'];
const GLUE = ['', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u200b', '\u2028', '\ufeff', '-'];

describe('splitSpaces', () => {
  it('splits as /\\s+/ does on edges', () => {
    for (const s of EDGES) expect(splitSpaces(s), JSON.stringify(s)).toEqual(s.split(/\s+/));
  });
  it('splits as /\\s+/ does on random strings', () => {
    for (const s of randomStrings(PIECES, GLUE, 3000, 7, 8)) expect(splitSpaces(s)).toEqual(s.split(/\s+/));
  });
  it('remembers: the same words for the same string', () => {
    const s = 'Tom  Baker Jr.';
    expect(spaceWords(s)).toEqual(['Tom', 'Baker', 'Jr.']);
    expect(spaceWords(s)).toBe(spaceWords(s));
  });
});
