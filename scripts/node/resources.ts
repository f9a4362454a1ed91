// Loads the shipped data files (built by `npm run build:data` into public/data/) for Node runs.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisResources } from '../../lib/analyze';
import { GAZETTEER_FILE, loadGazetteer } from '../../lib/places';
import { KNOWLEDGE_BASE_FILE, loadKnowledgeBase } from '../../lib/entities';

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'data');

function readData(name: string): string | null {
  const path = join(DATA_DIR, name);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

export async function loadResources(): Promise<AnalysisResources> {
  const gazetteerText = readData(GAZETTEER_FILE);
  const kbText = readData(KNOWLEDGE_BASE_FILE);
  return {
    gazetteer: gazetteerText === null ? null : loadGazetteer(gazetteerText),
    knowledgeBase: kbText === null ? null : loadKnowledgeBase(kbText),
    now: () => performance.now(),
  };
}
