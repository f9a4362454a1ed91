// Wikipedia titles for places the places engine resolves: cities by their GeoNames point, regions
// by name. The places engine has already decided that a word is a place (not "Moscow said"), so
// the knowledge base only has to know what English Wikipedia calls that exact place.
import { readFileSync } from 'node:fs';
import type { KbCity } from '../../lib/entities/knowledge-base';
import { REGIONS, type RegionRow } from './gazetteer-regions';

interface Town {
  name: string;
  lat: number;
  lon: number;
  country: string;
  admin1: string;
  population: number;
  feature: string;
}

/** US cities Wikipedia titles without the state (the AP Stylebook's stand-alone dateline cities). */
const US_STANDALONE: Record<string, string> = {
  Atlanta: 'Atlanta',
  Baltimore: 'Baltimore',
  Boston: 'Boston',
  Chicago: 'Chicago',
  Cincinnati: 'Cincinnati',
  Cleveland: 'Cleveland',
  Dallas: 'Dallas',
  Denver: 'Denver',
  Detroit: 'Detroit',
  Honolulu: 'Honolulu',
  Houston: 'Houston',
  Indianapolis: 'Indianapolis',
  'Las Vegas': 'Las_Vegas',
  'Los Angeles': 'Los_Angeles',
  Miami: 'Miami',
  Milwaukee: 'Milwaukee',
  Minneapolis: 'Minneapolis',
  'New Orleans': 'New_Orleans',
  'New York City': 'New_York_City',
  'Oklahoma City': 'Oklahoma_City',
  Philadelphia: 'Philadelphia',
  Phoenix: 'Phoenix,_Arizona',
  Pittsburgh: 'Pittsburgh',
  'St. Louis': 'St._Louis',
  'Salt Lake City': 'Salt_Lake_City',
  'San Antonio': 'San_Antonio',
  'San Diego': 'San_Diego',
  'San Francisco': 'San_Francisco',
  Seattle: 'Seattle',
  Washington: 'Washington,_D.C.',
};

/** Region rows whose first name is not the article title. */
const REGION_TITLES: Record<string, string> = {
  Georgia: 'Georgia_(U.S._state)',
  'New York State': 'New_York_(state)',
  'Washington State': 'Washington_(state)',
  // Keyed "name|country" where two countries' regions share a name.
  'Punjab|PK': 'Punjab,_Pakistan',
  'Punjab|IN': 'Punjab,_India',
  Gaza: 'Gaza_Strip',
  Kurdistan: 'Kurdistan',
  Mangystau: 'Mangystau_Region',
  'Idlib Province': 'Idlib_Governorate',
  Sinai: 'Sinai_Peninsula',
  'Atlantic Ocean': 'Atlantic_Ocean',
};
/** Alternative names that have an article of their own, not the row's. */
const NAME_TITLES: Record<string, string> = {
  'latin america': 'Latin_America',
  'iraqi kurdistan': 'Kurdistan_Region',
  'gaza strip': 'Gaza_Strip',
};

/** Towns below these sizes are too often a namesake the places engine should not have picked. */
const US_MIN_POPULATION = 5_000;
const WORLD_MIN_POPULATION = 50_000;
/** A non-US town owns its plain name on Wikipedia only when it is this many times its largest namesake. */
const DOMINANCE = 5;
const PLAIN_NAME = /^[A-Za-z][A-Za-z .'-]+$/;
const TOWN_FEATURES = /^PPL(?:A\d?|C)?$/;

function readTowns(file: string): Town[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const c = line.split('\t');
      return {
        name: c[1],
        lat: Number(c[4]),
        lon: Number(c[5]),
        feature: c[7],
        country: c[8],
        admin1: c[10],
        population: Number(c[14]) || 0,
      };
    });
}

function stateNames(): Map<string, string> {
  const us = REGIONS.filter((r) => r.country === 'US' && r.kind === 'ADM1' && r.admin1);
  return new Map(us.map((r) => [r.admin1!, r.names[0].replace(/ State$/, '')]));
}

/** Largest namesake population per name, over every town (so a dominant town is really dominant). */
function largestByName(towns: Town[]): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  for (const t of towns) byName.set(t.name, [...(byName.get(t.name) ?? []), t.population]);
  for (const sizes of byName.values()) sizes.sort((a, b) => b - a);
  return byName;
}

function cityTitle(t: Town, states: Map<string, string>, sizes: number[]): string | null {
  if (!TOWN_FEATURES.test(t.feature) || !PLAIN_NAME.test(t.name)) return null;
  if (t.country === 'US') {
    if (t.population < US_MIN_POPULATION) return null;
    const standalone = US_STANDALONE[t.name];
    if (standalone && sizes[0] === t.population) return standalone; // fixed: "New York" is not New_York_City's title
    const state = states.get(t.admin1);
    return state ? `${t.name}, ${state}`.replace(/ /g, '_') : null;
  }
  if (t.population < WORLD_MIN_POPULATION || sizes[0] !== t.population) return null;
  return sizes.length < 2 || t.population >= DOMINANCE * sizes[1] ? t.name.replace(/ /g, '_') : null;
}

/**
 * Outside the US the plain name is the title, and the article's English form beats GeoNames' (GeoNames
 * still files Aktau as "Shevchenko"). US titles name the state, except the stand-alone cities.
 */
function titleKind(t: Town, title: string): KbCity[3] {
  if (t.country !== 'US') return 'name';
  if (US_STANDALONE[t.name] === title) return 'fixed';
  // Washington, Pennsylvania needs its state said next to it: "Washington" alone is the capital.
  return US_STANDALONE[t.name] ? 'qualified' : 'state';
}

/** Cities as [lat, lon, title, kind] rows, for lookup by the point the places engine resolved. */
export function buildCityTitles(citiesFile: string): KbCity[] {
  const towns = readTowns(citiesFile);
  const states = stateNames();
  const sizes = largestByName(towns);
  const rows: KbCity[] = [];
  for (const t of towns) {
    const title = cityTitle(t, states, sizes.get(t.name)!);
    if (title) rows.push([Number(t.lat.toFixed(4)), Number(t.lon.toFixed(4)), title, titleKind(t, title)]);
  }
  return rows;
}

function regionTitle(row: RegionRow): string {
  return (
    REGION_TITLES[`${row.names[0]}|${row.country}`] ?? REGION_TITLES[row.names[0]] ?? row.names[0].replace(/ /g, '_')
  );
}

/** Names that regions of different countries share (Punjab): their titles are keyed "name|country". */
function sharedNames(): Set<string> {
  const countries = new Map<string, Set<string>>();
  for (const row of REGIONS)
    for (const n of row.names)
      countries.set(n.toLowerCase(), (countries.get(n.toLowerCase()) ?? new Set()).add(row.country));
  return new Set([...countries].filter(([, cs]) => cs.size > 1).map(([n]) => n));
}

/** Lower-case region name (or "name|country" for shared names) → title; US states also answer to their name without "State". */
export function buildRegionTitles(): Record<string, string> {
  const out: Record<string, string> = {};
  const shared = sharedNames();
  for (const row of REGIONS) {
    for (const name of row.names) {
      if (name.startsWith('=')) continue;
      const key = shared.has(name.toLowerCase()) ? `${name.toLowerCase()}|${row.country}` : name.toLowerCase();
      out[key] = NAME_TITLES[key] ?? regionTitle(row);
      if (row.country === 'US' && row.admin1) out[key.replace(/ state$/, '')] = regionTitle(row);
    }
  }
  return out;
}
