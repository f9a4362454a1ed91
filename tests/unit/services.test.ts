// services/ against WXT's fake browser (wxt/browser is fakeBrowser under vitest) plus stubs for the APIs it does
// not model (scripting, permissions, fetch): what each service sends to the browser and what it makes of the answer.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_NOTES, noteFromQuote } from '../../lib/notes';
import type { Analysis } from '../../lib/types';
import { articleFromText } from '../../scripts/eval/corpus';

const ROOT = resolve(__dirname, '../..');
const browserAny = fakeBrowser as any;

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});
afterEach(() => {
  vi.unstubAllGlobals();
  delete browserAny.scripting;
});

function stubScripting(impl: (details: any) => unknown) {
  const executeScript = vi.fn(async (details: any) => impl(details));
  browserAny.scripting = { executeScript };
  return executeScript;
}

describe('services/page: extraction and highlights through scripting.executeScript', () => {
  const result = { article: null, contentType: 'text/html', words: 0 };

  it('extractFromTab injects /extract.js into the tab and hands back its value', async () => {
    const executeScript = stubScripting(() => [{ result }]);
    const { extractFromTab } = await import('../../services/page');
    expect(await extractFromTab(5)).toEqual({ ok: true, result });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 5 }, files: ['/extract.js'] });
  });

  it('no value, a refused injection or a thrown non-Error: ok false with the reason', async () => {
    const { extractFromTab } = await import('../../services/page');
    stubScripting(() => []);
    expect(await extractFromTab(5)).toEqual({ ok: false, error: 'The page returned nothing.' });
    stubScripting(() => {
      throw new Error('Cannot access contents of the page.');
    });
    expect(await extractFromTab(5)).toEqual({ ok: false, error: 'Cannot access contents of the page.' });
    stubScripting(() => {
      throw 'gone';
    });
    expect(await extractFromTab(5)).toEqual({ ok: false, error: 'gone' });
  });

  it('highlightInTab installs the highlighter, then marks with the targets as arguments; clear calls the page', async () => {
    const calls: any[] = [];
    stubScripting((details) => {
      calls.push(details);
      return details.func ? [{ result: 2 }] : [{}];
    });
    const { clearHighlightsInTab, highlightInTab } = await import('../../services/page');
    const targets = [{ exact: 'we will', prefix: '', suffix: '' }];
    expect(await highlightInTab(9, targets)).toBe(2);
    expect(calls[0]).toEqual({ target: { tabId: 9 }, files: ['/highlight.js'] });
    expect(calls[1]).toMatchObject({ target: { tabId: 9 }, args: [targets] });
    // The injected function finds the page's highlighter in its world and marks with it.
    const mark = vi.fn(() => 3);
    (globalThis as any).__newsLens = { mark, clear: vi.fn() };
    expect(calls[1].func(targets)).toBe(3);
    expect(mark).toHaveBeenCalledWith(targets);
    await clearHighlightsInTab(9);
    calls[2].func();
    expect((globalThis as any).__newsLens.clear).toHaveBeenCalled();
    delete (globalThis as any).__newsLens;
    stubScripting((details) => (details.func ? [{}] : [{}]));
    expect(await highlightInTab(9, targets)).toBe(0);
  });
});

describe('services/resources: the shipped data, loaded once', () => {
  const dataFile = (name: string) => readFileSync(resolve(ROOT, 'public/data', name), 'utf8');

  it('fetches both files from the extension and parses them; a second call reuses the first load', async () => {
    const fetch = vi.fn(async (url: string) => new Response(dataFile(url.split('/').pop()!)));
    vi.stubGlobal('fetch', fetch);
    const { loadResources } = await import('../../services/resources');
    const first = await loadResources();
    expect(first.gazetteer).not.toBeNull();
    expect(first.knowledgeBase).not.toBeNull();
    expect(fetch.mock.calls.map(([url]) => url).sort()).toEqual([
      `chrome-extension://${fakeBrowser.runtime.id}/data/gazetteer-v1.tsv`,
      `chrome-extension://${fakeBrowser.runtime.id}/data/knowledge-base.json`,
    ]);
    expect(await loadResources()).toBe(first);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('a missing file or a broken one is "not available" (null), not a crash', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // A 404 is not the file even when the server sends a body that would parse.
    const notFound = () => new Response(dataFile('gazetteer-v1.tsv'), { status: 404 });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => (url.endsWith('.tsv') ? notFound() : new Response('{broken'))),
    );
    const { loadResources } = await import('../../services/resources');
    const resources = await loadResources();
    expect(resources.gazetteer).toBeNull();
    expect(resources.knowledgeBase).toBeNull();
  });
});

describe('services/notes-store: one writer in the background, operations sent by message', () => {
  const analysis: Analysis = {
    article: { ...articleFromText('"We will stay," Ana Silva said.'), url: 'https://news.example/a' },
    quotes: [],
    speakers: [],
    reported: [],
    places: [],
    entities: [],
  };
  const quote = {
    text: 'We will stay,',
    start: 1,
    end: 14,
    paragraph: 0,
    partial: false,
    multiParagraph: false,
    speaker: 'Ana Silva',
    speakerType: 'person' as const,
    speakerRole: null,
    speakerMention: null,
  };
  const note = noteFromQuote(analysis, quote, new Date('2026-01-01T00:00:00Z'), 'n1');

  it('a pin sent from a panel is written by the background, counted in the reply and seen by watchers', async () => {
    const store = await import('../../services/notes-store');
    const { listen } = await import('../../services/messaging');
    listen(store.noteHandlers());
    const seen: number[] = [];
    store.watchNotes((state) => seen.push(state.notes.length));
    expect(await store.sendNoteOperation({ op: 'pin', note })).toBe(1);
    expect((await store.readNotes()).notes.map((n) => n.id)).toEqual(['n1']);
    expect(await store.sendNoteOperation({ op: 'pin', note })).toBe(1);
    expect(await store.sendNoteOperation({ op: 'unpin', key: note.key })).toBe(0);
    await vi.waitFor(() => expect(seen.at(-1)).toBe(0));
    expect(seen).toContain(1);
  });

  it('the listener leaves other messages alone; a refused or missing answer is an error for the sender', async () => {
    const store = await import('../../services/notes-store');
    const { listen } = await import('../../services/messaging');
    listen(store.noteHandlers());
    expect(
      await fakeBrowser.runtime.sendMessage({ type: 'something-else', operation: { op: 'pin', note } }),
    ).toBeUndefined();
    expect((await store.readNotes()).notes).toEqual([]);
    vi.spyOn(browserAny.runtime, 'sendMessage').mockResolvedValueOnce({ ok: false, error: 'storage full' });
    await expect(store.sendNoteOperation({ op: 'unpin', key: 'k' })).rejects.toThrow('storage full');
    vi.spyOn(browserAny.runtime, 'sendMessage').mockResolvedValueOnce(undefined);
    await expect(store.sendNoteOperation({ op: 'unpin', key: 'k' })).rejects.toThrow('the background did not answer');
  });

  it('an empty store reads as the empty notebook', async () => {
    const store = await import('../../services/notes-store');
    expect(await store.readNotes()).toEqual(EMPTY_NOTES);
  });
});

describe('services/tabs: the active tab and tab events of the panel’s window', () => {
  it('activeTab asks for the active tab of that window and gives its id, URL and title, or null', async () => {
    const { activeTab, currentWindowId } = await import('../../services/tabs');
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 3 } as any);
    expect(await currentWindowId()).toBe(3);
    const query = vi.spyOn(browserAny.tabs, 'query').mockResolvedValueOnce([]);
    expect(await activeTab(3)).toBeNull();
    expect(query).toHaveBeenCalledWith({ active: true, windowId: 3 });
    query.mockResolvedValueOnce([{ id: 8, url: 'https://news.example/a', title: 'A', index: 0 } as any]);
    expect(await activeTab(3)).toEqual({ id: 8, url: 'https://news.example/a', title: 'A' });
    query.mockResolvedValueOnce([{ url: 'https://news.example/a' } as any]);
    expect(await activeTab(3)).toBeNull();
  });

  it('watchTabs reports switches in its own window and navigations, until unsubscribed', async () => {
    const { watchTabs } = await import('../../services/tabs');
    const events: unknown[] = [];
    const stop = watchTabs(1, (e) => events.push(e));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 4, windowId: 1 });
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 5, windowId: 2 });
    await fakeBrowser.tabs.onUpdated.trigger(4, { url: 'https://news.example/b' }, {} as any);
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading' }, {} as any);
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'complete' }, {} as any);
    stop();
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 6, windowId: 1 });
    expect(events).toEqual([
      { type: 'activated', tabId: 4 },
      { type: 'navigated', tabId: 4, url: 'https://news.example/b' },
      { type: 'navigated', tabId: 4, url: undefined },
    ]);
  });
});

describe('services/wikipedia: opt-in lookups', () => {
  function stubPermissions(granted: boolean) {
    const state = { granted: false };
    browserAny.permissions = {
      request: vi.fn(async () => (state.granted = granted)),
      contains: vi.fn(async () => state.granted),
      remove: vi.fn(async () => !(state.granted = false)),
    };
    return state;
  }

  it('off until the user enables it and the browser grants en.wikipedia.org; disable turns both off', async () => {
    stubPermissions(true);
    const { createWikipediaLookup } = await import('../../services/wikipedia');
    const lookup = createWikipediaLookup();
    expect(await lookup.isEnabled()).toBe(false);
    expect(await lookup.enable()).toBe(true);
    expect(browserAny.permissions.request).toHaveBeenCalledWith({ origins: ['https://en.wikipedia.org/*'] });
    expect(await lookup.isEnabled()).toBe(true);
    await lookup.disable();
    expect(await lookup.isEnabled()).toBe(false);
    expect(await fakeBrowser.storage.local.get('wikipediaLookups')).toEqual({ wikipediaLookups: false });
  });

  it('a refused permission leaves lookups off', async () => {
    stubPermissions(false);
    const { createWikipediaLookup } = await import('../../services/wikipedia');
    expect(await createWikipediaLookup().enable()).toBe(false);
    expect(await createWikipediaLookup().isEnabled()).toBe(false);
  });

  it('the background answers only its own extension, and fetches nothing while lookups are off', async () => {
    stubPermissions(true);
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    const { wikipediaHandlers } = await import('../../services/wikipedia');
    const { listen } = await import('../../services/messaging');
    listen(wikipediaHandlers());
    const ask = (sender: object) =>
      new Promise((done) => {
        void fakeBrowser.runtime.onMessage
          .trigger({ type: 'news-lens/wikipedia/summary', title: 'Lisbon' }, sender as any, done as any)
          .then((r: unknown[]) => {
            if (!r.includes(true)) done('not answered');
          });
      });
    expect(await ask({ id: 'someone-else' })).toBe('not answered');
    expect(await ask({ id: fakeBrowser.runtime.id })).toEqual({ ok: false, error: 'Wikipedia lookups are off' });
    expect(fetch).not.toHaveBeenCalled();
  });
});
