import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeLike } from './build-gazetteer';
import { admin1Rows } from './gazetteer-admin1';
import { admin2Rows } from './gazetteer-admin2';
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

  it('elsewhere keeps a division of some size, not words of position, a small parish or the end of a bigger name', () => {
    const world = admin1Rows(
      modules,
      [
        town('Gonaïves', 'HT', '06', 300_000),
        town('Port-au-Prince', 'HT', '11', 1_200_000),
        town('Roskilde', 'DK', '20', 400_000),
        town('St. George', 'BM', '06', 2_000),
      ],
      new Set(['new zealand']),
    );
    // Artibonite (HT.06) stays; Ouest (HT.11, "West"), Zealand (DK.20, the end of New Zealand) and Saint George
    // (BM.06, a parish of 2,000) do not.
    expect(world.map((r) => r.names[0])).toEqual(['Artibonite']);
  });
});

describe('British and Irish counties from GeoNames admin-2 names', () => {
  const modules = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules');
  const town = (name: string, key: string, population: number, lat = 0, lon = 0) => ({
    key,
    names: [name.toLowerCase()],
    lat,
    lon,
    population,
  });
  // GB.ENG.G5 is Kent, GB.ENG.K7 Reading, GB.ENG.N7 Surrey, IE.M.04 County Cork in GeoNames' admin-2 table.
  const towns = [
    town('Maidstone', 'GB.ENG.G5', 110_000, 51.27, 0.52),
    town('Canterbury', 'GB.ENG.G5', 55_000, 51.28, 1.08),
    town('Dover', 'GB.ENG.G5', 30_000, 51.13, 1.31),
    town('Reading', 'GB.ENG.K7', 230_000, 51.45, -0.97),
    town('Guildford', 'GB.ENG.N7', 77_000, 51.24, -0.57),
    town('Cork', 'IE.M.04', 190_000, 51.9, -8.47),
    town('Mallow', 'IE.M.04', 12_000, 52.13, -8.65),
  ];
  const rows = admin2Rows(modules, towns, new Set(['surrey']));
  const named = (n: string) => rows.find((r) => r.names.includes(n));

  it('places a county at the median of its towns and ranks it by their people', () => {
    expect(named('Kent')).toMatchObject({ country: 'GB', admin1: 'ENG', lat: 51.27, lon: 1.08, population: 195_000 });
  });
  it('leaves a county to the big town of its name (Reading, Cork) and names already taken out', () => {
    expect(named('Reading')).toBeUndefined();
    expect(named('Surrey')).toBeUndefined();
    expect(named('County Cork')?.names).toEqual(['County Cork']);
  });
  it('reads Philippine provinces by their own names, not districts, cities, given names or short words', () => {
    // PH.01.51 is Pangasinan, PH.14.72 Tawi-Tawi, PH.03.47 Nueva Ecija, PH.NCR.133900000 Manila's Capital District.
    const ph = admin2Rows(
      modules,
      [
        town('Manaoag', 'PH.01.51', 59_000, 16.04, 120.49),
        town('Bongao', 'PH.14.72', 100_000, 5.03, 119.77),
        town('Cabanatuan City', 'PH.03.47', 327_000, 15.49, 120.97),
        town('Manila', 'PH.NCR.133900000', 1_600_000, 14.6, 120.98),
      ],
      new Set(),
    );
    const names = ph.filter((r) => r.country === 'PH').map((r) => r.names);
    expect(names).toContainEqual(['Pangasinan']);
    expect(names).toContainEqual(['Tawi-Tawi']);
    expect(names).toContainEqual(['Nueva Ecija']);
    expect(names.flat().some((n) => /Province of|District$/.test(n))).toBe(false);
  });
  it('keeps councils named for their seat out ("City and Borough of Leeds") and counties with no town', () => {
    expect(rows.some((r) => /\b(?:of|City|Borough)\b/.test(r.names[0]))).toBe(false);
    expect(rows.map((r) => r.names[0]).sort()).toEqual(['County Cork', 'Kent']);
  });
});
