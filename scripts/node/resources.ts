// Loads the shipped data files (built by `npm run build:data` into public/data/) for Node runs.
import { isAscii } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalysisResources } from '../../lib/analyze';
import { GAZETTEER_FILE, loadGazetteer } from '../../lib/places';
import { KNOWLEDGE_BASE_FILE, loadKnowledgeBase } from '../../lib/entities';

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'data');

/**
 * The file's text, decoded as UTF-8. The data files are built in ASCII, whose UTF-8 is its Latin-1: read so, Node
 * makes the string without a decoding pass (tens of milliseconds for the gazetteer) and outside the heap.
 */
function readData(name: string): string | null {
  const path = join(DATA_DIR, name);
  if (!existsSync(path)) return null;
  const bytes = readFileSync(path);
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
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
