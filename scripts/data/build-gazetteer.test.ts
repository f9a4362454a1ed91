import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeLike } from './build-gazetteer';
import { countyRows } from './gazetteer-counties';

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

describe('US counties', () => {
  const rows = countyRows(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules'));
  const find = (name: string, state: string) => rows.find((r) => r.name === name && r.admin1 === state);

  it('names a county with its suffix, Louisiana parishes as parishes', () => {
    expect(find('Laurel County', 'KY')).toBeDefined();
    expect(find('Tangipahoa Parish', 'LA')).toBeDefined();
  });

  it('puts the point inside the county (Laurel County, Kentucky, around London KY)', () => {
    const laurel = find('Laurel County', 'KY')!;
    expect(laurel.lat).toBeCloseTo(37.1, 0);
    expect(laurel.lon).toBeCloseTo(-84.1, 0);
  });

  it('leaves out independent cities, which GeoNames has as towns', () => {
    expect(rows.some((r) => r.admin1 === 'VA' && r.name === 'Richmond County')).toBe(true);
    expect(rows.filter((r) => r.admin1 === 'VA' && r.name.startsWith('Virginia Beach'))).toEqual([]);
  });
});
