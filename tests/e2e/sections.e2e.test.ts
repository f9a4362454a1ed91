// The Quoted and Places tabs in real browsers on the reference article: speakers and quotes, a quote click that
// highlights the quote in the news page, and the offline map with event pins and the "reported from" dateline.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSERS, browserSuite, pollUntil, REPO_ROOT } from './harness';

const RESULTS = resolve(REPO_ROOT, 'test-results');
const SEED = '/pages/seed-kazakhstan/source.html';

describe.each(BROWSERS)('%s', (name) => {
  const suite = browserSuite(name, { results: RESULTS, open: SEED });

  it('Quoted: three quotes by Berik Uali, Tokayev and the relatives; a click highlights the quote in the page', async () => {
    const panel = await suite.session.panel();
    await panel.waitFor('[data-testid=title]');
    await panel.showSection('quotes');
    await panel.waitFor('[data-testid=quote]');
    const speakers = await panel.texts('[data-testid=speaker-name]');
    expect(speakers).toEqual(expect.arrayContaining(['Berik Uali', 'Kassym-Jomart Tokayev']));
    expect(speakers.some((s) => /relatives/.test(s))).toBe(true);
    const quotes = await panel.texts('[data-testid=quote] .quote-text');
    expect(quotes).toHaveLength(3);
    expect(quotes.join(' ')).toContain('real heroes');
    expect(await panel.texts('[data-testid=sourcing]')).toEqual([expect.stringMatching(/quote/)]);
    await panel.screenshot(resolve(RESULTS, `${name}-quotes.png`));

    await panel.click('[data-testid=quote] .quote-text');
    const marked = await pollUntil(
      async () => {
        const text = await suite.session.page.evaluate(() =>
          [...document.querySelectorAll('mark[data-news-lens]')].map((m) => m.textContent).join(''),
        );
        return text || null;
      },
      5000,
      'a highlight mark in the page',
    );
    expect(quotes[0].replace(/[“”]/g, '')).toContain(marked.trim().slice(0, 30));
  });

  it('Quoted keyboard: ArrowDown moves to the next quote (roving tabindex), P pins it', async () => {
    const panel = await suite.session.panel();
    await panel.press('[data-testid=quote] .quote-text', 'ArrowDown');
    const focus = () =>
      panel.query((doc) => {
        const el = doc.activeElement as HTMLElement | null;
        const stops = [...doc.querySelectorAll('.quote-text')].map((b) => b.getAttribute('tabindex'));
        return { index: el?.getAttribute('data-quote-index') ?? null, stops };
      });
    const moved = await focus();
    expect(moved.index).toBe(
      await panel.query((doc) => doc.querySelectorAll('.quote-text')[1].getAttribute('data-quote-index')),
    );
    expect(moved.stops.filter((t) => t === '0')).toHaveLength(1);
    await panel.press(`.quote-text[data-quote-index="${moved.index}"]`, 'p');
    const pressed = await pollUntil(
      () =>
        panel.query(
          (doc, i) =>
            doc.querySelector(`[data-index="${i}"] [data-testid=pin]`)?.getAttribute('aria-pressed') === 'true',
          moved.index,
        ),
      5000,
      'the pinned quote’s pin button pressed',
    );
    expect(pressed).toBe(true);
  });

  it('Places: map with event pins for Almaty, Aktau, Zhanaozen and Nur-Sultan as "reported from"', async () => {
    const panel = await suite.session.panel();
    await panel.showSection('places');
    await panel.waitFor('[data-testid=places-map] path.land');
    const pins = await panel.query((doc) =>
      [...doc.querySelectorAll('[data-testid=map-pin]')].map((g) => {
        const m = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(g.getAttribute('transform') ?? '');
        return {
          name: g.getAttribute('data-name'),
          role: g.getAttribute('data-role'),
          x: Number(m?.[1]),
          y: Number(m?.[2]),
        };
      }),
    );
    const byName = new Map(pins.map((p) => [p.name, p]));
    for (const place of ['Almaty', 'Aktau', 'Zhanaozen']) expect(byName.get(place)?.role, place).toBe('event');
    expect(byName.get('Nur-Sultan')?.role).toBe('dateline');
    const box = await panel.query((doc) => doc.querySelector('[data-testid=places-map]')!.getAttribute('viewBox'));
    const [, , w, h] = box!.split(' ').map(Number);
    for (const p of pins) {
      expect(p.x, p.name!).toBeGreaterThanOrEqual(0);
      expect(p.x, p.name!).toBeLessThanOrEqual(w);
      expect(p.y, p.name!).toBeGreaterThanOrEqual(0);
      expect(p.y, p.name!).toBeLessThanOrEqual(h);
    }
    const label = await panel.query((doc) => doc.querySelector('[data-testid=places-map]')!.getAttribute('aria-label'));
    expect(label).toContain('Nur-Sultan (reported from)');
    const rows = await panel.texts('[data-testid=place]');
    expect(rows.find((r) => r.startsWith('Nur-Sultan'))).toMatch(/reported from/);
    await panel.screenshot(resolve(RESULTS, `${name}-places.png`));
  });

  it('nothing left 127.0.0.1', () => {
    expect(suite.session.outboundAttempts()).toEqual([]);
  });
});
