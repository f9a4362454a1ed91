import { describe, expect, it } from 'vitest';
import { latinFirst, latinFirstSource } from './latin-first';
import { randomStrings } from './random-strings';

// Each pattern against its Latin-1-first form: every match (index, text, groups) from every start, on random texts of
// ASCII, Latin-1 and other letters, astral letters, a lone surrogate, curly marks and masked points.
// An odd count of pieces and of glue: the generator's low bits pick badly from an even count.
const PIECES = [
  'Tom',
  'de',
  'la',
  'Cruz',
  'admitted',
  'ÉMILE',
  'émile',
  'ß',
  'ÿ',
  'µ',
  'ª',
  'Ωmega',
  'ωx',
  'Łódź',
  'źT',
  'aΩ',
  'ǅ',
  '𝐀𝐚',
  '𝐚',
  '\ud835',
  "'",
  '’',
  '.',
  '\u2024',
  '-',
  '&',
  '(',
  ')',
  ',',
  '7',
  'Ab',
];
const GLUE = ['', ' ', '  ', '\n', '\t', '\u00a0', ', ', '. ', '’ '];
const TEXTS = randomStrings(PIECES, GLUE, 600, 3, 12);

const PATTERNS = [
  /\p{Lu}[\p{L}'’.-]*[\p{L}'’-]/gu,
  /(?<![\p{L}'’.\u2024-][^\S\n]?)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)[^\S\n]+\p{Ll}{2,}(?:ed|es|s)\b/gu,
  /(?<=(?:^|[^\p{L}'’.\u2024-])((?:\p{Ll}[\p{L}'’-]*[^\S\n]+){0,3}))(?:\p{Lu}[\p{L}'’.-]*[\p{L}'’-]|(?:\p{Lu}[.\u2024]){1,3})/gu,
  /(?<![\p{L}'’-])\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+)?(?![\p{L}'’-])/gu,
  /(?<=\p{Lu}[\p{L}'’.\u2024-]*[^\S\n]+)\p{Lu}\p{Ll}+\b/gu,
  /(?:^|[^\p{L}'’])(?:[Aa]|[Tt]he|\p{Lu}[\p{L}.\u2024-]*['’]s)\s+((?:(?!(?:a|the)\s)[\p{L}'’-]+\s+){0,4})/gu,
  /(?<=(?=\P{L})[^\p{Ll}\d]\p{Lu})\p{Ll}+/gu,
  /[^\S\n]+(\p{Lu}[\p{L}'’&-]*)\s*$/gmu,
];

function matches(re: RegExp, text: string): unknown[] {
  return [...text.matchAll(re)].map((m) => [m.index, ...m]);
}

describe('latinFirst', () => {
  it('reads Latin-1 letters by a small class and the rest by the original atom', () => {
    expect(latinFirstSource('\\p{Lu}', 'u')).toBe('(?:[\\x41-\\x5a\\xc0-\\xd6\\xd8-\\xde]|(?=[^\\0-\\xff])\\p{Lu})');
    expect(latinFirstSource('[^\\p{L}\\d]', 'u')).toMatch(
      /^\(\?:\[\\x00-\\x2f\\x3a-\\x40.*\]\|\(\?=\[\^\\0-\\xff\]\)\[\^\\p\{L\}\\d\]\)$/,
    );
    expect(latinFirstSource('[^\\S\\n]\\u2024[a-z]', 'u')).toBe('[^\\S\\n]\\u2024[a-z]');
  });
  it('keeps the flags and refuses a pattern it cannot keep equal', () => {
    expect(latinFirst(/\p{L}/guy).flags).toBe('guy');
    expect(() => latinFirst(/\p{L}/iu)).toThrow();
    expect(() => latinFirst(/[a-z]/)).toThrow();
  });
  it('finds the same matches as the original on random texts', () => {
    for (const re of PATTERNS) {
      const fast = latinFirst(re);
      for (const text of TEXTS) expect(matches(fast, text)).toEqual(matches(re, text));
    }
  });
  it('matches from every start as the original, sticky', () => {
    for (const re of PATTERNS.map((p) => new RegExp(p.source, 'uy'))) {
      const fast = latinFirst(re);
      for (const text of TEXTS.slice(0, 150))
        for (let at = 0; at <= text.length; at++) {
          re.lastIndex = fast.lastIndex = at;
          expect(fast.exec(text)).toEqual(re.exec(text));
        }
    }
  });
});
