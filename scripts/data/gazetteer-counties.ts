// US counties for the gazetteer ("Laurel County", "Tangipahoa Parish"): local news names them as
// often as towns, and GeoNames' cities file has no second-level areas. Source: the Census
// Bureau's county shapes in us-atlas; each county's point is the centroid of its shape.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** State FIPS code → postal code, which is GeoNames' admin-1 code for US places. */
const STATES: Record<string, string> = {
  '01': 'AL',
  '04': 'AZ',
  '05': 'AR',
  '06': 'CA',
  '08': 'CO',
  '09': 'CT',
  '10': 'DE',
  '12': 'FL',
  '13': 'GA',
  '15': 'HI',
  '16': 'ID',
  '17': 'IL',
  '18': 'IN',
  '19': 'IA',
  '20': 'KS',
  '21': 'KY',
  '22': 'LA',
  '23': 'ME',
  '24': 'MD',
  '25': 'MA',
  '26': 'MI',
  '27': 'MN',
  '28': 'MS',
  '29': 'MO',
  '30': 'MT',
  '31': 'NE',
  '32': 'NV',
  '33': 'NH',
  '34': 'NJ',
  '35': 'NM',
  '36': 'NY',
  '37': 'NC',
  '38': 'ND',
  '39': 'OH',
  '40': 'OK',
  '41': 'OR',
  '42': 'PA',
  '44': 'RI',
  '45': 'SC',
  '46': 'SD',
  '47': 'TN',
  '48': 'TX',
  '49': 'UT',
  '50': 'VT',
  '51': 'VA',
  '53': 'WA',
  '54': 'WV',
  '55': 'WI',
  '56': 'WY',
};

/** States whose county codes from 510 up are independent cities (Richmond, Baltimore, St. Louis), already in GeoNames as towns. */
const INDEPENDENT_CITIES = new Set(['24', '29', '32', '51']);

export interface CountyRow {
  name: string;
  lat: number;
  lon: number;
  admin1: string;
}

/** Alaska's boroughs and census areas and DC are left out: their names are not "X County". */
export function countyRows(modules: string): CountyRow[] {
  const topology = JSON.parse(readFileSync(join(modules, 'us-atlas', 'counties-10m.json'), 'utf8')) as Topology;
  const counties = feature(topology, topology.objects.counties as GeometryCollection<{ name: string }>);
  const rows: CountyRow[] = [];
  for (const f of counties.features) {
    const id = String(f.id);
    const state = STATES[id.slice(0, 2)];
    if (!state || (INDEPENDENT_CITIES.has(id.slice(0, 2)) && Number(id.slice(2)) >= 510)) continue;
    const [lon, lat] = geoCentroid(f);
    const suffix = state === 'LA' ? 'Parish' : 'County';
    const name = f.properties.name;
    rows.push({ name: name.endsWith(suffix) ? name : `${name} ${suffix}`, lat, lon, admin1: state });
  }
  return rows;
}
