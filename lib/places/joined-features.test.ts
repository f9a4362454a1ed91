// joinedMatches tries the joined-feature pattern only at the capitals just before a hyphen or a dash: it must find
// what a global scan of the whole text finds, on hand-picked edges and on random strings built from the pattern's
// own pieces (two-word sides, brackets, a dot or a hyphen before a side, letters outside ASCII, surrogate pairs).
import { describe, expect, it } from 'vitest';
import { joinedMatches } from './joined-features';
import { randomStrings } from '../text/random-strings';

const GLOBAL = new RegExp(
  String.raw`(?<![\p{L}.-])(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)[-–](\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?)(?:\s+\([^)\s]{1,8}\))?\s+(highway|road|motorway|expressway|railway|railroad|pipeline|plateau)\b`,
  'gu',
);
const PIECES = [
  'Baghdad',
  'Abu',
  'Dhabi',
  'Tibet',
  'Éire',
  'road',
  'highway',
  'plateau',
  '(M2)',
  'x',
  'Q',
  '𝐀bc',
  'to',
];
const GLUE = [' ', ' ', '-', '–', '-', '  ', '\n', '.', '(', ''];

const randomTexts = (n: number) => randomStrings(PIECES, GLUE, n, 11, 9);

const spans = (ms: RegExpExecArray[]) => ms.map((m) => [m.index, m[0], m[1], m[2], m[3]]);

describe('joinedMatches', () => {
  it('finds what a global scan finds, in order and without overlaps', () => {
    const edges = [
      'the Baghdad-Damascus (M2) highway and the Abu Dhabi-Tibet road',
      'the Qinghai-Tibet plateau',
      'a Baghdad-Damascus-Tibet road', // the scan goes on after a match, not from its second side
      'x.Baghdad-Damascus road', // a dot before the side: no match there
      'Abu  Dhabi-Tibet road', // two spaces: the side is one word
      'Éire-Tibet highway, Tibet–Éire railway',
    ];
    for (const s of edges.concat(randomTexts(20000))) {
      expect([s, spans(joinedMatches(s))]).toEqual([s, spans([...s.matchAll(GLOBAL)])]);
    }
  });

  it('finds each match once along a long hyphenated token', () => {
    const s = `${'a-'.repeat(500)} Baghdad-Damascus road`;
    expect(spans(joinedMatches(s))).toEqual([[1001, 'Baghdad-Damascus road', 'Baghdad', 'Damascus', 'road']]);
  });
});
