// An article in another language (Le Monde, French): every section that reads English wording says "English only"
// in its own words, and none contradicts it ("Unattributed", "only mentioned", "couldn't tell who said these").
// The quotes keep the article's own « » marks. Screenshots of each section go to test-results/views/.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, browserSuite, REPO_ROOT } from './harness';

const RESULTS = resolve(REPO_ROOT, 'test-results', 'views');
const LE_MONDE = '/pages/rdb-lemonde-1/source.html';
const SECTIONS = ['overview', 'quotes', 'places', 'background'];

describe.each(BROWSERS)('%s', (name) => {
  const suite = browserSuite(name, { results: RESULTS, open: LE_MONDE });

  it('a French article: "English only" on Overview, Quoted, Places and Background, and nothing contradicting it', async () => {
    const panel = await suite.session.panel();
    await panel.waitFor('[data-testid=overview]');
    for (const id of SECTIONS) {
      await panel.showSection(id);
      const said = await panel.waitForText('[data-testid=english-only]', (t) => /English only/.test(t));
      expect(said).toMatch(/French/);
      const shown = await panel.query((doc) => doc.querySelector('[role=tabpanel]:not([hidden])')?.textContent ?? '');
      expect(shown).not.toMatch(/Unattributed|no named source|only mentioned|couldn.t tell who said/);
      for (const width of [252, 400]) {
        await panel.screenshot(resolve(RESULTS, `${name}-french-${id}-${width}.png`), { width });
      }
    }
    await panel.showSection('quotes');
    expect(await panel.query((doc) => doc.querySelector('[data-testid=sourcing-bar]'))).toBeNull();
    const quotes = await panel.texts('.quote-text');
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((q) => q.startsWith('«') && q.endsWith('»'))).toBe(true);
  });
});
