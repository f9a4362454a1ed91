// The cue scans (cue-scan.ts) answer as the patterns they replace, on random strings built from cue words, their near
// misses and the characters the patterns look at (marks, stops, white space, the long s and the Kelvin sign).
import { describe, expect, it } from 'vitest';
import { randomStrings } from '../text/random-strings';
import { CUE } from './cues';
import {
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
