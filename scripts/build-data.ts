// npm run build:data: runs every scripts/data/build-*.ts; each writes its versioned file into public/data/.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', 'public', 'data');
mkdirSync(outDir, { recursive: true });
const dataDir = join(here, 'data');
const builders = (existsSync(dataDir) ? readdirSync(dataDir) : [])
  .filter((f) => /^build-.*\.ts$/.test(f) && !f.endsWith('.test.ts'))
  .sort();
// (build-gazetteer.test.ts sits beside its builder; importing a test file outside vitest throws.)
for (const file of builders) {
  const started = performance.now();
  const mod = await import(pathToFileURL(join(here, 'data', file)).href);
  await mod.build(outDir);
  console.log(`${file}: ${(performance.now() - started).toFixed(0)} ms`);
}
