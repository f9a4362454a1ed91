import { describe, expect, it } from 'vitest';
import { bareSubjects, describedBefore, opensNameRun, surnameOccurrences } from './people';
import { VERB_ENDINGS } from '../lexicon/en/word-endings';
import { endsInMark } from './near';
import { alternation } from '../lexicon/build';
import { NAME_PARTICLES } from '../lexicon/en/names';
import { statesNamed } from './party-tag';
import { randomStrings } from '../text/random-strings';

// The people index's scans, read by hand, against the patterns they answer as.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What surnameOccurrences answers as: /\b(?:longest|…)\b/g, a straight apostrophe matching either one. */
function byPattern(text: string, surnames: string[]): { index: number; word: string }[] {
  const sorted = [...surnames].sort((a, b) => b.length - a.length);
  const re = new RegExp(`\\b(?:${sorted.map((s) => escape(s).replace(/'/g, "['’]")).join('|')})\\b`, 'g');
  return [...text.matchAll(re)].map((m) => ({ index: m.index, word: m[0] }));
}

describe('surnameOccurrences', () => {
  const surnames = ['Cruz', 'de la Cruz', "O'Neil", 'Neil', 'Smith', 'Smithson', 'Li'];
  it('finds whole words from the left, the longest at one place, either apostrophe', () => {
    const text = "Maria de la Cruz met O’Neil and Smithson; Smith's aide, Neil Li, and Lin said Cruz.";
    expect(surnameOccurrences(text, surnames)).toEqual(byPattern(text, surnames));
    expect(surnameOccurrences(text, surnames).map((o) => o.word)).toEqual([
      'de la Cruz',
      'O’Neil',
      'Smithson',
      'Smith',
      'Neil',
      'Li',
      'Cruz',
    ]);
  });
  it('is the pattern on random texts', () => {
    const pieces = [...surnames, 'la', 'de', 'O', "'", '’', 'Smit', 'Lis', 'said', 'x', '_', '9'];
    for (const text of randomStrings(pieces, ['', ' ', "'", '’', ',', '-'], 3000, 7, 12))
      expect(surnameOccurrences(text, surnames)).toEqual(byPattern(text, surnames));
  });
});

describe('statesNamed', () => {
  // A state the AP list holds twice (two abbreviations) is named twice: compared as sets.
  const named = (s: string) => new Set(statesNamed(s));
  it('names the states written as words, the longer of two that overlap', () => {
    expect(named('the West Virginia senator')).toEqual(new Set(['West Virginia']));
    expect(named('the Vermont senator')).toEqual(new Set(['Vermont']));
    expect(named('a Vermonter')).toEqual(new Set());
    expect(named('the Texas and Ohio senators')).toEqual(new Set(['Ohio', 'Texas']));
  });
});

describe('opensNameRun: the look-ahead of NAME_RUN', () => {
  const LOOK_AHEAD = new RegExp(
    `(?=\\p{Lu}[\\p{L}'’.\\u2024-]*[^\\S\\n]+(?:(?:${alternation(NAME_PARTICLES)})[^\\S\\n]+){0,2}\\p{Lu})`,
    'uy',
  );
  const byPattern = (s: string, at: number) => {
    LOOK_AHEAD.lastIndex = at;
    return LOOK_AHEAD.test(s);
  };
  it('a capitalised word, then a capital after white space and up to two particles on the line', () => {
    expect(opensNameRun('Maria de la Cruz', 0)).toBe(true);
    expect(opensNameRun('Osama bin Laden', 0)).toBe(true);
    expect(opensNameRun('The mayor', 0)).toBe(false);
    expect(opensNameRun('Smith\nJones', 0)).toBe(false);
    expect(opensNameRun('Ann de la van Cruz', 0)).toBe(false);
  });
  it('is the pattern at every capital of random texts', () => {
    const pieces = ['Ann', 'Reyes', 'de', 'la', 'bin', 'Él', 'O’Neil', 'Gov\u2024', 'x', 'said', '𝐀b', 'del', 'd'];
    for (const text of randomStrings(pieces, [' ', '  ', '\n', '\u00a0', '', ',', '-'], 3000, 11, 8))
      for (let at = 0; at < text.length; at++)
        if (/\p{Lu}/u.test(String.fromCodePoint(text.codePointAt(at)!)))
          expect(opensNameRun(text, at), `${JSON.stringify(text)} at ${at}`).toBe(byPattern(text, at));
  });
});

describe('endsInMark: /[marks][’\'"”]?$/ read from the end', () => {
  it('is the pattern on random texts', () => {
    const pieces = ['word', ',', '.', '!', '?', '—', '–', '-', '’', "'", '"', '”', '“', ''];
    for (const marks of [',', '.!?', ',!?—–-'])
      for (const text of randomStrings(pieces, ['', ' '], 2000, 3, 4)) {
        const pattern = new RegExp(`[${marks.replace('-', '\\-')}][’'"”]?$`);
        expect(endsInMark(text, marks), `${JSON.stringify(text)} ${marks}`).toBe(pattern.test(text));
      }
  });
});

describe('describedBefore: DESCRIBED_BEFORE read from the end', () => {
  const DESCRIBED_BEFORE = /(\p{Ll}+),?[^\S\n]+$/u;
  it('reads the lower-case word before the name', () => {
    expect(describedBefore('said his wife, ')).toBe('wife');
    expect(describedBefore('said spokeswoman ')).toBe('spokeswoman');
    expect(describedBefore('said spokeswoman')).toBeUndefined();
    expect(describedBefore('said Spokeswoman ')).toBe('pokeswoman');
    expect(describedBefore('said Dr, ')).toBe('r');
    expect(describedBefore('said Ann ,  ')).toBeUndefined();
    expect(describedBefore('eBay ')).toBe('ay');
  });
  it('is the pattern on random windows', () => {
    const pieces = ['wife', 'his', 'Ann', 'é', 'É', '𝐚', '𝐀', '\ud835', '\udc1a', ',', '.', 'x', 'ß'];
    const glue = ['', ' ', '  ', '\n', '\t', '\u00a0', ',', ', ', ' ,'];
    for (const s of randomStrings(pieces, glue, 4000, 5, 6))
      expect(describedBefore(s)).toBe(DESCRIBED_BEFORE.exec(s)?.[1]);
  });
});

describe('bareSubjects: BARE_SUBJECT tried at capitals after its look-behind is read', () => {
  // BARE_SUBJECT's source, global: tried at every character.
  const pattern = () =>
    new RegExp(
      `(?<![\\p{L}'’.\\u2024-][^\\S\\n]?)(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)[^\\S\\n]+` +
        `(?:\\p{Ll}+ly[^\\S\\n]+|also[^\\S\\n]+)?\\p{Ll}{2,}(?:${VERB_ENDINGS.join('|')})\\b`,
      'gu',
    );
  const byPattern = (s: string) => [...s.matchAll(pattern())].map((m) => [m.index, m[0], m[1]]);
  const bySubjects = (s: string) => bareSubjects(s).map((m) => [m.index, m[0], m[1]]);
  it('finds a one-word subject before a verb, not after a word and a space', () => {
    expect(bySubjects('Later, Cruz admitted it. Then Obama also addressed it.')).toEqual([
      [7, 'Cruz admitted', 'Cruz'],
    ]);
    expect(bySubjects('He met Cruz  admitted')).toEqual(byPattern('He met Cruz  admitted'));
  });
  it('is the pattern on random texts', () => {
    const pieces = [
      'Cruz',
      'Ocasio-Cortez',
      'admitted',
      'openly',
      'also',
      'says',
      'it',
      'É',
      'Émile',
      '𝐀𝐚',
      '\u2024',
      '.',
      "'",
      '’',
      '-',
    ];
    // Nine kinds of glue: the generator's low bits pick from a count that is a power of two badly.
    const glue = ['', ' ', '  ', '\n', '\t', '\u00a0', ', ', '. ', ' ('];
    for (const s of randomStrings(pieces, glue, 3000, 9, 10)) expect(bySubjects(s)).toEqual(byPattern(s));
  });
});
