// The panel's state machine against a fake host (no browser): which view each outcome of a read gives, and that
// a late answer to an older read never overwrites a newer one.
import { describe, expect, it, vi } from 'vitest';
import type { Article, Quote } from '../lib/types';
import { makeArticle } from '../tests/factories';
import type { NotesClient } from './panel-contract';
import { createPanelState, type HostExtract, type HostTab, type PanelHost } from './panel-state';

const article = (text: string, url = 'https://news.example/story'): Article =>
  makeArticle(text, { title: 'A story', dir: null, url });

const STORY = article('“We will stay,” the mayor Ana Silva said on Monday in Lisbon.');

function host(overrides: Partial<PanelHost> = {}) {
  const notes: NotesClient = {
    watchPinned: vi.fn((_url: string, onChange: (keys: ReadonlySet<string>) => void) => {
      onChange(new Set(['k1']));
      return () => {};
    }),
    togglePin: vi.fn(async () => {}),
    checkArticle: vi.fn(async () => {}),
  };
  const fake = {
    activeTab: vi.fn(async (): Promise<HostTab | null> => ({ id: 7, url: 'https://news.example/story' })),
    extract: vi.fn(async (): Promise<HostExtract> => ({ ok: true, article: STORY, contentType: 'text/html' })),
    loadResources: vi.fn(async () => ({ gazetteer: null, knowledgeBase: null })),
    highlight: vi.fn(async () => 1),
    clearHighlights: vi.fn(async () => {}),
    openUrl: vi.fn(),
    notes,
    ...overrides,
  };
  return fake;
}

describe('panel state: the view after a read', () => {
  it('an article: its view with the analysis, pins watched for its URL, notes re-checked', async () => {
    const h = host();
    const state = createPanelState(h);
    expect(state.view.value).toEqual({ kind: 'loading', step: 'Reading the page…' });
    await state.refresh();
    const view = state.view.value;
    expect(view.kind).toBe('article');
    if (view.kind !== 'article') return;
    expect(view.article).toBe(STORY);
    expect(view.analysisError).toBeNull();
    expect(view.analysis?.quotes.map((q) => [q.text, q.speaker])).toEqual([['We will stay,', 'Ana Silva']]);
    expect(h.extract).toHaveBeenCalledWith(7);
    expect(h.notes.watchPinned).toHaveBeenCalledWith(STORY.url, expect.any(Function));
    expect([...state.pinnedQuoteKeys.value]).toEqual(['k1']);
    expect(h.notes.checkArticle).toHaveBeenCalledWith(view.analysis);
  });

  it('no active tab: an error view', async () => {
    const state = createPanelState(host({ activeTab: async () => null }));
    await state.refresh();
    expect(state.view.value).toEqual({ kind: 'error', message: 'No active tab found in this window.' });
  });

  it('a browser page: restricted, without trying to inject', async () => {
    const h = host({ activeTab: async () => ({ id: 3, url: 'chrome://extensions' }) });
    const state = createPanelState(h);
    await state.refresh();
    expect(state.view.value).toMatchObject({ kind: 'restricted' });
    expect(h.extract).not.toHaveBeenCalled();
  });

  it('an injection refused for lack of access asks for a click; any other failure is an error', async () => {
    const refused = createPanelState(
      host({ extract: async () => ({ ok: false, error: 'Cannot access contents of the page.' }) }),
    );
    await refused.refresh();
    expect(refused.view.value).toEqual({ kind: 'needs-click', reason: 'Cannot access contents of the page.' });
    const broken = createPanelState(host({ extract: async () => ({ ok: false, error: 'Script error: boom' }) }));
    await broken.refresh();
    expect(broken.view.value).toEqual({ kind: 'error', message: 'Script error: boom' });
    // Firefox's answer on its about: pages is "nothing came back": a browser page, not an error.
    const nothing = createPanelState(
      host({ extract: async () => ({ ok: false, error: 'The page returned nothing.' }) }),
    );
    await nothing.refresh();
    expect(nothing.view.value).toMatchObject({
      kind: 'restricted',
      reason: expect.stringMatching(/browser’s own pages/),
    });
  });

  it('a PDF, by URL or by content type: restricted with the PDF reason', async () => {
    const byUrl = createPanelState(host({ activeTab: async () => ({ id: 1, url: 'https://x.example/a.pdf' }) }));
    await byUrl.refresh();
    expect(byUrl.view.value).toMatchObject({ kind: 'restricted', reason: expect.stringMatching(/PDF/) });
    const byType = createPanelState(
      host({ extract: async () => ({ ok: true, article: null, contentType: 'application/pdf' }) }),
    );
    await byType.refresh();
    expect(byType.view.value).toMatchObject({ kind: 'restricted', reason: expect.stringMatching(/PDF/) });
  });

  it('a page with no article: the no-article view, no pins watched', async () => {
    const h = host({ extract: async () => ({ ok: true, article: null, contentType: 'text/html' }) });
    const state = createPanelState(h);
    await state.refresh();
    expect(state.view.value).toMatchObject({ kind: 'no-article' });
    expect(h.notes.watchPinned).not.toHaveBeenCalled();
  });

  it('a thrown error while reading becomes an error view with its message', async () => {
    const state = createPanelState(host({ activeTab: async () => Promise.reject(new Error('tabs API gone')) }));
    await state.refresh();
    expect(state.view.value).toEqual({ kind: 'error', message: 'tabs API gone' });
  });

  it('an analysis that throws keeps the article and says why', async () => {
    const broken = { ...STORY, paragraphs: null } as unknown as Article;
    const state = createPanelState(
      host({ extract: async () => ({ ok: true, article: broken, contentType: 'text/html' }) }),
    );
    await state.refresh();
    expect(state.view.value).toMatchObject({
      kind: 'article',
      article: broken,
      analysis: null,
      analysisError: expect.stringMatching(/Error/),
    });
  });

  it('the article paints before the offline data has loaded and before the analysis', async () => {
    let release!: (r: { gazetteer: null; knowledgeBase: null }) => void;
    const data = new Promise<{ gazetteer: null; knowledgeBase: null }>((r) => (release = r));
    const steps: string[] = [];
    const state = createPanelState(
      host({
        loadResources: () => data as never,
        yieldToPaint: async () => void steps.push(state.view.value.kind),
      }),
    );
    const done = state.refresh();
    await vi.waitFor(() => expect(steps).toEqual(['article']));
    expect(state.view.value).toMatchObject({ kind: 'article', analysis: null });
    release({ gazetteer: null, knowledgeBase: null });
    await done;
    expect(state.view.value).toMatchObject({
      kind: 'article',
      analysis: expect.objectContaining({ quotes: expect.any(Array) }),
    });
  });
});

describe('panel state: reads that overlap', () => {
  it('a read that finishes after a newer one started does not overwrite it', async () => {
    let release!: (v: HostExtract) => void;
    const slow = new Promise<HostExtract>((r) => (release = r));
    const calls = [
      () => slow,
      async (): Promise<HostExtract> => ({ ok: true, article: null, contentType: 'text/html' }),
    ];
    const h = host({ extract: () => calls.shift()!() });
    const state = createPanelState(h);
    const first = state.refresh();
    await Promise.resolve();
    await state.refresh();
    expect(state.view.value.kind).toBe('no-article');
    release({ ok: true, article: STORY, contentType: 'text/html' });
    await first;
    expect(state.view.value.kind).toBe('no-article');
    // Nor does it start watching the stale article's pins.
    expect(h.notes.watchPinned).not.toHaveBeenCalled();
  });

  it('pageChanged re-reads only the tab shown', async () => {
    const h = host();
    const state = createPanelState(h);
    await state.refresh();
    await state.pageChanged(99);
    expect(h.extract).toHaveBeenCalledTimes(1);
    await state.pageChanged(7);
    expect(h.extract).toHaveBeenCalledTimes(2);
  });
});

describe('panel state: actions', () => {
  it('highlight and clear go to the tab shown; nothing before a tab is known', async () => {
    const h = host();
    const state = createPanelState(h);
    const target = { exact: 'We will stay', prefix: '“', suffix: ',”' };
    state.actions.highlight([target]);
    state.actions.clearHighlights();
    expect(h.highlight).not.toHaveBeenCalled();
    expect(h.clearHighlights).not.toHaveBeenCalled();
    await state.refresh();
    state.actions.highlight([target]);
    state.actions.clearHighlights();
    expect(h.highlight).toHaveBeenCalledWith(7, [target]);
    expect(h.clearHighlights).toHaveBeenCalledWith(7);
  });

  it('pinning needs an analysis; openUrl is passed through', async () => {
    const h = host();
    const state = createPanelState(h);
    const quote = { text: 'We will stay,' } as Quote;
    state.actions.togglePin(quote);
    expect(h.notes.togglePin).not.toHaveBeenCalled();
    await state.refresh();
    state.actions.togglePin(quote);
    const view = state.view.value;
    expect(h.notes.togglePin).toHaveBeenCalledWith(
      view.kind === 'article' ? view.analysis : 'no analysis',
      quote,
      undefined,
    );
    state.actions.openUrl('https://en.wikipedia.org/wiki/Lisbon');
    expect(h.openUrl).toHaveBeenCalledWith('https://en.wikipedia.org/wiki/Lisbon');
  });
});

describe('panel state: highlights and the reader’s place', () => {
  it('asking again for the highlight shown clears it; a passage the page lacks is reported on its key', async () => {
    const h = host();
    const state = createPanelState(h);
    await state.refresh();
    const target = [{ exact: 'x', prefix: '', suffix: '' }];
    state.actions.highlight(target, 'q:0');
    expect(state.activeKey.value).toBe('q:0');
    state.actions.highlight(target, 'q:0');
    expect(state.activeKey.value).toBeNull();
    expect(h.clearHighlights).toHaveBeenCalledTimes(1);
    vi.mocked(h.highlight).mockResolvedValueOnce(0);
    state.actions.highlight(target, 'q:1');
    await vi.waitFor(() => expect(state.missingKey.value).toBe('q:1'));
    expect(state.activeKey.value).toBeNull();
  });

  it("a missing passage gets the page's nearest match, which Show marks; names are too short to look up", async () => {
    const near = { exact: 'we will surely stay', prefix: '“', suffix: ',”' };
    const h = host({ highlight: vi.fn(async () => 0), nearest: vi.fn(async () => near) });
    const state = createPanelState(h);
    await state.refresh();
    const quote = { exact: 'we will stay here, all of us', prefix: '“', suffix: ',”', position: 0.1 };
    state.actions.highlight([quote], 'q:0');
    await vi.waitFor(() => expect(state.nearest.value).toEqual({ key: 'q:0', target: near }));
    expect(h.nearest).toHaveBeenCalledWith(7, quote);
    vi.mocked(h.highlight).mockResolvedValueOnce(1);
    state.actions.showNearest?.();
    expect(h.highlight).toHaveBeenLastCalledWith(7, [near]);
    expect([state.activeKey.value, state.missingKey.value]).toEqual(['q:0', 'q:0']);
    state.actions.highlight([{ exact: 'Lisbon', prefix: '', suffix: '' }], 'p:0');
    await vi.waitFor(() => expect(state.missingKey.value).toBe('p:0'));
    expect(h.nearest).toHaveBeenCalledTimes(1);
    expect(state.nearest.value).toBeNull();
  });

  it('a sourcing filter shows Quoted narrowed; another article starts unfiltered', async () => {
    const other = { ...STORY, url: 'https://news.example/other' };
    const reads = [STORY, other];
    const state = createPanelState(
      host({ extract: async () => ({ ok: true, article: reads.shift()!, contentType: 'text/html' }) }),
    );
    await state.refresh();
    state.actions.filterQuotes?.('groups');
    expect([state.quoteFilter.value, state.section.value]).toEqual(['groups', 'quotes']);
    await state.refresh();
    expect(state.quoteFilter.value).toBeNull();
  });

  it('keeps the section across a re-read, and per article when the reader comes back', async () => {
    const other = { ...STORY, url: 'https://news.example/other' };
    const reads = [STORY, STORY, other, STORY];
    const state = createPanelState(
      host({ extract: async () => ({ ok: true, article: reads.shift()!, contentType: 'text/html' }) }),
    );
    await state.refresh();
    expect(state.section.value).toBe('overview');
    state.actions.goTo?.('places');
    await state.refresh();
    expect(state.section.value).toBe('places');
    await state.refresh(); // another article: the section the reader was using carries over
    state.actions.goTo?.('quotes');
    await state.refresh(); // back on the first article: its own section
    expect(state.section.value).toBe('places');
    state.rememberScroll(STORY.url, 'places', 420);
    expect(state.placeFor(STORY.url)).toEqual({ section: 'places', scroll: { places: 420 } });
  });
});
