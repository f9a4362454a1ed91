import { describe, expect, it } from 'vitest';
import { countLinks, normalizeTitle, prf } from './links';

describe('link scoring', () => {
  it.each([
    ['Kassym-Jomart Tokayev', 'kassym-Jomart_Tokayev'],
    ['Sputnik_(news_agency)', 'sputnik_(news_agency)'],
    [' Almaty ', 'almaty'],
  ])('normalises %j', (title, expected) => {
    expect(normalizeTitle(title)).toBe(expected);
  });

  it('counts titles as sets: spaces, underscores and first-letter case unified', () => {
    expect(
      countLinks(
        ['Almaty', 'almaty', 'Pakistan', 'Collective Security Treaty Organization'],
        ['Almaty', 'Collective_Security_Treaty_Organization', 'Astana'],
      ),
    ).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it('computes P/R/F1 and survives empty sets', () => {
    expect(prf({ tp: 2, fp: 1, fn: 1 })).toEqual({ p: 2 / 3, r: 2 / 3, f1: 2 / 3 });
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 0, r: 0, f1: 0 });
  });
});
