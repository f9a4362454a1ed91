// The cue scans (cue-scan.ts) answer as the patterns they replace, on random strings built from cue words, their near
// misses and the characters the patterns look at (marks, stops, white space, the long s and the Kelvin sign).
import { describe, expect, it } from 'vitest';
import { randomStrings } from '../text/random-strings';
import { SOURCE_ENDS } from '../lexicon/en/clause-words';
import { SOURCE_PRONOUNS } from '../lexicon/en/function-words';
import { CUE, CUE_INVERTED, CUE_VERBS } from './cues';
import { beforeAdverbsAndCue } from './cue-scan';
import { speaksAt } from './first-names';
import { lateInverted, lateNormal, longApposition, shortSubject } from './mention-after';
import {
  BEFORE_CUE_SUBJECT,
  beforeCueMarks,
  HOLDER_AFTER,
  LOCAL_CUE_SUBJECT,
  localCueMarks,
  withoutHolders,
} from './mention-before';
import { nameThenComma } from './apposition';
import { DOCUMENT_NOUNS } from '../lexicon/en/sources';
import { alternation, withCapitals } from '../lexicon/build';
import { beforeMark } from './cue-scan';
import { ADVERBS } from './cues';
import { BETWEEN_SOURCE_AND_CUE } from '../lexicon/en/speech';
import { TIME_OR_PLACE_AFTER_CUE } from '../lexicon/en/clause-words';
import { capitalisedRun } from './patterns';
import {
  cueAfterLowerWords,
  cueBetween,
  cueThen,
  spaceEnd,
  cueCloses,
  cueOpens,
  endsInCue,
  endsWithCue,
  hasCue,
  holdsCue,
  interruptedCue,
  isCue,
  isSpacedCue,
  withoutOpeningCue,
} from './cue-scan';

const PIECES = [
  'said',
  'Said',
  'SAID',
  'says',
  'say',
  'saying',
  'unsaid',
  'said2',
  'said_',
  'ſaid',
  'a\u212ad',
  'as\u212as',
  'asks',
  'told',
  'pointed',
  'out',
  'outside',
  'pointed out',
  'pointed  out',
  'was quoted as',
  'was quoted as saying',
  'were\nquoted as\u00a0saying',
  'went on',
  'has said',
  'that',
  'That',
  'also',
  'quickly',
  'ly',
  'ālly',
  'Anna',
  'Berg',
  'the senator',
  'é',
  'İ',
  'x',
  '',
];
const GLUE = [' ', '  ', '', ',', ', ', '.', '!', '?', ';', ':', '"', '“', '”', '’', "'", '\n', '\t', '-', 'é'];
const texts = [
  ...PIECES,
  ...randomStrings(PIECES, GLUE, 6000, 11, 7),
  ...randomStrings(PIECES, [' ', ''], 2000, 5, 4),
  // White space first, short: what isSpacedCue reads.
  ...randomStrings(PIECES, [' ', '  ', '\n'], 2000, 9, 3).map((s) => ` ${s}`),
];

// The patterns, as they were written before the scans.
const PATTERNS = {
  hasCueI: new RegExp(`\\b${CUE}\\b`, 'i'),
  hasCueIU: new RegExp(`\\b${CUE}\\b`, 'iu'),
  endsInCue: new RegExp(`\\b${CUE}\\b(?:\\s+[^.!?"“”]{0,60})?$`, 'i'),
  cueOpens: new RegExp(`^[^.!?"“”\\n]{0,60}\\b${CUE}\\b`, 'i'),
  cueCloses: new RegExp(`\\b${CUE}\\b[^.!?"“”\\n]{0,40}$`, 'i'),
  endsWithCue: new RegExp(`\\b(?:${CUE})\\s+(?:that\\s+)?$`, 'i'),
  isCue: new RegExp(`^(?:${CUE})$`, 'i'),
  isSpacedCue: new RegExp(`^\\s+(?:\\p{Ll}+ly\\s+|also\\s+)?(?:${CUE})\\s+(?:that\\s+)?$`, 'u'),
  interrupted: new RegExp(`["”’]\\s*,?\\s*(${CUE})\\s+([^"“”.;:!?]{2,120})$`, 'i'),
  openingCue: new RegExp(`^[\\s"“”'’]*(?:${CUE})\\s+`, 'iu'),
  holdsCue: new RegExp(CUE, 'i'),
};

describe('cue scans answer as their patterns', () => {
  it('tests', () => {
    const pairs: [RegExp, (s: string) => boolean][] = [
      [PATTERNS.hasCueI, (s) => hasCue(s, 'i')],
      [PATTERNS.hasCueIU, (s) => hasCue(s, 'iu')],
      [PATTERNS.endsInCue, endsInCue],
      [PATTERNS.cueOpens, cueOpens],
      [PATTERNS.cueCloses, cueCloses],
      [PATTERNS.endsWithCue, endsWithCue],
      [PATTERNS.isCue, isCue],
      [PATTERNS.isSpacedCue, isSpacedCue],
      [PATTERNS.holdsCue, holdsCue],
    ];
    for (const [re, scan] of pairs) {
      let hits = 0;
      for (const s of texts) {
        const want = re.test(s);
        if (want) hits++;
        expect([re.source.slice(0, 30), s, scan(s)]).toEqual([re.source.slice(0, 30), s, want]);
      }
      // The strings reach both answers.
      expect([re.source.slice(0, 30), hits > 20]).toEqual([re.source.slice(0, 30), true]);
      expect(hits).toBeLessThan(texts.length);
    }
  });

  it('single cue words and edges', () => {
    for (const s of ['said', 'Said', 'ſaid', 'pointed out', 'pointed\u00a0 out', 'pointed', 'x', '', 'say', 'sayS'])
      expect([s, isCue(s)]).toEqual([s, PATTERNS.isCue.test(s)]);
    for (const s of [' also said that ', ' quickly said ', ' ly said ', ' said', '  told\n', ' ālly said '])
      expect([s, isSpacedCue(s)]).toEqual([s, PATTERNS.isSpacedCue.test(s)]);
  });

  it("the interrupted quote's phrase and where it starts", () => {
    let hits = 0;
    const more = randomStrings(['“Yes,” said', 'Anna Berg', 'a', '”', ' ', 'told', 'x y'], [' ', '', ','], 3000, 3, 6);
    // Around the phrase's bounds: 2 and 120 characters, white space given back to reach 2.
    const bounds = [0, 1, 2, 119, 120, 121].flatMap((n) =>
      [' ', '  ', '   '].map((sp) => `“Yes,” said${sp}${'a'.repeat(n)}`),
    );
    for (const s of [...texts, ...more, ...bounds]) {
      const m = PATTERNS.interrupted.exec(s);
      const want = m && { phrase: m[2], at: m.index + m[0].length - m[2].length };
      if (m) hits++;
      expect([s, interruptedCue(s)]).toEqual([s, want]);
    }
    expect(hits).toBeGreaterThan(20);
  });

  it('a cue opening a text is cut with the marks and space before it', () => {
    let cut = 0;
    for (const s of texts) {
      const want = s.replace(PATTERNS.openingCue, '');
      if (want !== s) cut++;
      expect([s, withoutOpeningCue(s)]).toEqual([s, want]);
    }
    expect(cut).toBeGreaterThan(20);
  });
});

// Sources, names and lower-case words around a cue: what the patterns with a source before or after the cue read.
const SOURCE_PIECES = [
  'said',
  'told',
  'Told',
  'tells',
  'says',
  'has said',
  'pointed out',
  'saying',
  'Anna Berg',
  'Anna',
  'The White House',
  'the memo',
  'the',
  'he',
  'she',
  'who',
  'later',
  'it’s',
  'sayingé',
  'in',
  'a',
  'x',
  'also',
  'Also',
  'has',
  'J. Smith',
];
const SOURCE_GLUE = [' ', ' ', '  ', ', ', ',', '.', '?', '', '“', '\n'];
const leads = randomStrings(SOURCE_PIECES, [' ', ', ', '  ', '.'], 3000, 31, 3);
const SUBJECTS = ['Anna Berg', 'the memo', 'he', 'The White House', 'J. Smith', 'x', 'the', 'said', 'told'];
const CUES = ['said', 'has said', 'told', 'tells', 'Told', 'pointed out', 'saying', 'sayingé', 'x'];
const tails = leads.map((_, i) => {
  const [a, b] = [SUBJECTS[i % SUBJECTS.length], CUES[(i * 7 + 3) % CUES.length]];
  return i % 2 ? `${a} ${b}` : `${b}  ${a}`;
});
const ENDS = ['.', '?', '', ' .', ', a b.', ',', '!'];
const sourceTexts = [
  ...randomStrings(SOURCE_PIECES, SOURCE_GLUE, 6000, 23, 6),
  ...randomStrings(SOURCE_PIECES, SOURCE_GLUE, 1000, 29, 6).map((s) => ` ${s}`),
  // A lead, a comma, a source and a cue or a cue and a source, a stop: what the late patterns read.
  ...leads.map((lead, i) => `${lead}, ${tails[i].trimEnd()}${ENDS[i % ENDS.length]}`),
];

describe('cues with a source before or after them', () => {
  const SOURCE = `(?:the(?:\\s+[\\p{L}-]+){1,3}|${capitalisedRun(3)})`;
  const agree = (re: RegExp, scan: (s: string) => boolean) => {
    let hits = 0;
    for (const s of sourceTexts) {
      const want = re.test(s);
      if (want) hits++;
      expect([s, scan(s)]).toEqual([s, want]);
    }
    expect(hits).toBeGreaterThan(20);
  };

  it('cueBetween: a source before the cue (near LATE_SOURCE, CLOSING_SOURCE)', () => {
    const late = new RegExp(`^[^"“”.!?]{1,100}?,\\s+${SOURCE}\\s+$`, 'u');
    agree(new RegExp(`^[^"“”.!?]{1,100}?,\\s+${SOURCE}\\s+(?:${CUE})\\s*[.!?]$`, 'u'), (s) =>
      cueBetween(s, 'exact', late, /\s*[.!?]$/y),
    );
    const closing = new RegExp(`^\\s*${SOURCE}\\s+$`, 'u');
    agree(new RegExp(`^\\s*${SOURCE}\\s+(?:${CUE})\\s*(?:[.!?]|,\\s+\\p{Ll}+ing\\b)`, 'u'), (s) =>
      cueBetween(s, 'exact', closing, /\s*(?:[.!?]|,\s+\p{Ll}+ing\b)/uy),
    );
  });

  it('cueThen: an inverted cue and its source (near CLOSING_INVERTED, mention-after AFTER_INVERTED)', () => {
    const after = new RegExp(`\\s+${SOURCE}\\s*[.!?,]`, 'uy');
    agree(
      new RegExp(`^\\s*(?:${CUE_INVERTED})\\s+${SOURCE}\\s*[.!?,]`, 'u'),
      (s) => cueThen(s, spaceEnd(s, 0), 'exact', after, true) !== null,
    );
    const rest = `\\s+(?!that\\b|it\\b|this\\b|in\\b|on\\b|to\\b)(.+?)(?=\\s*[,.;:!?"“”(—]|\\s(?:${SOURCE_ENDS.join('|')})\\b|$)`;
    const whole = new RegExp(`^(${CUE_INVERTED})${rest}`, 'i');
    const sticky = new RegExp(rest, 'iy');
    for (const s of sourceTexts) {
      const want = whole.exec(s);
      const got = cueThen(s, 0, 'i', sticky, true);
      expect([s, got && [got.index + got[0].length, got[1]]]).toEqual([s, want && [want[0].length, want[2]]]);
    }
  });

  it('the late inverted cue (mention-after LATE_INVERTED): its source and where it starts', () => {
    const re = new RegExp(
      `^[^"“”.!?]{0,100}?,\\s+(?:${CUE_INVERTED})\\s+((?:[\\p{Lu}]|the\\s)[^,.;:!?"“”]{1,80}?)(?:,[^"“”]{0,240})?[.!?]?$`,
      'du',
    );
    let hits = 0;
    for (const s of sourceTexts) {
      const want = re.exec(s);
      if (want) hits++;
      const got = lateInverted(s);
      expect([s, got?.phrase, got?.at]).toEqual([s, want?.[1], want?.indices?.[1]?.[0]]);
    }
    expect(hits).toBeGreaterThan(20);
  });

  it('cueAfterLowerWords: who, up to four words, a cue (relative CUE_CLAUSE)', () => {
    const re = new RegExp(
      `^\\s+(?:(?!(?:${SOURCE_PRONOUNS.join('|')})\\s)[\\p{Ll}’']+\\s+){0,4}?(?:${CUE})\\b[^"“”.!?,]{0,120}$`,
      'u',
    );
    const pronouns = new Set(SOURCE_PRONOUNS);
    agree(re, (s) => cueAfterLowerWords(s, pronouns));
  });
});

// A name, an apposition, adverbs and a cue: what the mention-after readers look for.
const APPOSED = SOURCE_PIECES.map((p, i) => {
  const name = ['Anna Berg', 'Anna', 'J. Smith', 'anna', 'The White House', 'He', 'he'][i % 7];
  const middle = ['a b', 'x', 'a, b', 'the mayor of Ohio', '“x”', 'a. b'][i % 6];
  return `${name}, ${middle}, ${p}`;
});
const afterTexts = [
  ...sourceTexts,
  ...APPOSED.flatMap((a) => SOURCE_PIECES.map((p) => `${a} ${p}`)),
  ...APPOSED.flatMap((a) => ['.', ' in Ohio.', ' on Monday ', ' of', ''].map((e) => `${a.split(',')[0]} said${e}`)),
];

describe('the mention-after readers answer as their patterns', () => {
  const expectSame = <T>(re: RegExp, pick: (m: RegExpExecArray) => T, scan: (s: string) => T | null) => {
    let hits = 0;
    for (const s of afterTexts) {
      const m = re.exec(s);
      if (m) hits++;
      expect([s, scan(s)]).toEqual([s, m ? pick(m) : null]);
    }
    expect(hits).toBeGreaterThan(20);
  };

  it('AFTER_NORMAL: the words before adverbs and a cue', () => {
    const adverbs = new Set(BETWEEN_SOURCE_AND_CUE);
    expectSame(
      new RegExp(`^(.{1,150}?)\\s+${ADVERBS}(${CUE})\\b`, 'i'),
      (m) => m[1],
      (s) => beforeAdverbsAndCue(s, adverbs),
    );
  });

  it('LONG_APPOSITION: the name before a long apposition and its cue', () => {
    expectSame(
      new RegExp(`^(${capitalisedRun(3)}),\\s[^"“”.!?;]{2,240}?,\\s+${ADVERBS}(?:${CUE})\\b`, 'u'),
      (m) => m[1],
      longApposition,
    );
  });

  it('LATE_NORMAL: the subject of a cue that ends the text, and where it starts', () => {
    expectSame(
      new RegExp(
        `^[^"“”.!?]{0,100}?,\\s+(${capitalisedRun(4)}|he|she|they|the(?:\\s+[\\p{Ll}-]+){1,3})\\s+(?:${CUE})[.!?]?$`,
        'du',
      ),
      (m) => ({ phrase: m[1], at: m.indices![1]![0] }),
      lateNormal,
    );
  });

  it('SHORT_ATTRIBUTION: a whole sentence of attribution', () => {
    expectSame(
      new RegExp(
        `^\\s*(${capitalisedRun(3)}|[Hh]e|[Ss]he|[Tt]hey)\\s+(?:${CUE})` +
          `(?:\\s+(?:${TIME_OR_PLACE_AFTER_CUE.join('|')})\\b[^.!?"“”]{0,40})?[.!?]?\\s*$`,
        'u',
      ),
      (m) => m[1],
      shortSubject,
    );
  });

  it('first names: the name before a cue or after "said", at each place', () => {
    const ALONE = "(?=\\p{Lu})(?<![\\p{L}'’\\u2024-])(?<!\\p{Lu}[\\p{L}'’\\u2024.-]*[^\\S\\n]+)";
    const re = new RegExp(
      `${ALONE}(\\p{Lu}\\p{Ll}+)[^\\S\\n]+(?:${CUE})\\b|\\b(?:said|says)[^\\S\\n]+(\\p{Lu}\\p{Ll}+)(?=[,.;])`,
      'uy',
    );
    let hits = 0;
    for (const s of afterTexts.slice(0, 3000))
      for (let at = 0; at < s.length; at++) {
        re.lastIndex = at;
        const m = re.exec(s);
        if (m) hits++;
        expect([s, at, speaksAt(s, at)]).toEqual([s, at, m && { name: m[1] ?? m[2], end: at + m[0].length }]);
      }
    expect(hits).toBeGreaterThan(20);
  });
});

// Clauses before a quote: subjects, times, adverbs and cues, with marks, stops and a U+0000 of the text's own.
const CLAUSE_PIECES = [
  'he',
  'He',
  'It',
  'it',
  'I',
  'the mayor',
  'The mayor',
  'the man who',
  'Ann Reyes',
  'Trump’s',
  'in January',
  'to',
  'on Monday',
  'Monday',
  'last week',
  'also',
  'later',
  'quickly',
  'said',
  'told',
  'has said',
  'says',
  'ſaid',
  'SAID',
  'pointed out',
  'x',
  'a b',
];
const CLAUSE_GLUE = [' ', ' ', ' ', '  ', ', ', '. ', '\n', '“', '”', '\u0000', ';', ''];
const clauses = randomStrings(CLAUSE_PIECES, CLAUSE_GLUE, 2500, 41, 7);

describe('mention-before: the subject before a kept cue, marked', () => {
  const agreeAt = (old: RegExp, marks: (s: string) => ReturnType<typeof localCueMarks>, before: RegExp) => {
    let hits = 0;
    for (const s of clauses) {
      const m = marks(s);
      for (let at = 0; at < s.length; at++) {
        old.lastIndex = at;
        const want = old.exec(s);
        if (want) hits++;
        const got = m.matchAt(before, at);
        expect([s, at, got && [got.group, s.slice(...got.cue)]]).toEqual([s, at, want && [want.indices![1], want[2]]]);
      }
    }
    expect(hits).toBeGreaterThan(50);
  };

  it('BEFORE_CUE: the phrase and the cue', () => {
    agreeAt(
      new RegExp(`${BEFORE_CUE_SUBJECT}(${CUE})\\b(?:[^"“”]{0,200})$`, 'diuy'),
      beforeCueMarks,
      beforeMark(BEFORE_CUE_SUBJECT, 'iu'),
    );
  });

  it('LOCAL_CUE: the subject', () => {
    const old = new RegExp(`${LOCAL_CUE_SUBJECT}(${CUE})\\b[^"“”.!?]{0,120}$`, 'duy');
    let hits = 0;
    const before = beforeMark(LOCAL_CUE_SUBJECT, 'u');
    for (const s of clauses) {
      const m = localCueMarks(s);
      for (let at = 0; at < s.length; at++) {
        old.lastIndex = at;
        const want = old.exec(s);
        if (want) hits++;
        const got = m.matchAt(before, at);
        expect([s, at, got && [got.group, s.slice(...got.cue)]]).toEqual([
          s,
          at,
          want && [want.indices![1], want[want.length - 1]],
        ]);
      }
    }
    expect(hits).toBeGreaterThan(50);
  });
});

describe('patterns read without their long alternations', () => {
  it("DOCUMENT_HOLDER: a document's holder blanked, left to right", () => {
    const re = new RegExp(
      `(?<=\\b(?:${alternation(withCapitals(DOCUMENT_NOUNS))})\\b[^,.;:!?"“”]{0,80}?)${HOLDER_AFTER}`,
      'gu',
    );
    const pieces = ['A memo', 'memo', 'The e-mail', 'e-mail', 'email2', 'obtained by', 'sent to', 'given', 'seen by'];
    const more = ['Politico', 'The Associated Press', 'on Monday', 'x', 'reports', 'a b c d e f g h i j k l m n o p'];
    let hits = 0;
    for (const s of [
      ...randomStrings([...pieces, ...more], [' ', ' ', ', ', '. ', '', '\n'], 6000, 43, 7),
      ...clauses,
    ]) {
      const want = s.replace(re, (m) => ' '.repeat(m.length));
      if (want !== s) hits++;
      expect([s, withoutHolders(s)]).toEqual([s, want]);
    }
    expect(hits).toBeGreaterThan(20);
  });

  it('apposition: the name before a comma and a description, after a mark, a verb or the start', () => {
    const re = new RegExp(
      `(?:^|[.!?;:,"“”’—–(]\\s*|\\b(?:${CUE_VERBS.join('|')})\\s+)` +
        `((?:\\p{Lu}[\\p{L}'’\\u2024.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*)(?:\\s*\\([^()\\n]{1,30}\\))?,\\s+$`,
      'u',
    );
    const pieces = [
      'said',
      'wrote back',
      'wrote',
      'pointed  out',
      'Tim Hess',
      'Sen. Karl Brandt',
      '(R-Ohio)',
      'for',
      'x',
    ];
    let hits = 0;
    for (const s of randomStrings(pieces, [' ', ', ', '. ', '“', '', '  '], 4000, 47, 5).flatMap((t) => [
      t,
      `${t}, `,
    ])) {
      const m = re.exec(s);
      if (m) hits++;
      expect([s, nameThenComma(s)]).toEqual([s, m && { name: m[1], at: m.index + m[0].indexOf(m[1]) }]);
    }
    expect(hits).toBeGreaterThan(20);
  });
});
