// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Analysis, Place } from '../../lib/types';
import type { PanelActions } from '../panel-contract';
import { MapOutlineContext, StateLinesContext, type MapOutline, type StateLines } from './map-outline';
import { PlacesSection } from './PlacesSection';
import { makeArticle } from '../../tests/factories';

const TEXT = 'NUR-SULTAN (Sputnik) - Protests began in Aktau and spread to Almaty. Pakistan was not involved.';
const span = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });
const place = (name: string, role: Place['role'], lat: number | null, lon: number | null): Place => ({
  name,
  role,
  lat,
  lon,
  country: 'KZ',
  mentions: [span(name === 'Nur-Sultan' ? 'NUR-SULTAN' : name)],
  sentence: role === 'event' ? 'Protests began in Aktau and spread to Almaty.' : null,
  kind: 'city',
});
const places = [
  place('Nur-Sultan', 'dateline', 51.17, 71.45),
  place('Aktau', 'event', 43.65, 51.2),
  place('Almaty', 'event', 43.24, 76.89),
  place('Pakistan', 'mention', 30, 70),
];
const analysis: Analysis = {
  article: makeArticle(TEXT, { title: 'T', dir: null, url: 'https://news.example/a', wordCount: 16 }),
  quotes: [],
  speakers: [],
  reported: [],
  places,
  entities: [],
};
const outline: MapOutline = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [46, 40],
            [88, 40],
            [88, 56],
            [46, 56],
            [46, 40],
          ],
        ],
      },
    },
  ],
};

async function setup() {
  const actions: PanelActions = { highlight: vi.fn(), clearHighlights: vi.fn(), openUrl: vi.fn(), togglePin: vi.fn() };
  const root = document.createElement('div');
  await act(async () => {
    render(
      <MapOutlineContext.Provider value={() => Promise.resolve(outline)}>
        <PlacesSection analysis={analysis} actions={actions} pinnedQuoteKeys={new Set()} />
      </MapOutlineContext.Provider>,
      root,
    );
  });
  return { root, actions };
}

const us = (name: string, role: Place['role'], lat: number, lon: number, kind: Place['kind'] = 'city'): Place => ({
  name,
  role,
  lat,
  lon,
  country: 'US',
  mentions: [],
  sentence: null,
  kind,
});
const stateLines: StateLines = {
  type: 'MultiLineString',
  coordinates: [
    [
      [-109, 37],
      [-109, 41],
    ],
  ],
};

async function renderPlaces(list: Place[], loadLines = vi.fn(async () => stateLines), lang: string | null = null) {
  const root = document.createElement('div');
  const actions: PanelActions = { highlight: vi.fn(), clearHighlights: vi.fn(), openUrl: vi.fn(), togglePin: vi.fn() };
  await act(async () => {
    render(
      <StateLinesContext.Provider value={loadLines}>
        <PlacesSection
          analysis={{ ...analysis, article: { ...analysis.article, lang }, places: list }}
          actions={actions}
          pinnedQuoteKeys={new Set()}
        />
      </StateLinesContext.Provider>,
      root,
    );
  });
  return { root, loadLines };
}

describe('PlacesSection: US state lines and the Where list', () => {
  it('a view inside the US loads and draws the state lines; a view abroad never asks for them', async () => {
    const inside = await renderPlaces([
      us('Las Vegas', 'event', 36.17, -115.14),
      us('Des Moines', 'event', 41.59, -93.62),
    ]);
    expect(inside.loadLines).toHaveBeenCalledTimes(1);
    expect(inside.root.querySelector('[data-testid=state-lines]')?.getAttribute('d')).toMatch(/^M/);
    const abroad = await renderPlaces(places);
    expect(abroad.loadLines).not.toHaveBeenCalled();
    expect(abroad.root.querySelector('[data-testid=state-lines]')).toBeNull();
    // Framed on the whole country (no state or city): no lines either.
    const country = await renderPlaces([us('United States', 'event', 39.8, -98.6, 'country')]);
    expect(country.loadLines).not.toHaveBeenCalled();
  });

  it('a story with only mentioned places gets a "Where:" line instead of a map', async () => {
    const { root } = await renderPlaces([
      place('Pakistan', 'mention', 30, 70),
      place('Almaty', 'mention', 43.24, 76.89),
    ]);
    expect(root.querySelector('[data-testid=places-map]')).toBeNull();
    expect(root.querySelector('[data-testid=where-list]')!.textContent).toMatch(
      /^Where: Pakistan, Almaty — only mentioned/,
    );
  });

  it('a story whose only event places have no point says so, not that they are only mentioned', async () => {
    const { root } = await renderPlaces([place('Civic Arena', 'event', null, null)]);
    expect(root.querySelector('[data-testid=places-map]')).toBeNull();
    const line = root.querySelector('[data-testid=where-list]')!.textContent;
    expect(line).toMatch(/^Where: Civic Arena — no map: the places where it happens have no known point/);
    expect(line).not.toMatch(/only mentioned/);
  });
});

describe('PlacesSection: a crowded map', () => {
  it('leaves off a name with no room rather than drawing it over another; the pin and the list keep it', async () => {
    // Twelve events in one Kazakh cluster and one in Australia: the frame is wide, the cluster a few pixels across.
    const cluster = Array.from({ length: 12 }, (_, i) =>
      place(`Town ${i + 1}`, 'event', 43 + (i % 4) * 0.4, 70 + i * 0.3),
    );
    const { root } = await renderPlaces([...cluster, place('Perth', 'event', -31.95, 115.86)]);
    const pins = [...root.querySelectorAll('[data-testid=places-map] [data-testid=map-pin]')];
    expect(pins).toHaveLength(13);
    const hidden = pins.filter((p) => p.getAttribute('data-label') === 'hidden');
    expect(hidden.length).toBeGreaterThan(0);
    expect(pins.filter((p) => p.querySelector('text')).length).toBeGreaterThan(0);
    for (const pin of hidden) {
      expect(pin.querySelector('text')).toBeNull();
      expect(pin.querySelector('title')?.textContent).toContain(pin.getAttribute('data-name')!);
    }
    const listed = [...root.querySelectorAll('[data-testid=place-name]')].map((e) => e.textContent);
    expect(listed).toHaveLength(13);
  });
});

describe('PlacesSection in another language', () => {
  it('says places are read in English only and claims no "only mentioned" or "where it happened"', async () => {
    const mentioned = [place('Pakistan', 'mention', 30, 70), place('Almaty', 'mention', 43.24, 76.89)];
    const { root } = await renderPlaces(mentioned, undefined, 'de-DE');
    expect(root.querySelector('[data-testid=english-only]')!.textContent).toMatch(/^Places: English only\. .*German/);
    expect(root.querySelector('[data-testid=where-list]')).toBeNull();
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Place names in the article']);
    const none = await renderPlaces([], undefined, 'fr');
    expect(none.root.textContent).toMatch(/^Places: English only\. .*no place name was recognised in this French/);
    const english = await renderPlaces(mentioned, undefined, 'en-GB');
    expect(english.root.querySelector('[data-testid=english-only]')).toBeNull();
  });
});

describe('PlacesSection', () => {
  it('draws the outline and one pin per located place, every place labelled, all inside the map', async () => {
    const { root } = await setup();
    expect(root.querySelector('.land')?.getAttribute('d')).toMatch(/^M/);
    const pins = [...root.querySelectorAll('[data-testid=map-pin]')];
    expect(pins.map((p) => `${p.getAttribute('data-name')}:${p.getAttribute('data-role')}`).sort()).toEqual([
      'Aktau:event',
      'Almaty:event',
      'Nur-Sultan:dateline',
      'Pakistan:mention',
    ]);
    for (const pin of pins) {
      const [x, y] = pin
        .getAttribute('transform')!
        .match(/[-\d.]+/g)!
        .map(Number);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(320);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(200);
    }
    expect(pins.map((p) => p.querySelector('text')?.textContent).sort()).toEqual([
      'Aktau',
      'Almaty',
      'Nur-Sultan',
      'Pakistan',
    ]);
    // Pakistan is a mention far from where it happened: it is an arrow at the edge, not part of the frame.
    expect(root.querySelector('[data-name=Pakistan]')!.getAttribute('data-mode')).toBe('edge');
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toContain('Nur-Sultan (reported from)');
  });

  it('lists events first, then the dateline ("reported from"), then mentions, with what happened', async () => {
    const { root } = await setup();
    const rows = [...root.querySelectorAll('[data-testid=place]')].map((r) => r.textContent);
    expect(rows[0]).toContain('Aktau');
    expect(rows[0]).toContain('Protests began in Aktau');
    expect(rows[2]).toContain('reported from');
    expect(rows[3]).toContain('mentioned');
  });

  it('clicking a row or a pin highlights the place’s mentions in the page', async () => {
    const { root, actions } = await setup();
    act(() => root.querySelector<HTMLButtonElement>('[data-role=dateline] button')!.click());
    expect(actions.highlight).toHaveBeenCalledWith(
      [{ exact: 'NUR-SULTAN', prefix: '', suffix: expect.stringMatching(/^ \(Sputnik/), position: 0 }],
      'p:0',
    );
    act(
      () =>
        void root
          .querySelector('[data-testid=map-pin][data-name=Almaty]')!
          .dispatchEvent(new MouseEvent('click', { bubbles: true })),
    );
    expect(actions.highlight).toHaveBeenLastCalledWith([expect.objectContaining({ exact: 'Almaty' })], 'p:2');
  });

  it('pins stay out of the tab order (the list below is the keyboard way to the same places)', async () => {
    const { root, actions } = await setup();
    const pin = root.querySelector<SVGGElement>('[data-testid=map-pin][data-name=Aktau]')!;
    expect(pin.hasAttribute('tabindex')).toBe(false);
    const row = [...root.querySelectorAll<HTMLButtonElement>('[data-testid=place] button')].find((b) =>
      b.textContent?.includes('Aktau'),
    )!;
    expect(row.tabIndex).toBe(0);
    act(() => row.click());
    expect(actions.highlight).toHaveBeenLastCalledWith(
      [expect.objectContaining({ exact: 'Aktau' })],
      expect.anything(),
    );
  });

  it('labels stay inside the map: a pin near the right edge has its name on the left', async () => {
    const { root } = await setup();
    const almaty = root.querySelector('[data-testid=map-pin][data-name=Almaty]')!;
    const [x] = almaty
      .getAttribute('transform')!
      .match(/[-\d.]+/g)!
      .map(Number);
    const text = almaty.querySelector('text')!;
    const anchor = text.getAttribute('text-anchor');
    const labelX = x + Number(text.getAttribute('x'));
    const width = 'Almaty'.length * 5.6;
    const right = anchor === 'end' ? labelX : anchor === 'middle' ? labelX + width / 2 : labelX + width;
    expect(right).toBeLessThanOrEqual(320);
  });
});
