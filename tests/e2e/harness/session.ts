// What a test gets from either browser: one news tab, a real toolbar click, and a handle on the real panel.
import type { Browser, Page } from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');

export type BrowserName = 'chromium' | 'firefox';

/** Runs inside the panel document. Must be self-contained: it is sent to the browser as source text. */
export type PanelFn<A, T> = (doc: Document, arg: A) => T;

export interface PanelHandle {
  /** Evaluates `fn(panelDocument, arg)` in the real side panel / sidebar and returns its (serialisable) result. */
  query<T, A = undefined>(fn: PanelFn<A, T>, arg?: A): Promise<T>;
  /** Waits until `selector` matches in the panel (default 20 s). */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  /** textContent of every match, trimmed. */
  texts(selector: string): Promise<string[]>;
  /**
   * Polls until the first match's text passes `accept`, and returns that text. Use it instead of waitFor + texts
   * when the panel may re-render in between (a click re-reads the page and replaces the view).
   */
  waitForText(selector: string, accept?: (text: string) => boolean, timeoutMs?: number): Promise<string>;
  /** Clicks the first match (a real DOM click event in the panel). */
  click(selector: string): Promise<void>;
  /** Sends a key to the first match (keydown + keyup; "Enter" also clicks buttons, like a browser would). */
  press(selector: string, key: string): Promise<void>;
  /**
   * Pins every quote shown, one at a time: clicks the first unpressed pin and waits for it to be pressed, so a
   * re-render between clicks cannot leave a stale index. Resolves with the number of pins.
   */
  pinAll(timeoutMs?: number): Promise<number>;
  /**
   * Clicks the section tab `id` (overview, quotes, places, background, notes, text) and polls until it is the
   * selected tab; on Overview and Places it also gives a lazily loaded map outline the chance to draw.
   */
  showSection(id: string, timeoutMs?: number): Promise<void>;
  /**
   * Saves a PNG of the panel as rendered (Firefox: the sidebar DOM rendered in a 360 px extension tab). `width`
   * resizes it first (Chromium: the side panel's viewport; Firefox: the tab the copy is rendered in); `dark`
   * emulates prefers-color-scheme: dark (Chromium only; Firefox takes it from launch({ dark: true })).
   */
  screenshot(path: string, options?: ScreenshotOptions): Promise<void>;
  /**
   * Evaluates script source (e.g. axe-core, then a call) where the panel's DOM and styles are live, bypassing the
   * extension page's CSP. Chromium: in the side panel itself. Firefox: in a copy of the sidebar's DOM rendered in an
   * extension tab at 252 px (BiDi cannot evaluate in the sidebar's chrome-scope context), as screenshot() does.
   */
  evaluateSource(source: string): Promise<unknown>;
}

export interface ScreenshotOptions {
  width?: number;
  height?: number;
  dark?: boolean;
  fullPage?: boolean;
}

export interface ExtensionSession {
  name: BrowserName;
  browser: Browser;
  /** The tab news pages are opened in. It is the active tab when the toolbar is clicked. */
  page: Page;
  /** Opens `url` in the news tab and waits for load; returns the time it resolved (ms, performance.now). */
  open(url: string): Promise<number>;
  /** A real toolbar-button click (user gesture: activeTab is granted, the sidebar opens). */
  clickToolbar(): Promise<void>;
  /** The open panel; waits for it to appear. */
  panel(timeoutMs?: number): Promise<PanelHandle>;
  /** Opens one of the extension's own pages (e.g. '/options.html') in a new tab, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Requests that tried to leave 127.0.0.1 (via the trap proxy), minus the browser's own services (trap-proxy.ts). */
  outboundAttempts(): string[];
  /** Every request that reached the trap proxy, browser services included. */
  allOutboundAttempts(): string[];
  close(): Promise<void>;
}

export function extensionDir(browser: BrowserName): string {
  const dir = resolve(REPO_ROOT, '.output', browser === 'chromium' ? 'chrome-mv3' : 'firefox-mv3');
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No build in ${dir}. Run: npx wxt build${browser === 'firefox' ? ' -b firefox --mv3' : ''}`);
  }
  return dir;
}

/** Source text that calls `fn` on `docExpr` with a JSON argument; used by both browsers' query(). */
export function callSource(fn: PanelFn<any, any>, arg: unknown, docExpr: string): string {
  return `(${fn.toString()})(${docExpr}, ${JSON.stringify(arg ?? null)})`;
}

export async function pollUntil<T>(
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(
    `Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`,
  );
}

/** Helpers shared by both browsers' PanelHandle, built on query(). */
export function panelHelpers(
  query: PanelHandle['query'],
): Omit<PanelHandle, 'query' | 'screenshot' | 'evaluateSource'> {
  const selected = (id: string) =>
    query((doc, sel) => doc.querySelector(sel)?.getAttribute('aria-selected') === 'true', `[data-testid=tab-${id}]`);
  const texts = (selector: string): Promise<string[]> =>
    query((doc, sel) => Array.from(doc.querySelectorAll(sel)).map((el) => (el.textContent ?? '').trim()), selector);
  return {
    waitFor: (selector, timeoutMs = 20000) =>
      pollUntil(
        () => query((doc, sel) => !!doc.querySelector(sel), selector),
        timeoutMs,
        `panel selector ${selector}`,
      ).then(() => {}),
    texts,
    waitForText: async (selector, accept = (text) => text.length > 0, timeoutMs = 20000) => {
      const found = await pollUntil(
        async () => {
          const [first] = await texts(selector);
          return first !== undefined && accept(first) ? { first } : null;
        },
        timeoutMs,
        `panel text in ${selector}`,
      );
      return found.first;
    },
    click: async (selector) => {
      const ok = await query((doc, sel) => {
        const el = doc.querySelector(sel) as HTMLElement | null;
        el?.click();
        return !!el;
      }, selector);
      if (!ok) throw new Error(`panel: nothing matches ${selector}`);
    },
    press: async (selector, key) => {
      const ok = await query(
        (doc, [sel, k]) => {
          const el = doc.querySelector(sel) as HTMLElement | null;
          if (!el) return false;
          el.focus();
          const init = { key: k, bubbles: true, cancelable: true };
          const go = el.dispatchEvent(new KeyboardEvent('keydown', init));
          if (go && k === 'Enter' && el.tagName === 'BUTTON') el.click();
          el.dispatchEvent(new KeyboardEvent('keyup', init));
          return true;
        },
        [selector, key] as [string, string],
      );
      if (!ok) throw new Error(`panel: nothing matches ${selector}`);
    },
    pinAll: async (timeoutMs = 20000) => {
      const counts = () =>
        query((doc) => {
          const pins = [...doc.querySelectorAll<HTMLElement>('[data-testid=pin]')];
          return { all: pins.length, pressed: pins.filter((b) => b.getAttribute('aria-pressed') === 'true').length };
        });
      const done = await pollUntil(
        async () => {
          const { all, pressed } = await counts();
          if (all > 0 && pressed === all) return { all };
          const target = pressed + 1;
          await query((doc) => doc.querySelector<HTMLElement>('[data-testid=pin]:not([aria-pressed=true])')?.click());
          await pollUntil(async () => (await counts()).pressed >= target, 5000, `pin ${target}`).catch(() => null);
          return null;
        },
        timeoutMs,
        'every quote pinned',
      );
      return done.all;
    },
    showSection: async (id, timeoutMs = 20000) => {
      // The tab exists once the article is shown; a re-render may replace it between the wait and the click, so the
      // click is repeated until the tab reports itself selected.
      await pollUntil(
        async () => {
          if (await selected(id)) return true;
          await query((doc, sel) => (doc.querySelector(sel) as HTMLElement | null)?.click(), `[data-testid=tab-${id}]`);
          return selected(id);
        },
        timeoutMs,
        `section ${id} selected`,
      );
      if (id !== 'places' && id !== 'overview') return;
      // The map outline loads lazily; give it the chance to draw before a picture or an audit.
      await pollUntil(
        () => query((doc) => !doc.querySelector('.places-map') || !!doc.querySelector('.places-map path.land')),
        5000,
        'map outline',
      ).catch(() => {});
    },
  };
}
