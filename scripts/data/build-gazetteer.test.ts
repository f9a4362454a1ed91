import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeLike } from './build-gazetteer';
import { admin1Rows } from './gazetteer-admin1';
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

describe('states and provinces from GeoNames admin-1 names', () => {
  const modules = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules');
  const town = (name: string, country: string, admin1: string, population: number, lat = 0, lon = 0) => ({
    names: [name],
    lat,
    lon,
    country,
    population,
    admin1,
  });
  const towns = [
    town('Jaipur', 'IN', '24', 3_000_000, 26.9, 75.8),
    town('Jodhpur', 'IN', '24', 1_000_000, 26.3, 73.0),
    town('Bikaner', 'IN', '24', 600_000, 28.0, 73.3),
    town('Maiduguri', 'NG', '27', 1_000_000, 11.8, 13.2),
    town('Lagos', 'NG', '25', 9_000_000, 6.5, 3.4),
    town('Ikeja', 'NG', '25', 300_000, 6.6, 3.3),
  ];
  const rows = admin1Rows(modules, towns, new Set(['punjab']));
  const named = (n: string) => rows.find((r) => r.names.includes(n));

  it('places a division at the median of its towns and ranks it by their people', () => {
    expect(named('Rajasthan')).toMatchObject({
      country: 'IN',
      admin1: '24',
      lat: 26.9,
      lon: 73.3,
      population: 4_600_000,
    });
  });
  it('answers to the name with and without its type ("Borno State", "Borno")', () => {
    expect(named('Borno State')?.names).toEqual(['Borno State', 'Borno']);
  });
  it('leaves a division to the town of its name (Lagos) and countries with no town out', () => {
    expect(named('Lagos')).toBeUndefined();
    expect(rows.every((r) => r.country === 'IN' || r.country === 'NG')).toBe(true);
  });
});
