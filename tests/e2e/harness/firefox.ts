// Headless Firefox ESR over WebDriver BiDi with the production build as a temporary add-on. The toolbar click is
// the browser's own browser-action trigger, called from the privileged chrome window (needs --remote-allow-system-access).
import puppeteer, { type Page } from 'puppeteer-core';
import { callSource, extensionDir, panelHelpers, pollUntil, type ExtensionSession, type PanelHandle } from './session';
import { extensionAttempts, startTrapProxy } from './trap-proxy';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const GECKO_ID = 'news-lens@newslens.example';
/** Pinned so the extension's pages have a known address. */
export const FIREFOX_UUID = '6d1f3a2e-0000-4000-8000-0000000e2e01';

const SIDEBAR_DOC = "browser.extension.getViews({ type: 'sidebar' })[0].document";

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: any }>;
}

export async function launchFirefox(
  options: { headless?: boolean; extensionPath?: string; userDataDir?: string; dark?: boolean } = {},
): Promise<ExtensionSession> {
  const trap = await startTrapProxy();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    defaultViewport: null,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    ...(options.userDataDir ? { userDataDir: options.userDataDir } : {}),
    extraPrefsFirefox: {
      // A temporary add-on is removed when Firefox quits; keep its storage and address so a persistent
      // profile behaves like an installed add-on across restarts.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': trap.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': trap.port,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'browser.region.update.enabled': false,
      'browser.region.network.url': '',
      'extensions.getAddons.cache.enabled': false,
      'services.settings.server': 'http://127.0.0.1:9/v1',
      'app.normandy.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'browser.newtabpage.activity-stream.feeds.system.topstories': false,
      'browser.topsites.contile.enabled': false,
      'dom.push.connection.enabled': false,
      // BiDi has no media emulation: dark mode comes from the theme prefs (0 = dark for web and extension pages).
      ...(options.dark ? { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 } : {}),
    },
  });
  await browser.installExtension(options.extensionPath ?? extensionDir('firefox'));
  const [page] = await browser.pages();
  const origin = `moz-extension://${FIREFOX_UUID}`;

  // An extension tab to reach the sidebar's document from (extension.getViews); opened before any click.
  const probe = await browser.newPage();
  probe.goto(`${origin}/sidepanel.html?probe`).catch(() => {}); // BiDi never reports this navigation as done
  // Polled with evaluate: a waitForFunction racing the navigation fails in BiDi ("right-hand side of 'in'").
  await pollUntil(() => probe.evaluate(() => location.protocol === 'moz-extension:'), 20000, 'the probe page');

  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  async function chromeWindowContext(): Promise<string> {
    const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const win = tree.result.contexts.find((c: { url: string }) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!win) throw new Error('Firefox chrome window not found (is --remote-allow-system-access set?)');
    return win.context;
  }

  return {
    name: 'firefox',
    browser,
    page,
    async open(url) {
      await page.bringToFront();
      await page.goto(url, { waitUntil: 'load' });
      return performance.now();
    },
    async clickToolbar() {
      await page.bringToFront();
      const context = await chromeWindowContext();
      const expression = `(() => {
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension;
        ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
        return true;
      })()`;
      const reply = await bidi.send('script.evaluate', { target: { context }, expression, awaitPromise: true });
      if (reply.result?.type === 'exception')
        throw new Error(`toolbar click failed: ${JSON.stringify(reply.result.exceptionDetails)}`);
    },
    async panel(timeoutMs = 20000) {
      await pollUntil(
        () => probe.evaluate(`!!(${SIDEBAR_DOC.replace('.document', '')})`),
        timeoutMs,
        'the Firefox sidebar',
      );
      const query: PanelHandle['query'] = (fn, arg) =>
        probe.evaluate(callSource(fn, arg, SIDEBAR_DOC)) as Promise<never>;
      return {
        query,
        ...panelHelpers(query),
        async evaluateSource(source) {
          await probe.setViewport({ width: 252, height: 800 });
          await probe.evaluate(`(() => {
            const source = ${SIDEBAR_DOC};
            document.body.replaceWith(document.importNode(source.body, true));
            document.documentElement.lang = source.documentElement.lang;
          })()`);
          return probe.evaluate(source);
        },
        async screenshot(path, options = {}) {
          // BiDi cannot capture chrome-scope contexts: render a copy of the sidebar's DOM in the probe tab instead.
          await probe.setViewport({ width: options.width ?? 360, height: options.height ?? 800 });
          await probe.evaluate(`(() => {
            const source = ${SIDEBAR_DOC};
            document.body.replaceWith(document.importNode(source.body, true));
          })()`);
          await (probe as Page).screenshot({ path: path as `${string}.png`, fullPage: options.fullPage ?? false });
        },
      };
    },
    async openExtensionPage(path) {
      const tab = await browser.newPage();
      tab.goto(`${origin}${path}`).catch(() => {}); // as for the probe: BiDi does not report extension-page loads
      // Polled with evaluate: the page navigates under a waitForFunction, which BiDi reports as an error.
      await pollUntil(
        () => tab.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete'),
        20000,
        path,
      );
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
