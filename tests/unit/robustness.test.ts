// A fast sample of the robustness run (the full run is `npm run robustness -- <corpus>`): the repo's fixture
// pages and one generated malformed page of every kind, each in a worker with a time limit.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES } from '../robustness/generate-pages';
import { summarize } from '../robustness/report';
import { runJobs } from '../robustness/runner';

const PAGES = resolve(__dirname, '../fixtures/pages');

describe('robustness sample', () => {
  it('every fixture page and every kind of malformed page ends with a clear outcome, no crash, no hang', async () => {
    const fixtures = readdirSync(PAGES).map((name) => ({
      name,
      kind: 'fixture',
      file: resolve(PAGES, name, 'source.html'),
    }));
    // Scaled-down limits (3 %) keep this under a minute; the full run uses 10 MB pages and 50,000-deep nesting.
    const generated = KIND_NAMES.map((_, index) => ({ seed: 7, index, scale: 0.03 }));
    const results = await runJobs([...fixtures, ...generated], { workers: 2, limitMs: 30_000 });
    const report = summarize(results);
    expect(
      results.filter((r) => !['analysed', 'no article'].includes(r.outcome)),
      report,
    ).toEqual([]);
    expect(new Set(results.map((r) => r.kind))).toEqual(new Set(['fixture', ...KIND_NAMES]));
    expect(results.find((r) => r.name === 'seed-kazakhstan')?.outcome).toBe('analysed');
    expect(results.find((r) => r.name === 'no-article')?.outcome).toBe('no article');
  }, 120_000);
});
