import { describe, expect, it } from 'vitest';
import { canonicalTitle, scoreDocument, titleSetCounts, type GoldMention } from './el-scoring';

const gold: GoldMention[] = [
  { start: 0, end: 6, surface: 'Almaty', wikipedia: 'Almaty' },
  { start: 10, end: 14, surface: 'CSTO', wikipedia: 'Collective_Security_Treaty_Organization' },
  { start: 20, end: 25, surface: 'Acme', wikipedia: null },
  { start: 30, end: 36, surface: 'Zürich', wikipedia: 'Z%C3%BCrich' },
  { start: 40, end: 48, surface: 'Tokayev', wikipedia: 'Kassym-Jomart_Tokayev' },
];

describe('EL scoring', () => {
  it('folds case, spaces, escapes and diacritics', () => {
    expect(canonicalTitle('Zürich')).toBe(canonicalTitle('Z%C3%BCrich'));
    expect(canonicalTitle('C\\u00F3rdoba_Province')).toBe(canonicalTitle('Córdoba Province'));
    expect(canonicalTitle('New York City')).toBe('new_york_city');
  });

  it('counts strong matches, ignores predictions on NIL gold, sorts misses by cause', () => {
    const predicted = [
      { start: 0, end: 6, title: 'Almaty' },
      { start: 10, end: 14, title: 'CSTO_(band)' },
      { start: 20, end: 25, title: 'Acme_Corporation' },
      { start: 30, end: 36, title: 'Zurich' },
      { start: 50, end: 55, title: 'Astana' },
    ];
    const inKb = (t: string) => t !== canonicalTitle('Kassym-Jomart_Tokayev');
    const s = scoreDocument(gold, predicted, inKb);
    expect([s.tp, s.fp, s.fn]).toEqual([2, 2, 2]);
    expect(s.misses).toEqual({ notInKb: 1, wrongTitle: 1, otherSpan: 0, notRecognised: 0 });
  });

  it('tells a right title on another span from a name never found', () => {
    const s = scoreDocument(gold, [{ start: 40, end: 44, title: 'Kassym-Jomart Tokayev' }], () => true);
    expect(s.misses.otherSpan).toBe(1);
    expect(s.misses.notRecognised).toBe(3);
  });

  it('scores per-document title sets without NIL gold', () => {
    expect(
      titleSetCounts(gold, [
        { start: 0, end: 6, title: 'almaty' },
        { start: 1, end: 2, title: 'Astana' },
      ]),
    ).toEqual({ tp: 1, fp: 1, fn: 3 });
  });
});
