// Timings in Chromium, reported not asserted: toolbar click → first panel paint (headline) → full analysis shown,
// on the reference article and the five largest English corpus pages (read from ../shared/corpus when present).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, pollUntil, REPO_ROOT, startFixtureServer, type ExtensionSession, type FixtureServer } from './harness';

const CORPUS = resolve(REPO_ROOT, '..', 'shared', 'corpus');

function largestPages(count: number): string[] {
  if (!existsSync(resolve(CORPUS, 'manifest.jsonl'))) return [];
  return readFileSync(resolve(CORPUS, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { html_path: string; html_bytes: number; lang: string })
    .filter((p) => p.lang === 'en' && p.html_path.startsWith('pages/'))
    .sort((a, b) => b.html_bytes - a.html_bytes)
    .slice(0, count)
    .map((p) => `/${p.html_path}`);
}

describe('chromium timings', () => {
  let session: ExtensionSession;
  let fixtures: FixtureServer;
  let corpus: FixtureServer | null = null;

  beforeAll(async () => {
    fixtures = await startFixtureServer();
    if (existsSync(CORPUS)) corpus = await startFixtureServer(CORPUS);
    else console.log(`[timing] ${CORPUS} not found: timing the reference article only`);
    session = await launch('chromium');
  });
  afterAll(async () => {
    await session?.close();
    await fixtures?.close();
    await corpus?.close();
  });

  it('click → first paint → analysis shown', async () => {
    const urls = [fixtures.url('/pages/seed-kazakhstan/source.html'), ...largestPages(5).map((p) => corpus!.url(p))];
    let previousTitle: string | null = null;
    for (const url of urls) {
      await session.open(url);
      const clicked = performance.now();
      await session.clickToolbar();
      const panel = await session.panel();
      // The panel still shows the previous page until the click's re-read lands: wait for a view of this page.
      await pollUntil(
        () =>
          panel.query((doc, previous) => {
            const title = doc.querySelector('[data-testid=title]')?.textContent;
            if (title != null) return title !== previous;
            return !!doc.querySelector('[data-testid=status-no-article], [data-view=restricted], [data-view=error]');
          }, previousTitle),
        60000,
        `the panel to show ${url}`,
      );
      const painted = performance.now();
      previousTitle = await panel.query((doc) => doc.querySelector('[data-testid=title]')?.textContent ?? null);
      const hasArticle = await panel.query((doc) => !!doc.querySelector('[data-testid=title]'));
      let analysed = painted;
      if (hasArticle) {
        await panel.click('[data-testid=tab-quotes]');
        await panel.waitFor('[data-testid=sourcing], .tabpanel p.empty', 60000);
        analysed = performance.now();
      }
      const name = url.split('/').slice(-2).join('/');
      console.log(`[timing] ${name}: click → first paint ${(painted - clicked).toFixed(0)} ms, → analysis shown ${(analysed - clicked).toFixed(0)} ms${hasArticle ? '' : ' (no article)'}`);
      expect(analysed).toBeGreaterThanOrEqual(painted);
    }
  }, 600_000);
});
