// The Places map's outline: world-atlas country borders (Natural Earth 1:50m, TopoJSON), versioned, loaded
// lazily by the panel when the Places tab opens. Only the countries object is kept.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const MAP_OUTLINE_FILE = 'map-outline-v1.json';

export async function build(outDir: string): Promise<void> {
  const require = createRequire(import.meta.url);
  const source = require.resolve('world-atlas/countries-50m.json');
  const { version } = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8'));
  const topology = JSON.parse(readFileSync(source, 'utf8'));
  const countriesOnly = { ...topology, objects: { countries: topology.objects.countries } };
  const file = { version: 1, source: `world-atlas ${version} countries-50m (Natural Earth)`, topology: countriesOnly };
  writeFileSync(join(outDir, MAP_OUTLINE_FILE), JSON.stringify(file));
}
