// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Analysis, Entity } from '../../lib/types';
import type { PanelActions } from '../panel-contract';
import { BackgroundSection } from './BackgroundSection';
import { WikipediaContext, type WikipediaLookup } from './wikipedia-lookup';

const TEXT = 'Kazakh President Kassym-Jomart Tokayev arrived in Almaty, Tengrinews said.';
const at = (word: string) => ({ start: TEXT.indexOf(word), end: TEXT.indexOf(word) + word.length });
const entity = (
  name: string,
  type: Entity['type'],
  wikipedia: string | null,
  salience: number,
  word = name,
): Entity => ({
  name,
  type,
  wikipedia,
  aliases: [],
  mentions: [at(word)],
  salience,
});

const ENTITIES: Entity[] = [
  entity('Almaty', 'place', 'Almaty', 3),
  entity('Kazakhstan', 'country', 'Kazakhstan', 5, 'Kazakh'),
  entity('Kassym-Jomart Tokayev', 'person', 'Kassym-Jomart_Tokayev', 8),
  entity('Tengrinews <b>', 'outlet', null, 1, 'Tengrinews'),
];

function analysis(entities = ENTITIES): Analysis {
  const article = {
    title: 't',
    byline: null,
    siteName: null,
    publishedTime: '2022-01-12',
    lang: 'en',
    dir: 'ltr' as const,
    url: 'https://example.test/',
    excerpt: null,
    text: TEXT,
    paragraphs: [{ start: 0, end: TEXT.length }],
    wordCount: 10,
    readingMinutes: 1,
  };
  return { article, quotes: [], speakers: [], reported: [], places: [], entities };
}

let root: HTMLElement;
const fakeActions = () => ({
  highlight: vi.fn<PanelActions['highlight']>(),
  clearHighlights: vi.fn<PanelActions['clearHighlights']>(),
  openUrl: vi.fn<PanelActions['openUrl']>(),
  togglePin: vi.fn<PanelActions['togglePin']>(),
});
let actions: ReturnType<typeof fakeActions>;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  actions = fakeActions();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(lookup: WikipediaLookup | null = null, a = analysis()) {
  await act(async () => {
    render(
      <WikipediaContext.Provider value={lookup}>
        <BackgroundSection analysis={a} actions={actions} pinnedQuoteKeys={new Set()} />
      </WikipediaContext.Provider>,
      root,
    );
  });
}

function fakeLookup(enabled = false) {
  return {
    isEnabled: vi.fn(async () => enabled),
    enable: vi.fn(async () => true),
    disable: vi.fn(async () => {}),
    summary: vi.fn(async (title: string) => ({
      title,
      displayTitle: title,
      description: `About ${title}`,
      extract: `${title} extract.`,
      url: '',
      disambiguation: false,
      thumbnail:
        title === 'Kazakhstan' ? { source: 'https://upload.wikimedia.org/flag.png', width: 100, height: 50 } : null,
    })),
    resolve: vi.fn(async (name: string) => (name === 'Tengrinews <b>' ? 'Tengrinews' : null)),
    storyEvent: vi.fn(async () => ({ title: '2022_Kazakh_unrest', description: 'Protests' })),
  } satisfies WikipediaLookup;
}

describe('BackgroundSection', () => {
  it('groups entities by type in a fixed order, each group most salient first', async () => {
    await show();
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'People',
      'News outlets',
      'Countries',
      'Places',
    ]);
    expect(root.querySelector('[data-entity-type="country"] a')?.getAttribute('href')).toBe(
      'https://en.wikipedia.org/wiki/Kazakhstan',
    );
  });

  it('opens links through the panel actions, not by navigating the panel', async () => {
    await show();
    const link = root.querySelector<HTMLAnchorElement>('[data-entity-type="person"] a')!;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    link.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(actions.openUrl).toHaveBeenCalledWith('https://en.wikipedia.org/wiki/Kassym-Jomart_Tokayev');
  });

  it('shows unlinked entities as plain text and never page markup as HTML', async () => {
    await show();
    const outlet = root.querySelector('[data-entity-type="outlet"]')!;
    expect(outlet.querySelector('a')).toBeNull();
    expect(outlet.querySelector('b')).toBeNull();
    expect(outlet.textContent).toContain('Tengrinews <b>');
  });

  it('offers a marked Wikipedia search, not a link, for a name with no known article; linked names have none', async () => {
    await show();
    const search = root.querySelector<HTMLButtonElement>('[data-entity-type="outlet"] .entity-search')!;
    expect(search.textContent).toContain('Search Wikipedia');
    expect(root.querySelector('[data-entity-type="country"] .entity-search')).toBeNull();
    expect(actions.openUrl).not.toHaveBeenCalled();
    await act(async () => search.click());
    expect(actions.openUrl).toHaveBeenCalledWith('https://en.wikipedia.org/w/index.php?search=Tengrinews%20%3Cb%3E');
  });

  it('highlights every mention in the article', async () => {
    await show();
    root.querySelector<HTMLButtonElement>('[data-entity-type="country"] .entity-find')!.click();
    expect(actions.highlight).toHaveBeenCalledWith([
      { exact: 'Kazakh', prefix: '', suffix: TEXT.slice(6, 38), position: 0 },
    ]);
  });

  it('says the kinds of names are read in English only, in an article in another language', async () => {
    const french = analysis();
    await show(null, { ...french, article: { ...french.article, lang: 'fr' } });
    expect(root.querySelector('[data-testid=english-only]')!.textContent).toMatch(/^Names: English only\. .*French/);
    await show(null, analysis());
    expect(root.querySelector('[data-testid=english-only]')).toBeNull();
  });

  it('says so when nothing was found', async () => {
    await show(null, analysis([]));
    expect(root.textContent).toMatch(/No people, organisations or places/);
  });

  it('offers no online toggle without a lookup service', async () => {
    await show();
    expect(root.querySelector('input[type="checkbox"]')).toBeNull();
  });

  it('keeps online lookups off by default: no summaries, no event search', async () => {
    const lookup = fakeLookup(false);
    await show(lookup);
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(false);
    expect(root.textContent).toContain('Load summaries from Wikipedia');
    expect(lookup.summary).not.toHaveBeenCalled();
    expect(lookup.resolve).not.toHaveBeenCalled();
    expect(lookup.storyEvent).not.toHaveBeenCalled();
  });

  it('asks for permission on toggle, then shows summary cards and the story event', async () => {
    const lookup = fakeLookup(false);
    await show(lookup);
    await act(async () => {
      const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => {});
    expect(lookup.enable).toHaveBeenCalledTimes(1);
    expect(lookup.summary).toHaveBeenCalledWith('Kazakhstan');
    expect(root.querySelector('[data-entity-type="country"] .summary-description')?.textContent).toBe(
      'About Kazakhstan',
    );
    expect(root.querySelector('[data-entity-type="country"] img')?.getAttribute('src')).toBe(
      'https://upload.wikimedia.org/flag.png',
    );
    expect(root.querySelector('.story-event a')?.textContent).toBe('2022 Kazakh unrest');
    // Names unknown offline are looked up online and linked only when Wikipedia has that exact title.
    expect(lookup.resolve).toHaveBeenCalledWith('Tengrinews <b>');
    expect(lookup.resolve).not.toHaveBeenCalledWith('Kazakhstan');
    expect(root.querySelector('[data-entity-type="outlet"] .online-link a')?.getAttribute('href')).toBe(
      'https://en.wikipedia.org/wiki/Tengrinews',
    );
  });

  it('stays off when the permission is refused', async () => {
    const lookup = fakeLookup(false);
    lookup.enable.mockResolvedValue(false);
    await show(lookup);
    await act(async () => {
      const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(false);
    expect(lookup.summary).not.toHaveBeenCalled();
  });
});
