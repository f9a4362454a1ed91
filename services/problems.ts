// Storage problems the reader must see (a full disk, a refused write, an article copy over budget). Kept in
// storage so the Notes page shows what went wrong in the panel or the background; never swallowed.
import { browser } from 'wxt/browser';
import type { Problem } from '../lib/contracts';

const KEY = 'storageProblems';
const KEEP = 5;

export type { Problem };

/** Listeners in this page: a problem that could not even be stored is still shown where it happened. */
const local = new Set<(problems: Problem[]) => void>();
let inPage: Problem[] = [];

async function read(): Promise<Problem[]> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? (stored as Problem[]) : [];
}

export async function reportProblem(message: string): Promise<void> {
  const problem = { at: new Date().toISOString(), message };
  console.error(`News Lens: ${message}`);
  inPage = [problem, ...inPage].slice(0, KEEP);
  for (const listener of local) listener(inPage);
  try {
    await browser.storage.local.set({ [KEY]: [problem, ...(await read())].slice(0, KEEP) });
  } catch (error) {
    console.error('News Lens: could not record the problem either', error);
  }
}

export async function clearProblems(): Promise<void> {
  inPage = [];
  for (const listener of local) listener([]);
  await browser.storage.local.remove(KEY);
}

/** Calls back now and on every change; merges problems stored by other pages with this page's own. */
export function watchProblems(onChange: (problems: Problem[]) => void): () => void {
  let stored: Problem[] = [];
  const emit = () => {
    const seen = new Set<string>();
    const all = [...inPage, ...stored].filter((p) => !seen.has(p.at + p.message) && seen.add(p.at + p.message));
    onChange(all.sort((a, b) => b.at.localeCompare(a.at)).slice(0, KEEP));
  };
  void read().then((p) => ((stored = p), emit()));
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(KEY in changes)) return;
    const value = changes[KEY].newValue;
    stored = Array.isArray(value) ? (value as Problem[]) : [];
    emit();
  };
  const onLocal = () => emit();
  browser.storage.onChanged.addListener(onStorage);
  local.add(onLocal);
  return () => {
    browser.storage.onChanged.removeListener(onStorage);
    local.delete(onLocal);
  };
}
