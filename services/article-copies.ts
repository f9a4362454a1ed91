// Stored article copies (lib/notes/article-copy.ts) in extension storage: one key per article, plus an index of
// sizes and last comparisons. The background is the only writer, one change at a time, like the notebook.
import { browser } from 'wxt/browser';
import {
  copyBudgetProblem,
  copyOf,
  isStoredCopy,
  parseArticleCopy,
  type ArticleCheck,
  type ArticleCopy,
  type CopyIndex,
  type StoredCopy,
} from '../lib/notes/article-copy';
import { normalizeArticleUrl } from '../lib/notes';
import type { CopyRequest } from '../lib/messages';
import type { Article } from '../lib/types';
import { fromBase64, gunzip, gzip, toBase64 } from './compress';
import { send, type Handlers } from './messaging';
import { readNotes } from './notes-store';
import { reportProblem } from './problems';

const INDEX = 'articleCopyIndex';
const keyOf = (url: string) => `articleCopy:${url}`;

export async function readCopyIndex(): Promise<CopyIndex> {
  const stored = await browser.storage.local.get(INDEX);
  return (stored[INDEX] as CopyIndex | undefined) ?? {};
}

export async function readStoredCopy(url: string): Promise<StoredCopy | null> {
  const key = keyOf(normalizeArticleUrl(url));
  const value = (await browser.storage.local.get(key))[key];
  return isStoredCopy(value) ? value : null;
}

export async function readAllCopies(): Promise<StoredCopy[]> {
  const index = await readCopyIndex();
  const keys = Object.keys(index).map(keyOf);
  if (!keys.length) return [];
  const stored = await browser.storage.local.get(keys);
  return Object.values(stored).filter(isStoredCopy);
}

export async function unpackCopy(stored: StoredCopy): Promise<ArticleCopy | null> {
  try {
    return parseArticleCopy(await gunzip(fromBase64(stored.gzipBase64)));
  } catch {
    return null;
  }
}

export async function packCopy(article: Article, at: Date): Promise<StoredCopy> {
  const copy = copyOf(article);
  const bytes = await gzip(JSON.stringify(copy));
  return { url: copy.url, storedAt: at.toISOString(), bytes: bytes.length, gzipBase64: toBase64(bytes) };
}

async function ask(request: CopyRequest): Promise<string | null> {
  const reply = await send('news-lens/article-copy', request);
  if (!reply?.ok) throw new Error(reply?.error ?? 'the background did not answer');
  return reply.problem;
}

/** Panel side: keep a copy of the article unless one is kept already. Returns the budget problem, if any. */
export async function keepCopy(article: Article, at: Date): Promise<string | null> {
  if (await readStoredCopy(article.url)) return null;
  return ask({ op: 'store', copy: await packCopy(article, at) });
}

export const recordArticleCheck = (url: string, check: ArticleCheck) =>
  ask({ op: 'checked', url: normalizeArticleUrl(url), check }).then(() => {});

export const restoreCopies = (copies: StoredCopy[], index: CopyIndex) => ask({ op: 'restore', copies, index });

/** Copies of articles that no longer have any note: dropped when a new copy needs the room. */
async function unusedUrls(index: CopyIndex): Promise<string[]> {
  const used = new Set((await readNotes()).notes.map((n) => normalizeArticleUrl(n.article.url)));
  return Object.keys(index).filter((url) => !used.has(url));
}

async function store(copy: StoredCopy): Promise<string | null> {
  const index = await readCopyIndex();
  if (index[copy.url]) return null; // the first copy stays: it is what the quotes were pinned from
  const unused = await unusedUrls(index);
  for (const url of unused) delete index[url];
  if (unused.length) await browser.storage.local.remove(unused.map(keyOf));
  const problem = copyBudgetProblem(index, copy.url, copy.bytes);
  if (problem) return problem;
  await browser.storage.local.set({ [keyOf(copy.url)]: copy });
  await browser.storage.local.set({
    [INDEX]: { ...index, [copy.url]: { bytes: copy.bytes, storedAt: copy.storedAt } },
  });
  return null;
}

async function checked(url: string, check: ArticleCheck): Promise<null> {
  const index = await readCopyIndex();
  if (!index[url]) return null;
  await browser.storage.local.set({ [INDEX]: { ...index, [url]: { ...index[url], lastCheck: check } } });
  return null;
}

async function restore(copies: StoredCopy[], incoming: CopyIndex): Promise<string | null> {
  const index = await readCopyIndex();
  const fresh = copies.filter((c) => isStoredCopy(c) && !index[c.url]);
  if (fresh.length) await browser.storage.local.set(Object.fromEntries(fresh.map((c) => [keyOf(c.url), c])));
  for (const c of fresh)
    index[c.url] = {
      bytes: c.bytes,
      storedAt: c.storedAt,
      ...(incoming[c.url]?.lastCheck ? { lastCheck: incoming[c.url].lastCheck } : {}),
    };
  await browser.storage.local.set({ [INDEX]: index });
  return null;
}

/** Background side: the one writer of copies, one change at a time, as a handler of its one listener. */
export function copyHandlers(): Handlers {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    'news-lens/article-copy': (request) => {
      const run = tail.then(() =>
        request.op === 'store'
          ? store(request.copy)
          : request.op === 'checked'
            ? checked(request.url, request.check)
            : restore(request.copies, request.index),
      );
      tail = run.catch(() => {});
      return run.then(
        (problem) => ({ ok: true, problem }),
        (error) => {
          const text = error instanceof Error ? error.message : String(error);
          void reportProblem(`Could not save the article copy: ${text}`);
          return { ok: false, error: text };
        },
      );
    },
  };
}

/** Calls back now and on every change of the index. */
export function watchCopyIndex(onChange: (index: CopyIndex) => void): () => void {
  void readCopyIndex().then(onChange);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && INDEX in changes) onChange((changes[INDEX].newValue as CopyIndex | undefined) ?? {});
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
