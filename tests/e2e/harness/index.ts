/**
 * E2E harness: the production build (activeTab only) in real headless Chromium and Firefox ESR, driven by puppeteer-core.
 *
 * Build first (scripts/test-all.sh does): `npx wxt build && npx wxt build -b firefox --mv3`.
 * Write tests as tests/e2e/<name>.e2e.test.ts; run `npx vitest run -c vitest.e2e.config.ts tests/e2e/<name>.e2e.test.ts`.
 *
 *   import { BROWSERS, browserSuite } from './harness';
 *
 *   describe.each(BROWSERS)('%s', (name) => {
 *     const suite = browserSuite(name);   // browser + fixture server per block ({ open, results, launch } optional)
 *     it('shows quotes', async () => {
 *       const s = suite.session;
 *       await s.open(suite.server.url('/pages/seed-kazakhstan/source.html'));   // any file under tests/fixtures
 *       await s.clickToolbar();                                           // real toolbar click (user gesture)
 *       const panel = await s.panel();                                    // the real side panel / sidebar
 *       await panel.waitFor('[data-testid=title]');
 *       await panel.showSection('quotes');                                // overview, quotes, places, background, notes, text
 *       const quotes = await panel.texts('[data-testid=quote]');
 *       const n = await panel.query((doc, sel) => doc.querySelectorAll(sel).length, '.x'); // self-contained fn + JSON arg
 *       await panel.screenshot('test-results/chromium-quotes.png');
 *       const marks = await s.page.evaluate(() => document.querySelectorAll('mark').length); // the news page itself
 *       expect(s.outboundAttempts()).toEqual([]);                         // nothing tried to leave 127.0.0.1
 *     });
 *   });
 *
 * API
 * - browserSuite(name, { results?, open?, launch? }) → { session, server }, started in beforeAll, closed in afterAll.
 * - startFixtureServer(root = tests/fixtures) → { origin, url(path), requests, close() }: static files on 127.0.0.1,
 *   served with a CSP that blocks pages' own third-party subresources.
 * - launch(name) / launchChromium() / launchFirefox() → ExtensionSession (see session.ts):
 *   page (puppeteer Page of the news tab), open(url), clickToolbar(), panel(), outboundAttempts(), close().
 * - PanelHandle: query(fn, arg), waitFor(selector), texts(selector), click(selector), press(selector, key),
 *   showSection(id) (clicks a section tab until it is selected), pinAll(), screenshot(path).
 *   Chromium: the side panel is a puppeteer Page. Firefox: the sidebar is reached through extension.getViews() from an
 *   extension tab; its screenshot is the sidebar DOM re-rendered in a 360 px tab.
 * - Every non-loopback request goes to a trap proxy that forwards nothing and records it (outboundAttempts()).
 * - One browser at a time (vitest.e2e.config.ts: fileParallelism false); launching costs ~1.5 s (Chromium), ~5 s (Firefox).
 */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from './server';
import type { BrowserName, ExtensionSession } from './session';

export { startFixtureServer, FIXTURES_DIR, type FixtureServer } from './server';
export { launchChromium } from './chromium';
export { launchFirefox } from './firefox';
export type { BrowserName, ExtensionSession, PanelHandle, ScreenshotOptions } from './session';
export { REPO_ROOT, pollUntil } from './session';

export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

/** `userDataDir`: a persistent profile (restart tests); otherwise a throwaway one. */
export function launch(
  name: BrowserName,
  options?: { headless?: boolean; userDataDir?: string; dark?: boolean },
): Promise<ExtensionSession> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}

export interface SuiteSetup {
  /** Made before the browser starts (screenshots go there). */
  results?: string;
  /** A fixture path opened and read with a toolbar click before the first test. */
  open?: string;
  launch?: Parameters<typeof launch>[1];
}

/**
 * One browser and one fixture server for a describe block: started before its first test, closed after its last.
 * Read `suite.session` and `suite.server` inside tests (they exist once the block's beforeAll has run).
 */
export function browserSuite(
  name: BrowserName,
  setup: SuiteSetup = {},
): { session: ExtensionSession; server: FixtureServer } {
  const suite = {} as { session: ExtensionSession; server: FixtureServer };
  beforeAll(async () => {
    if (setup.results) mkdirSync(setup.results, { recursive: true });
    suite.server = await startFixtureServer();
    suite.session = await launch(name, setup.launch);
    if (setup.open) {
      await suite.session.open(suite.server.url(setup.open));
      await suite.session.clickToolbar();
    }
  });
  afterAll(async () => {
    await suite.session?.close();
    await suite.server?.close();
  });
  return suite;
}
