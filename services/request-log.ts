// What left this device: every network request the extension makes, with the feature that made it and when.
// Requests are made in the background only (the Wikipedia client), so the background is the one writer here.
import { browser } from 'wxt/browser';
import type { LoggedRequest } from '../lib/contracts';

const KEY = 'requestLog';
/** Enough for weeks of lookups; the oldest go first. */
const KEEP = 500;

export type { LoggedRequest };

let tail: Promise<unknown> = Promise.resolve();

export async function readRequestLog(): Promise<LoggedRequest[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? (stored as LoggedRequest[]) : [];
}

/** Records a request before it is made, so a request that fails or hangs is listed too. */
export function logRequest(feature: string, url: string): Promise<void> {
  const entry: LoggedRequest = { at: new Date().toISOString(), feature, url };
  const run = tail.then(async () => {
    await browser.storage.local.set({ [KEY]: [...(await readRequestLog()), entry].slice(-KEEP) });
  });
  tail = run.catch((error) => console.error('News Lens: could not record a request', error));
  return tail as Promise<void>;
}

export const clearRequestLog = () => browser.storage.local.remove(KEY);

export function watchRequestLog(onChange: (log: LoggedRequest[]) => void): () => void {
  void readRequestLog().then(onChange);
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const value = changes[KEY].newValue;
    onChange(Array.isArray(value) ? (value as LoggedRequest[]) : []);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
