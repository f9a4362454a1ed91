// Cold open in Chromium: toolbar click → first paint of the panel, for News Lens (the article's headline) and, in the
// same run, for a minimal extension whose side panel is an empty page with one heading. Three fresh browsers each,
// medians compared. The target is ≤ 1.3×; on this shared 2-core machine single runs swing from 1.3× to 2.2×, so
// the ratio is printed and only a gross regression (over 3× and 500 ms) fails, e.g. a first paint that waits for
// the gazetteer or the knowledge base again.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, pollUntil, startFixtureServer, type FixtureServer } from './harness';

const SEED = '/pages/seed-kazakhstan/source.html';
const RUNS = 3;

/** The smallest extension that opens a side panel on the toolbar click. */
function minimalExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'news-lens-baseline-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name: 'Baseline', version: '1.0', permissions: ['sidePanel'],
    action: { default_title: 'Baseline' }, background: { service_worker: 'background.js' },
    side_panel: { default_path: 'sidepanel.html' },
  }));
  writeFileSync(join(dir, 'background.js'), 'chrome.action.onClicked.addListener((tab) => { chrome.sidePanel.open({ tabId: tab.id }); });\n');
  writeFileSync(join(dir, 'sidepanel.html'), '<!doctype html><meta charset="utf-8"><title>Baseline</title><h1 data-testid="title">Empty</h1>\n');
  return dir;
}

async function coldOpen(url: string, extensionPath?: string): Promise<number> {
  const session = await launchChromium(extensionPath ? { extensionPath } : {});
  try {
    await session.open(url);
    const clicked = performance.now();
    await session.clickToolbar();
    const panel = await session.panel();
    await pollUntil(() => panel.query((doc) => !!doc.querySelector('[data-testid=title]')), 20000, 'first paint');
    return performance.now() - clicked;
  } finally {
    await session.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

describe('chromium cold open', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('click → first paint compared with a minimal side-panel extension', async () => {
    const baseline = minimalExtension();
    const ours: number[] = [];
    const empty: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      empty.push(await coldOpen(server.url(SEED), baseline));
      ours.push(await coldOpen(server.url(SEED)));
    }
    const ratio = median(ours) / median(empty);
    console.log(`[timing] cold open: News Lens ${ours.map((t) => t.toFixed(0)).join('/')} ms, empty panel ${empty.map((t) => t.toFixed(0)).join('/')} ms; median ratio ${ratio.toFixed(2)}`);
    expect(median(ours)).toBeLessThanOrEqual(median(empty) * 3 + 500);
  }, 300_000);
});
