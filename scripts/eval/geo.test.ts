import { describe, expect, it } from 'vitest';
import { errorAuc, scoreDoc, type GeoScores } from './geo';

describe('geo scoring', () => {
  it('counts exact spans only and measures distance on matches with coordinates', () => {
    const s: GeoScores = { spans: { tp: 0, fp: 0, fn: 0 }, errors: [], located: 0, noPoint: 0 };
    const gold = [
      { start: 0, end: 6, lat: 33.89, lon: 35.5, type: 'Mixed' },
      { start: 10, end: 15, lat: null, lon: null, type: 'Literal' },
      { start: 20, end: 25, lat: 36.2, lon: 37.15, type: 'Literal' },
    ];
    scoreDoc(
      s,
      [
        { start: 0, end: 6, lat: 33.89, lon: 35.5 },
        { start: 10, end: 15, lat: 1, lon: 1 },
        { start: 20, end: 24, lat: 36.2, lon: 37.15 }, // off by one character: no match
      ],
      gold,
    );
    expect(s.spans).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(s.errors).toHaveLength(1);
    expect(s.errors[0]).toBeLessThan(0.01);
    expect(s.located).toBe(2);
  });

  it('counts a span listed with no map point as recognised, not as resolved', () => {
    const s: GeoScores = { spans: { tp: 0, fp: 0, fn: 0 }, errors: [], located: 0, noPoint: 0 };
    const gold = [{ start: 0, end: 6, lat: 33.89, lon: 35.5, type: 'Literal' }];
    scoreDoc(s, [{ start: 0, end: 6, lat: null, lon: null }], gold);
    expect(s.spans).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.errors).toEqual([]);
    expect(s.noPoint).toBe(1);
  });

  it('AUC is 0 for perfect answers and grows with error', () => {
    expect(errorAuc([0, 0, 0])).toBe(0);
    expect(errorAuc([0, 100, 1000])).toBeGreaterThan(errorAuc([0, 10, 100]));
    expect(errorAuc([20039, 20039])).toBeCloseTo(1, 4);
  });
});
