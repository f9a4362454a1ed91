// Headless Debian Chromium with the production build loaded; real toolbar clicks via CDP Extensions.triggerAction.
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  callSource,
  extensionDir,
  panelHelpers,
  pollUntil,
  REPO_ROOT,
  type ExtensionSession,
  type PanelHandle,
} from './session';
import { extensionAttempts, startTrapProxy } from './trap-proxy';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export async function launchChromium(
  options: { headless?: boolean; extensionPath?: string; userDataDir?: string } = {},
): Promise<ExtensionSession> {
  const trap = await startTrapProxy();
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: true,
    ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}),
    defaultViewport: null,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-domain-reliability',
      '--no-pings',
      '--disable-client-side-phishing-detection',
      `--proxy-server=http://127.0.0.1:${trap.port}`,
      '--window-size=1280,900',
      '--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter',
      '--gaia-url=http://127.0.0.1:9',
      '--google-apis-url=http://127.0.0.1:9',
      '--lso-url=http://127.0.0.1:9',
    ],
  });
  // puppeteer 24.43 does not wait for enableExtensions: [path]; install explicitly (CDP Extensions.loadUnpacked).
  const id = await browser.installExtension(options.extensionPath ?? extensionDir('chromium'));
  const extension = (await browser.extensions()).get(id);
  if (!extension) throw new Error('extension did not install');
  const [page] = await browser.pages();
  let panelPage: Page | null = null;
  const isPanel = (url: string) => url.startsWith(`chrome-extension://${id}/sidepanel.html`);
  const panelOpen = () => browser.targets().some((t) => isPanel(t.url()));
  await waitForClickListener(browser, id);

  return {
    name: 'chromium',
    browser,
    page,
    async open(url) {
      await page.bringToFront();
      await page.goto(url, { waitUntil: 'load' });
      return performance.now();
    },
    async clickToolbar() {
      const hadPanel = panelOpen();
      await page.triggerExtensionAction(extension);
      if (hadPanel) return;
      // On a loaded machine Chromium has been seen to drop a click (no panel after 20 s): one more click, as a user
      // would, is allowed once per run; every retry is logged with the run's count, and a second one fails the test.
      const appeared = await browser
        .waitForTarget((t) => isPanel(t.url()), { timeout: 5000 })
        .then(
          () => true,
          () => false,
        );
      if (appeared) return;
      const retries = recordClickRetry(page.url());
      console.log(
        `[harness] chromium: no panel 5 s after the toolbar click; clicking again (retry ${retries} in this run)`,
      );
      if (retries > MAX_CLICK_RETRIES) {
        throw new Error(
          `chromium: a toolbar click opened no panel ${retries} times in this run (at most ${MAX_CLICK_RETRIES} allowed)`,
        );
      }
      await page.triggerExtensionAction(extension);
    },
    async panel(timeoutMs = 20000) {
      const target = await browser.waitForTarget((t) => isPanel(t.url()), { timeout: timeoutMs });
      panelPage = (await target.asPage()) as Page;
      const p = panelPage;
      const query: PanelHandle['query'] = (fn, arg) => p.evaluate(callSource(fn, arg, 'document')) as Promise<never>;
      return {
        query,
        ...panelHelpers(query),
        evaluateSource: (source) => p.evaluate(source),
        screenshot: async (path, options = {}) => {
          if (options.width) await p.setViewport({ width: options.width, height: options.height ?? 800 });
          await p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: options.dark ? 'dark' : 'light' }]);
          await p.screenshot({ path: path as `${string}.png`, fullPage: options.fullPage ?? false });
        },
      };
    },
    async openExtensionPage(path) {
      const tab = await browser.newPage();
      await tab.goto(`chrome-extension://${id}${path}`, { waitUntil: 'load' });
      return tab;
    },
    outboundAttempts: () => extensionAttempts(trap.attempts),
    allOutboundAttempts: () => [...trap.attempts],
    async close() {
      await browser.close().catch(() => {});
      await trap.close();
    },
  };
}

/** Dropped first clicks allowed in one e2e run (counted across test files in CLICK_RETRY_LOG). */
export const MAX_CLICK_RETRIES = 1;
/** One line per retried click; emptied at the start of each run by the e2e global setup. */
export const CLICK_RETRY_LOG = resolve(REPO_ROOT, 'test-results', 'chromium-click-retries.log');

/** Logs one retried click and returns how many this run has had. */
function recordClickRetry(url: string): number {
  mkdirSync(dirname(CLICK_RETRY_LOG), { recursive: true });
  appendFileSync(CLICK_RETRY_LOG, `${new Date().toISOString()} ${url}\n`);
  return readFileSync(CLICK_RETRY_LOG, 'utf8').split('\n').filter(Boolean).length;
}

/** Waits until the extension's service worker has registered its toolbar listener: a click before that is lost. */
async function waitForClickListener(browser: Browser, id: string): Promise<void> {
  const target = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`),
    { timeout: 20000 },
  );
  const worker = await target.worker();
  if (!worker) return;
  await pollUntil(
    () => worker.evaluate(() => (globalThis as any).chrome.action.onClicked.hasListeners() as boolean),
    20000,
    'the background worker’s toolbar listener',
  );
}
