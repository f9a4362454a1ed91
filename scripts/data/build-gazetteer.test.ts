import { describe, expect, it } from 'vitest';
import { codeLike } from './build-gazetteer';

describe('GeoNames alternates left out of the gazetteer', () => {
  it.each([
    ['an airport code', 'HRB', 'Harbin', true],
    ['a short clipping', 'Day', 'Dayton', true],
    ['a short respelling that only drops an apostrophe', 'Xian', 'Xi’an', false],
    ['a longer respelling', 'Aqtau', 'Aktau', false],
    ['an accent-free short name', 'Pune', 'Puné', false],
  ])('%s', (_label, alternate, name, dropped) => {
    expect(codeLike(alternate, name)).toBe(dropped);
  });
});
