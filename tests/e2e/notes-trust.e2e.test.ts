// The notebook readers can trust, in real browsers: pin every quote of the reference article, serve an edited version
// (a quote reworded, one removed, one moved, the title changed), open it again: each note shows what became of its
// quote, the edited one with its word diff, and no note is lost. Backup → wipe storage → restore gives the same notes
// and article copy. With online features off, the request log stays empty while every fixture page is read.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, browserSuite, FIXTURES_DIR, pollUntil, REPO_ROOT } from './harness';

const RESULTS = resolve(REPO_ROOT, 'test-results');
const SEED = '/pages/seed-kazakhstan/source.html';
const EDITED = '/edited/seed-kazakhstan-edited.html';

/** Everything News Lens keeps in extension storage (the page's own view of it). */
const stored = (page: Page) =>
  page.evaluate(async () => {
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    return JSON.parse(JSON.stringify(await api.storage.local.get(null))) as Record<string, any>;
  });

const fates = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-testid=note]')].map((n) => [
        n.querySelector('[data-testid=note-quote]')!.textContent!.slice(0, 30),
        n.querySelector('[data-testid=note-check]')?.getAttribute('data-fate') ?? null,
      ]),
    ),
  );

/** Clicks the button and returns the text of the file it saves (the Blob behind the download link). */
async function savedFile(page: Page, selector: string): Promise<string> {
  return page.evaluate(async (sel) => {
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), create(blob));
    document.querySelector<HTMLButtonElement>(sel)!.click();
    for (let i = 0; i < 100 && !blobs.length; i++) await new Promise((r) => setTimeout(r, 50));
    URL.createObjectURL = create;
    return blobs[0].text();
  }, selector);
}

async function chooseFile(page: Page, selector: string, content: string) {
  await page.evaluate(
    (sel, text) => {
      const input = document.querySelector<HTMLInputElement>(sel)!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'backup.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    selector,
    content,
  );
}

const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent ?? '').catch(() => '');

describe.each(BROWSERS)('%s', (name) => {
  const suite = browserSuite(name, { results: RESULTS });

  it('an edited article: the notes show edited (with the diff), removed and moved; none is lost', async () => {
    await suite.session.open(suite.server.url(SEED));
    await suite.session.clickToolbar();
    const panel = await suite.session.panel();
    await panel.waitFor('[data-testid=title]');
    await panel.showSection('quotes');
    await panel.waitFor('[data-testid=pin]');
    expect(await panel.pinAll()).toBe(3);
    const notesPage = await suite.session.openExtensionPage('/options.html');
    await pollUntil(
      async () => {
        const s = await stored(notesPage);
        return s.notes?.notes?.length === 3 && Object.keys(s.articleCopyIndex ?? {}).length === 1;
      },
      15000,
      'three notes and one article copy',
    );
    const before = await stored(notesPage);
    const url = Object.keys(before.articleCopyIndex)[0];
    expect(before[`articleCopy:${url}`].bytes).toBeLessThan(30 * 1024);

    await suite.session.page.bringToFront();
    await suite.session.open(suite.server.url(EDITED));
    await suite.session.clickToolbar();
    // The panel also re-reads the original when the news tab comes back to the front: wait for the edited reading.
    await pollUntil(
      async () => {
        const notes = (await stored(notesPage)).notes.notes as { check?: { fate: string } }[];
        return notes.some((n) => n.check?.fate === 'edited');
      },
      20000,
      'the edited article to be checked',
    );
    await notesPage.bringToFront();
    await notesPage.waitForSelector('[data-testid=note-check]');
    expect(await text(notesPage, '[data-testid=notes-count]')).toBe('3 notes');
    expect(await fates(notesPage)).toEqual({
      'We confirm that the president ': 'edited',
      'They are real heroes, who sacr': 'removed',
      'tragic events like this will n': 'moved',
    });
    const diff = await notesPage.$eval('[data-fate=edited] [data-testid=check-diff]', (e) => ({
      removed: [...e.querySelectorAll('del')].map((d) => d.textContent),
      added: [...e.querySelectorAll('ins')].map((d) => d.textContent),
    }));
    expect(diff).toEqual({ removed: ['handed out'], added: ['presented state'] });
    expect(await text(notesPage, '[data-testid=article-changes]')).toMatch(
      /^Title changed from “Kazakh President Arrives In Almaty To Meet With Counter-terrorism Task Force - Spokesman” to “Kazakh President Tokayev Arrives In Almaty After Deadly Unrest - Spokesman”; 4 paragraphs added; 3 paragraphs removed since the first pin/,
    );

    // "Check now" finds the article in the news tab and reads it again.
    await notesPage.click('[data-testid=check-now]');
    await pollUntil(
      async () => (await text(notesPage, '[data-testid=check-now-status]')).includes('Checked 3 notes.'),
      20000,
      'Check now',
    );
    expect(Object.values(await fates(notesPage)).sort()).toEqual(['edited', 'moved', 'removed']);
    await notesPage.screenshot({ path: resolve(RESULTS, `${name}-notes-edit-check.png`), fullPage: true });
    await notesPage.close();
  });

  it('backup → wipe storage → restore gives identical notes and article copies', async () => {
    const page = await suite.session.openExtensionPage('/options.html');
    await page.waitForSelector('[data-testid=note]');
    const backup = await savedFile(page, '[data-testid=backup]');
    await pollUntil(
      async () => (await text(page, '[data-testid=backup-last]')).startsWith('Last backup:'),
      5000,
      'the backup date',
    );
    const kept = await stored(page);
    const { notes, articleCopyIndex } = kept;
    const copyKeys = Object.keys(kept).filter((k) => k.startsWith('articleCopy:'));
    expect(notes.notes).toHaveLength(3);
    expect(copyKeys).toHaveLength(1);

    await page.evaluate(() => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.clear());
    await pollUntil(
      async () => (await text(page, '[data-testid=notes-count]')) === '0 notes',
      5000,
      'an empty notebook',
    );

    await chooseFile(page, '[data-testid=restore-file]', backup);
    await page.waitForSelector('[data-testid=restore-summary]');
    expect(await text(page, '[data-testid=restore-summary]')).toBe('This will add 3 notes and 1 article copy.');
    expect((await stored(page)).notes?.notes ?? []).toHaveLength(0); // nothing added before the reader says so
    await page.click('[data-testid=restore-confirm]');
    await pollUntil(async () => (await stored(page)).articleCopyIndex, 10000, 'the restore');
    const after = await stored(page);
    expect(after.notes).toEqual(notes);
    expect(after.articleCopyIndex).toEqual(articleCopyIndex);
    for (const key of copyKeys) expect(after[key]).toEqual(kept[key]);
    await page.close();
  });

  it('with online features off, the request log stays empty while every fixture page is read', async () => {
    const pages = readdirSync(resolve(FIXTURES_DIR, 'pages'), { withFileTypes: true }).filter((d) => d.isDirectory());
    for (const dir of pages) {
      await suite.session.page.bringToFront();
      await suite.session.open(suite.server.url(`/pages/${dir.name}/source.html`));
      await suite.session.clickToolbar();
      const panel = await suite.session.panel();
      await panel.waitFor('[data-testid=title], .status, [role=status], [data-testid=status]', 20000).catch(() => {});
    }
    const page = await suite.session.openExtensionPage('/options.html');
    await page.waitForSelector('[data-testid=request-log]');
    expect(await text(page, '[data-testid=request-count]')).toBe('nothing');
    expect((await stored(page)).requestLog).toBeUndefined();
    // Saved pages preconnect to their own CDNs (the browser's doing, trapped by the proxy); nothing went to the
    // one service the extension talks to.
    expect(suite.session.outboundAttempts().filter((a) => /wikipedia|wikimedia/.test(a))).toEqual([]);
    await page.close();
  });
});
