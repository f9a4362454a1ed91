// The message contract (lib/messages.ts) and its one listener per side (services/messaging.ts), against WXT's fake
// browser: what a side answers, what it leaves for others, and the panel's Esc notice from the page.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isMessage } from '../../lib/messages';

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

/** Delivers a message to the installed listeners as the browser would; 'not answered' when none keeps the channel. */
function deliver(message: unknown, sender: object = {}): Promise<unknown> {
  return new Promise((done) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender as any, done as any).then((kept: unknown[]) => {
      if (!kept.includes(true)) done('not answered');
    });
  });
}

describe('lib/messages: isMessage', () => {
  it('knows every message name and nothing else', () => {
    expect(isMessage({ type: 'news-lens/notes', operation: { op: 'unpin', key: 'k' } })).toBe(true);
    expect(isMessage({ type: 'news-lens/wikipedia/resolve', name: 'Lisbon' })).toBe(true);
    expect(isMessage({ type: 'news-lens/highlight-cleared' })).toBe(true);
    expect(isMessage({ type: 'news-lens/wikipedia' })).toBe(false); // the old, single Wikipedia name
    expect(isMessage({ type: 'toString' })).toBe(false); // inherited properties are not names
    expect(isMessage({ op: 'pin' })).toBe(false);
    expect(isMessage(null)).toBe(false);
    expect(isMessage('news-lens/notes')).toBe(false);
  });
});

describe('services/messaging: send and the one listener', () => {
  it('answers the messages it has handlers for, with the handler value, sync or async', async () => {
    const { listen } = await import('../../services/messaging');
    listen({
      'news-lens/wikipedia/resolve': async ({ name }) => ({ ok: true, value: name.toUpperCase() }),
      'news-lens/article-copy': () => ({ ok: false, error: 'over budget' }),
    });
    expect(await deliver({ type: 'news-lens/wikipedia/resolve', name: 'lisbon' })).toEqual({
      ok: true,
      value: 'LISBON',
    });
    expect(await deliver({ type: 'news-lens/article-copy', op: 'checked' })).toEqual({
      ok: false,
      error: 'over budget',
    });
  });

  it('leaves alone names it has no handler for, foreign shapes and other extensions', async () => {
    const { listen } = await import('../../services/messaging');
    const handler = vi.fn(async () => ({ ok: true as const, count: 1 }));
    listen({ 'news-lens/notes': handler });
    expect(await deliver({ type: 'news-lens/wikipedia/summary', title: 'Lisbon' })).toBe('not answered');
    expect(await deliver({ type: 'something-else' })).toBe('not answered');
    expect(
      await deliver({ type: 'news-lens/notes', operation: { op: 'unpin', key: 'k' } }, { id: 'another-extension' }),
    ).toBe('not answered');
    expect(handler).not.toHaveBeenCalled();
    expect(
      await deliver({ type: 'news-lens/notes', operation: { op: 'unpin', key: 'k' } }, { id: fakeBrowser.runtime.id }),
    ).toEqual({ ok: true, count: 1 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('send puts the name in `type` beside the request and returns the answer', async () => {
    const { listen, send } = await import('../../services/messaging');
    const seen: unknown[] = [];
    listen({ 'news-lens/notes': async (request) => (seen.push(request), { ok: true, count: 7 }) });
    const reply = await send('news-lens/notes', { operation: { op: 'unpin', key: 'k' } });
    expect(reply).toEqual({ ok: true, count: 7 });
    expect(seen).toEqual([{ type: 'news-lens/notes', operation: { op: 'unpin', key: 'k' } }]);
  });

  it("the panel hears the page's Esc notice with the tab it came from, and answers nothing", async () => {
    const { onHighlightCleared } = await import('../../services/panel-link');
    const cleared: (number | undefined)[] = [];
    onHighlightCleared((tabId) => cleared.push(tabId));
    expect(await deliver({ type: 'news-lens/highlight-cleared' }, { tab: { id: 42 } })).toBe('not answered');
    expect(await deliver({ type: 'news-lens/notes', operation: { op: 'unpin', key: 'k' } }, { tab: { id: 1 } })).toBe(
      'not answered',
    );
    expect(cleared).toEqual([42]);
  });

  it('the background answers notes, copies and lookups from one listener', async () => {
    const { listen, send } = await import('../../services/messaging');
    const { noteHandlers } = await import('../../services/notes-store');
    const { copyHandlers } = await import('../../services/article-copies');
    const { wikipediaHandlers } = await import('../../services/wikipedia');
    listen({ ...wikipediaHandlers(), ...noteHandlers(), ...copyHandlers() });
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
    expect(await send('news-lens/notes', { operation: { op: 'unpin', key: 'k' } })).toEqual({ ok: true, count: 0 });
    expect(
      await send('news-lens/article-copy', { op: 'checked', url: 'https://x.example/a', check: { at: 'now' } as any }),
    ).toEqual({ ok: true, problem: null });
    // Lookups are off (no setting stored): refused without a fetch.
    expect(await send('news-lens/wikipedia/summary', { title: 'Lisbon' })).toEqual({
      ok: false,
      error: 'Wikipedia lookups are off',
    });
  });
});
