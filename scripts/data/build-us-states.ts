// US state lines for the Places map when it shows a story inside the United States: us-atlas (ISC; U.S. Census
// Bureau cartographic boundaries, 1:10m, TopoJSON in longitude/latitude), versioned, loaded lazily by the panel
// only when a US view needs it. Only the states object is kept; the panel draws the borders between states.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const US_STATES_FILE = 'us-states-v1.json';

export async function build(outDir: string): Promise<void> {
  const require = createRequire(import.meta.url);
  const { version, license } = JSON.parse(readFileSync(require.resolve('us-atlas/package.json'), 'utf8'));
  const topology = JSON.parse(readFileSync(require.resolve('us-atlas/states-10m.json'), 'utf8'));
  const statesOnly = { ...topology, objects: { states: topology.objects.states } };
  const file = {
    version: 1,
    source: `us-atlas ${version} states-10m (U.S. Census Bureau), ${license}`,
    topology: statesOnly,
  };
  writeFileSync(join(outDir, US_STATES_FILE), JSON.stringify(file));
}
