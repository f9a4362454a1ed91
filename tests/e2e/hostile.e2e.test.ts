// Hostile content renders as inert text: markup and script in the headline, outlet, byline, quotes and speaker
// names never become elements in the panel or the Notes page, and no injected handler runs.
import { describe, expect, it } from 'vitest';
import { BROWSERS, browserSuite } from './harness';

const PAGE = '/pages/hostile/source.html';

describe.each(BROWSERS)('%s', (name) => {
  const suite = browserSuite(name);

  it('the panel and the Notes page show markup from the page as text and run none of it', async () => {
    await suite.session.open(suite.server.url(PAGE));
    await suite.session.clickToolbar();
    const panel = await suite.session.panel();
    // Polled: the panel may still show the page of an earlier test until this one is read.
    const title = await panel.waitForText('[data-testid=title]', (t) => t.includes('Minister'));
    expect(title).toContain('<img src=x onerror="window.__pwned=1"> Minister <script>');

    await panel.showSection('quotes');
    await panel.waitFor('[data-testid=quote]');
    const quotes = await panel.texts('.quote-text');
    expect(quotes.join(' ')).toContain('<img src=x onerror=window.__pwned=4>');
    expect(quotes.join(' ')).toContain('=HYPERLINK(');
    await panel.click('[data-testid=pin]');
    await panel.waitFor('[data-testid=pin][aria-pressed=true]');

    // Nothing from the page became an element, and no handler ran in the panel.
    const inert = await panel.query((doc) => ({
      elements: doc.querySelectorAll(
        'main img, main script, main svg:not(.places-map), main [onerror], main [onload], main a[href^="javascript:"]',
      ).length,
      pwned: (doc.defaultView as unknown as { __pwned?: number }).__pwned ?? null,
    }));
    expect(inert).toEqual({ elements: 0, pwned: null });

    const notes = await suite.session.openExtensionPage('/options.html');
    await notes.waitForSelector('[data-testid=note]');
    const noteText = await notes.$eval('[data-testid=note-quote]', (e) => e.textContent ?? '');
    expect(quotes.map((q) => q.replace(/^“|”$/g, ''))).toContain(noteText);
    // The article title (the group heading) keeps its markup as literal text.
    expect(await notes.$eval('[data-testid=note-group] h2', (e) => e.textContent)).toContain(
      '<img src=x onerror="window.__pwned=1">',
    );
    const notesInert = await notes.evaluate(() => ({
      elements: document.querySelectorAll(
        'main img, main script, main svg, main [onerror], main a[href^="javascript:"]',
      ).length,
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    }));
    expect(notesInert).toEqual({ elements: 0, pwned: null });
    await notes.close();
  });
});
