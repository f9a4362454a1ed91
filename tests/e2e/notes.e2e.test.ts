// Notes in real browsers: pin from the sidebar → the Notes page shows it → search finds it → JSON export
// re-imports without duplicates, a malformed file is refused; 200 concurrent pins from 4 tabs all land.
// Restart: pin in a persistent profile, quit, relaunch with the same profile: the note is still there.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  launch,
  pollUntil,
  REPO_ROOT,
  startFixtureServer,
  type ExtensionSession,
  type FixtureServer,
} from './harness';

const RESULTS = resolve(REPO_ROOT, 'test-results');
const SEED = '/pages/seed-kazakhstan/source.html';

/** Sets a search box's value the way typing does (an input event). */
async function search(page: Page, text: string) {
  await page.evaluate((value) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid=notes-search]')!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

const visibleQuotes = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-testid=note-quote]')].map((e) => e.textContent ?? ''));

/** Imports `content` through the page's file input, as if the user chose a file. */
async function importText(page: Page, content: string) {
  await page.evaluate((text) => {
    const input = document.querySelector<HTMLInputElement>('[data-testid=import-file]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'notes.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, content);
}

const storedCount = (page: Page) =>
  page.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const stored = await api.storage.local.get('notes');
    return (stored.notes?.notes ?? []).length as number;
  });

describe.each(BROWSERS)('%s', (name) => {
  let session: ExtensionSession;
  let server: FixtureServer;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    server = await startFixtureServer();
    session = await launch(name);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('pin from the sidebar → Notes page → search → export → re-import without duplicates', async ({ task }) => {
    // The counts below start from no notes: a retry after a partial run starts from a fresh browser and profile.
    if (task.result?.retryCount) {
      await session.close();
      session = await launch(name);
    }
    await session.open(server.url(SEED));
    await session.clickToolbar();
    const panel = await session.panel();
    await panel.waitFor('[data-testid=title]');
    await panel.showSection('quotes');
    await panel.waitFor('[data-testid=pin]');
    const [firstQuote] = await panel.texts('.quote-text');
    await panel.click('[data-testid=pin]');
    await panel.waitFor('[data-testid=pin][aria-pressed=true]');

    const notes = await session.openExtensionPage('/options.html');
    await notes.waitForSelector('[data-testid=note]');
    const quotes = await visibleQuotes(notes);
    expect(quotes).toHaveLength(1);
    expect(`“${quotes[0]}”`.replace(/\s+/g, ' ')).toBe(firstQuote.replace(/\s+/g, ' '));
    const link = await notes.$eval('[data-testid=note-link]', (a) => a.getAttribute('href'));
    // The link is the article's canonical URL with a text fragment pointing at the quote.
    expect(link).toMatch(/^https:\/\/www\.pakistanpoint\.com\/.+#:~:text=We%20confirm%20that/);

    const word = quotes[0]
      .split(/\s+/)
      .find((w) => w.length > 5)!
      .replace(/\W/g, '');
    await search(notes, word.slice(0, 5).toLowerCase());
    expect(await visibleQuotes(notes)).toHaveLength(1);
    await search(notes, 'qqqqzzzz');
    expect(await visibleQuotes(notes)).toHaveLength(0);
    await search(notes, '');

    // Export: capture the Blob the download link points at.
    const exported = await notes.evaluate(async () => {
      const blobs: Blob[] = [];
      const create = URL.createObjectURL;
      URL.createObjectURL = (blob: Blob) => (blobs.push(blob), create(blob));
      document.querySelector<HTMLButtonElement>('[data-testid=export-json]')!.click();
      return blobs[0].text();
    });
    expect(JSON.parse(exported)).toMatchObject({ format: 'news-lens-notes', notes: [{}] });
    // The backup keeps the page's exact words; the card shows them without a comma that joined them to "he said".
    const stored: string = JSON.parse(exported).notes[0].quote;
    expect(stored.startsWith(quotes[0])).toBe(true);
    expect(stored.slice(quotes[0].length)).toMatch(/^[,:;]?$/);

    await importText(notes, exported);
    await notes.waitForSelector('[data-testid=import-message]');
    expect(await notes.$eval('[data-testid=import-message]', (e) => e.textContent)).toBe(
      'Imported 0 new notes; 1 already here.',
    );
    await importText(notes, '{"format": "something-else"}');
    await pollUntil(
      () =>
        notes.$eval('[data-testid=import-message]', (e) => /not a News Lens notes export/.test(e.textContent ?? '')),
      5000,
      'refusal',
    );
    expect(await storedCount(notes)).toBe(1);
    await notes.screenshot({ path: resolve(RESULTS, `${name}-notes.png`) });
    await notes.close();
  });

  it('200 pins fired at once from 4 extension tabs all land', async () => {
    const tabs = await Promise.all([0, 1, 2, 3].map(() => session.openExtensionPage('/options.html')));
    try {
      const before = await storedCount(tabs[0]);
      // Ids new on every try: a retry after a partial run must pin 200 notes again, not find them already there.
      const run = Date.now().toString(36);
      await Promise.all(
        tabs.map((tab, t) =>
          tab.evaluate(
            async (tabIndex, run) => {
              const api = (globalThis as any).browser ?? (globalThis as any).chrome;
              const pins = Array.from({ length: 50 }, (_, i) => {
                const id = `load-${run}-${tabIndex}-${i}`;
                const note = {
                  id,
                  key: `https://load.example/#${id}`,
                  quote: `Quote ${id}`,
                  partial: false,
                  speaker: 'Load Test',
                  speakerRole: null,
                  article: { title: 'Load', outlet: null, url: 'https://load.example/', publishedTime: null },
                  pinnedAt: new Date().toISOString(),
                  comment: '',
                  tags: [],
                  link: 'https://load.example/',
                  status: 'ok',
                  selector: { exact: `Quote ${id}`, prefix: '', suffix: '', offset: 0 },
                };
                return api.runtime.sendMessage({ type: 'news-lens/notes', operation: { op: 'pin', note } });
              });
              await Promise.all(pins);
            },
            t,
            run,
          ),
        ),
      );
      await pollUntil(async () => (await storedCount(tabs[0])) === before + 200, 30000, '200 new notes');
      expect(await storedCount(tabs[0])).toBe(before + 200);
      await tabs[0].waitForSelector('[data-testid=notes-count]');
      const expected = `${before + 200} notes`;
      await pollUntil(
        () => tabs[0].$eval('[data-testid=notes-count]', (e, text) => e.textContent === text, expected),
        30000,
        'the page to update',
      );
    } finally {
      await Promise.all(tabs.map((t) => t.close()));
    }
  });
});

describe.each(BROWSERS)('%s restart', (name) => {
  it('notes survive a browser restart with the same profile', async () => {
    const profile = mkdtempSync(resolve(tmpdir(), `news-lens-${name}-`));
    const server = await startFixtureServer();
    try {
      let session = await launch(name, { userDataDir: profile });
      await session.open(server.url(SEED));
      await session.clickToolbar();
      const panel = await session.panel();
      await panel.waitFor('[data-testid=title]');
      await panel.showSection('quotes');
      await panel.waitFor('[data-testid=pin]');
      await panel.click('[data-testid=pin]');
      await panel.waitFor('[data-testid=pin][aria-pressed=true]');
      const before = await session.openExtensionPage('/options.html');
      await pollUntil(async () => (await storedCount(before)) === 1, 10000, 'the pin to be stored');
      await session.close();

      session = await launch(name, { userDataDir: profile });
      const notes = await session.openExtensionPage('/options.html');
      await notes.waitForSelector('[data-testid=note]');
      expect(await visibleQuotes(notes)).toHaveLength(1);
      expect((await visibleQuotes(notes))[0]).toMatch(/^We confirm that the president has arrived in Almaty/);
      await session.close();
    } finally {
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
