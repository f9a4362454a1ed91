// A quote the page no longer has word for word, in real browsers: the card says so and offers the page's nearest
// match (fuzzy re-anchoring with the quote's context and position), which "Show it" marks. Once for a quote in the
// list while the site edits the page under the panel, once for a note pinned earlier and opened on the edited page.
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS, browserSuite, pollUntil, REPO_ROOT } from './harness';

const RESULTS = resolve(REPO_ROOT, 'test-results', 'views');
const SEED = '/pages/seed-kazakhstan/source.html';
const EDITED = '/edited/seed-kazakhstan-edited.html';

const marks = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('mark[data-news-lens]')].map((m) => m.textContent).join(''));

describe.each(BROWSERS)('%s', (name) => {
  const suite = browserSuite(name, { results: RESULTS });

  it('a quote the site reworded: "not found word for word", the nearest match offered and shown', async () => {
    await suite.session.open(suite.server.url(SEED));
    await suite.session.clickToolbar();
    const panel = await suite.session.panel();
    await panel.waitFor('[data-testid=tab-quotes]');
    await panel.showSection('quotes');
    await panel.waitFor('[data-testid=pin]');
    // The site edits the paragraph after News Lens read it (the panel is not told).
    await suite.session.page.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent!.includes('handed out awards,"'))!;
      p.textContent = p.textContent!.replace('handed out awards', 'presented state awards');
    });
    const index = await panel.query(
      (doc) =>
        [...doc.querySelectorAll<HTMLElement>('[data-quote-index]')].find((b) =>
          b.textContent!.includes('handed out awards'),
        )!.dataset.quoteIndex!,
    );
    await panel.click(`[data-quote-index="${index}"]`);
    const offer = await panel.waitForText('[data-testid=nearest]', (t) => t.includes('presented state awards'));
    // The page's words against the quote's: the changed words, with a few unchanged ones either side.
    expect(offer).toMatch(
      /^Nearest match in the page: …[^…]*offered his condolences and handed outpresented state awards, Show it/,
    );
    expect(await panel.texts('[data-testid=nearest] del')).toEqual(['handed out']);
    expect(await panel.texts('[data-testid=not-found] p')).toContain(
      'Not found word for word in the page: the article may have changed since News Lens read it.',
    );
    expect(await marks(suite.session.page)).toBe('');
    await panel.click('[data-testid=show-nearest]');
    await pollUntil(
      async () => (await marks(suite.session.page)).includes('presented state awards'),
      10000,
      'the nearest match marked',
    );
    expect(await panel.texts('[data-testid=show-nearest]')).toEqual(['Shown in the page']);
    await panel.screenshot(resolve(RESULTS, `${name}-quotes-nearest-400.png`), { width: 400 });
  });

  it('a note pinned before the edit, opened on the edited page: its nearest match, or "nothing close" when removed', async () => {
    await suite.session.open(suite.server.url(SEED));
    await suite.session.clickToolbar();
    let panel = await suite.session.panel();
    await panel.waitFor('[data-testid=tab-quotes]');
    await panel.showSection('quotes');
    await panel.waitFor('[data-testid=pin]');
    expect(await panel.pinAll()).toBeGreaterThan(0);
    await suite.session.open(suite.server.url(EDITED));
    await suite.session.clickToolbar();
    panel = await suite.session.panel();
    await panel.waitForText('[data-testid=title]', (t) => t.includes('Deadly Unrest'));
    await panel.showSection('notes');
    await panel.waitFor('[data-testid=panel-note-show]');
    const clickNote = (start: string) =>
      panel.query(
        (doc, s) =>
          [...doc.querySelectorAll<HTMLElement>('[data-testid=panel-note-show]')]
            .find((b) => b.textContent!.startsWith(s))!
            .click(),
        start,
      );
    await clickNote('We confirm that');
    await panel.waitForText('[data-testid=nearest]', (t) => t.includes('presented state awards'));
    await panel.click('[data-testid=show-nearest]');
    await pollUntil(
      async () => (await marks(suite.session.page)).includes('presented state awards'),
      10000,
      'the note’s nearest match marked',
    );
    await clickNote('They are real heroes');
    await panel.waitFor('[data-testid=no-nearest]');
    // The moved quote is found word for word: marked, no notice.
    await clickNote('tragic events');
    await pollUntil(
      async () => (await marks(suite.session.page)) === 'tragic events like this will never be repeated',
      10000,
      'the moved quote',
    );
    expect(await panel.texts('[data-testid=not-found]')).toEqual([]);
  });
});
