// The Background tab in real browsers: the reference article's offline Wikipedia links, the online
// lookup toggle off by default, and no request leaving 127.0.0.1 while it is off.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, browserSuite, REPO_ROOT } from './harness';

const RESULTS = resolve(REPO_ROOT, 'test-results');
const SEED = '/pages/seed-kazakhstan/source.html';

describe.each(BROWSERS)('%s', (name) => {
  const suite = browserSuite(name, { results: RESULTS });

  it('lists Kazakhstan and the CSTO as Wikipedia links, with online lookups off', async () => {
    await suite.session.open(suite.server.url(SEED));
    await suite.session.clickToolbar();
    const panel = await suite.session.panel();
    await panel.waitFor('[data-testid=title]');
    await panel.showSection('background');
    await panel.waitFor('.entity a');
    const links = await panel.query((doc) => [...doc.querySelectorAll('.entity a')].map((a) => a.getAttribute('href')));
    expect(links).toEqual(
      expect.arrayContaining([
        'https://en.wikipedia.org/wiki/Kazakhstan',
        'https://en.wikipedia.org/wiki/Collective_Security_Treaty_Organization',
        'https://en.wikipedia.org/wiki/Kassym-Jomart_Tokayev',
        'https://en.wikipedia.org/wiki/Almaty',
      ]),
    );
    expect(links).not.toContain('https://en.wikipedia.org/wiki/Pakistan');
    const toggle = await panel.query((doc) => {
      const box = doc.querySelector<HTMLInputElement>('.online-toggle input[type=checkbox]');
      return box ? box.checked : null;
    });
    expect(toggle).toBe(false);
    expect(await panel.query((doc) => doc.querySelectorAll('.summary-card, .story-event').length)).toBe(0);
    await panel.screenshot(resolve(RESULTS, `${name}-background.png`));
  });

  it('nothing left 127.0.0.1', () => {
    expect(suite.session.outboundAttempts()).toEqual([]);
  });
});
