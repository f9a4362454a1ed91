// Opt-in Wikipedia lookups. The panel side asks for the host permission and sends requests; the
// background side holds the one client (shared cache, one request at a time) and fetches only
// when the user turned lookups on and the permission is granted.
import { browser } from 'wxt/browser';
import type { WikipediaLookup } from '../components/background/wikipedia-lookup';
import type { Article, Entity } from '../lib/types';
import { createWikipediaClient, type WikipediaClient } from '../lib/wikipedia/client';
import { findStoryEvent } from '../lib/wikipedia/event';
import { resolveName } from '../lib/wikipedia/resolve';
import { logRequest } from './request-log';

const ORIGINS = ['https://en.wikipedia.org/*'];
const SETTING = 'wikipediaLookups';
const MESSAGE = 'news-lens/wikipedia';

type Body =
  | { op: 'summary'; title: string }
  | { op: 'resolve'; name: string }
  | { op: 'event'; article: Article; entities: Entity[] };
type Request = Body & { type: typeof MESSAGE };
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

async function settingOn(): Promise<boolean> {
  const stored = await browser.storage.local.get(SETTING);
  return stored[SETTING] === true;
}

async function allowed(): Promise<boolean> {
  return (await settingOn()) && (await browser.permissions.contains({ origins: ORIGINS }));
}

async function ask<T>(request: Body): Promise<T> {
  const reply = (await browser.runtime.sendMessage({ type: MESSAGE, ...request })) as Reply | undefined;
  if (!reply?.ok) throw new Error(reply?.error ?? 'no answer from the background');
  return reply.value as T;
}

/** The panel's side, handed to the Background section through WikipediaContext. */
export function createWikipediaLookup(): WikipediaLookup {
  return {
    isEnabled: allowed,
    async enable() {
      // First statement, no await before it: the prompt must open inside the click.
      const granted = await browser.permissions.request({ origins: ORIGINS });
      await browser.storage.local.set({ [SETTING]: granted });
      return granted;
    },
    async disable() {
      await browser.storage.local.set({ [SETTING]: false });
      await browser.permissions.remove({ origins: ORIGINS }).catch(() => false);
    },
    summary: (title) => ask({ op: 'summary', title }),
    resolve: (name) => ask({ op: 'resolve', name }),
    storyEvent: (article, entities) => ask({ op: 'event', article, entities }),
  };
}

async function answer(client: WikipediaClient, request: Request): Promise<Reply> {
  try {
    if (!(await allowed())) return { ok: false, error: 'Wikipedia lookups are off' };
    const value =
      request.op === 'summary'
        ? await client.summary(request.title)
        : request.op === 'resolve'
          ? await resolveName(client, request.name)
          : await findStoryEvent(client, request.article, request.entities);
    // The panel shows the summary's thumbnail, which the browser fetches from Wikimedia: that leaves too.
    const image = request.op === 'summary' ? (value as { thumbnail?: { source?: string } } | null)?.thumbnail?.source : null;
    if (image) await logRequest('Wikipedia lookups (image)', image);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

/** The background's side: call once from defineBackground. */
export function listenForWikipediaRequests(): void {
  const client = createWikipediaClient({
    fetch: (url, init) => logRequest('Wikipedia lookups', url).then(() => fetch(url, init)),
    sleep: (ms) => new Promise<void>((done) => setTimeout(done, ms)),
  });
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: Reply) => void) => {
    const request = message as Request | undefined;
    if (request?.type !== MESSAGE || sender.id !== browser.runtime.id) return undefined;
    void answer(client, request).then(sendResponse);
    return true; // the reply comes asynchronously
  });
}
