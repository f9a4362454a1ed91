// Golden pages: every fixture page's full analysis (the CLI's pipeline with the shipped gazetteer and knowledge
// base from public/data) must equal the accepted tests/fixtures/pages/<id>/expected.json, and where a gold.json
// lies beside it, no score against the gold may fall below gold-floor.json.
// After an intended change, `npm run golden:update` (UPDATE_SNAPSHOT=1) rewrites both; review the diff and commit it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisResources } from '../../lib/analyze';
import type { Analysis } from '../../lib/types';
import { analyzeHtml, DEFAULT_URL } from '../../scripts/node/pipeline';
import { loadResources } from '../../scripts/node/resources';
import { belowFloor, goldScores, type Gold, type Scores } from '../golden/gold-score';
import { diffJson, snapshotOf } from '../golden/snapshot';

const PAGES = resolve(__dirname, '../fixtures/pages');
const UPDATE = process.env.UPDATE_SNAPSHOT === '1' || process.env.UPDATE_SNAPSHOT === 'all';
const SHOWN = 40;
const ids = readdirSync(PAGES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const writeJson = (path: string, value: unknown) => writeFileSync(path, JSON.stringify(value, null, 2) + '\n');

let resources: AnalysisResources;
const analyses = new Map<string, Analysis | null>();
function analysisOf(id: string): Analysis | null {
  if (!analyses.has(id))
    analyses.set(id, analyzeHtml(readFileSync(join(PAGES, id, 'source.html'), 'utf8'), DEFAULT_URL, resources));
  return analyses.get(id)!;
}

beforeAll(async () => {
  resources = await loadResources();
  // Missing data would change every page's places and links: a failure, never a skip.
  if (!resources.gazetteer || !resources.knowledgeBase)
    throw new Error('public/data is missing: run `npx tsx scripts/build-data.ts`');
});

describe('golden pages', () => {
  it('there are at least the ten fixture pages, each with its source', () => {
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const id of ['seed-kazakhstan', 'hostile', 'no-article']) expect(ids).toContain(id);
    expect(ids.filter((id) => !existsSync(join(PAGES, id, 'source.html')))).toEqual([]);
  });

  it.each(ids)('%s: the analysis equals expected.json', (id) => {
    const file = join(PAGES, id, 'expected.json');
    const actual = snapshotOf(analysisOf(id));
    if (UPDATE) writeJson(file, actual);
    if (!existsSync(file))
      throw new Error(`${id}: expected.json is missing (accept the current output with \`npm run golden:update\`)`);
    const diffs = diffJson(readJson(file), actual).map((d) => `${id}: ${d}`);
    const shown = diffs.length > SHOWN ? [...diffs.slice(0, SHOWN), `… and ${diffs.length - SHOWN} more`] : diffs;
    expect(
      shown,
      `${id}: analysis differs from expected.json (intended? \`npm run golden:update\`, then review the diff)`,
    ).toEqual([]);
  });

  const withGold = ids.filter((id) => existsSync(join(PAGES, id, 'gold.json')));
  it.each(withGold)('%s: no gold score falls below gold-floor.json', (id) => {
    const file = join(PAGES, id, 'gold-floor.json');
    const scores = goldScores(analysisOf(id), readJson<Gold>(join(PAGES, id, 'gold.json')));
    if (UPDATE) writeJson(file, scores);
    if (!existsSync(file))
      throw new Error(`${id}: gold-floor.json is missing (write it with \`npm run golden:update\`)`);
    expect(belowFloor(scores, readJson<Scores>(file)).map((d) => `${id}: ${d}`)).toEqual([]);
  });
});
