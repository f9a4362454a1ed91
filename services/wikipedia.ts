// Opt-in Wikipedia lookups. The panel side asks for the host permission and sends requests; the
// background side holds the one client (shared cache, one request at a time) and fetches only
// when the user turned lookups on and the permission is granted.
import { browser } from 'wxt/browser';
import type { WikipediaLookup } from '../lib/contracts';
import type { MessageName, RequestOf, ResponseOf } from '../lib/messages';
import type { Result } from '../lib/result';
import { createWikipediaClient, type WikipediaClient } from '../lib/wikipedia/client';
import { findStoryEvent } from '../lib/wikipedia/event';
import { resolveName } from '../lib/wikipedia/resolve';
import { send, type Handlers } from './messaging';
import { logRequest } from './request-log';

const ORIGINS = ['https://en.wikipedia.org/*'];
const SETTING = 'wikipediaLookups';

async function settingOn(): Promise<boolean> {
  const stored = await browser.storage.local.get(SETTING);
  return stored[SETTING] === true;
}

async function allowed(): Promise<boolean> {
  return (await settingOn()) && (await browser.permissions.contains({ origins: ORIGINS }));
}

type LookupName = Extract<MessageName, `news-lens/wikipedia/${string}`>;
type Value<K extends LookupName> = Extract<ResponseOf<K>, { ok: true }>['value'];

async function ask<K extends LookupName>(name: K, request: RequestOf<K>): Promise<Value<K>> {
  const reply: Result<{ value: unknown }> | undefined = await send(name, request);
  if (!reply?.ok) throw new Error(reply?.error ?? 'no answer from the background');
  return reply.value as Value<K>;
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
    summary: (title) => ask('news-lens/wikipedia/summary', { title }),
    resolve: (name) => ask('news-lens/wikipedia/resolve', { name }),
    storyEvent: (article, entities) => ask('news-lens/wikipedia/event', { article, entities }),
  };
}

/** Runs a lookup when lookups are on; the summary's thumbnail, which the panel shows, is logged as leaving too. */
async function answer<T>(
  lookup: () => Promise<T>,
  imageOf?: (value: T) => string | undefined,
): Promise<Result<{ value: T }>> {
  try {
    if (!(await allowed())) return { ok: false, error: 'Wikipedia lookups are off' };
    const value = await lookup();
    const image = imageOf?.(value);
    if (image) await logRequest('Wikipedia lookups (image)', image);
    return { ok: true, value };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

/** The background's side: the lookups it answers, for its one listener. */
export function wikipediaHandlers(): Handlers {
  const client: WikipediaClient = createWikipediaClient({
    fetch: (url, init) => logRequest('Wikipedia lookups', url).then(() => fetch(url, init)),
    sleep: (ms) => new Promise<void>((done) => setTimeout(done, ms)),
  });
  return {
    'news-lens/wikipedia/summary': ({ title }) =>
      answer(
        () => client.summary(title),
        (summary) => summary?.thumbnail?.source,
      ),
    'news-lens/wikipedia/resolve': ({ name }) => answer(() => resolveName(client, name)),
    'news-lens/wikipedia/event': ({ article, entities }) => answer(() => findStoryEvent(client, article, entities)),
  };
}
