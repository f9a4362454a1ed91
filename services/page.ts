// Talks to the page in a tab: extraction and highlights, both through scripting.executeScript (activeTab grant).
import { browser } from 'wxt/browser';
import type { PassageTarget as TextTarget } from '../lib/article/page-text';
import type { ExtractResult, PageHighlighter } from '../lib/contracts';
import type { Result } from '../lib/result';

export type ExtractOutcome = Result<{ result: ExtractResult }>;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function extractFromTab(tabId: number): Promise<ExtractOutcome> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: ['/extract.js'] });
    const result = first?.result as ExtractResult | undefined;
    if (!result) return { ok: false, error: 'The page returned nothing.' };
    return { ok: true, result };
  } catch (error) {
    return { ok: false, error: message(error) };
  }
}

type HighlightWorld = typeof globalThis & { __newsLens?: PageHighlighter };

/** Marks the targets in the page (installing the highlighter on first use); returns how many were found. */
export async function highlightInTab(tabId: number, targets: TextTarget[]): Promise<number> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/highlight.js'] });
  const [first] = await browser.scripting.executeScript({
    target: { tabId },
    func: (t: TextTarget[]) => (globalThis as HighlightWorld).__newsLens?.mark(t) ?? 0,
    args: [targets],
  });
  return (first?.result as number | undefined) ?? 0;
}

/** The page's passage closest to a target it no longer has word for word (fuzzy re-anchoring), or null. */
export async function nearestInTab(tabId: number, target: TextTarget): Promise<TextTarget | null> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['/highlight.js'] });
  const [first] = await browser.scripting.executeScript({
    target: { tabId },
    func: (t: TextTarget) => (globalThis as HighlightWorld).__newsLens?.nearest(t) ?? null,
    args: [target],
  });
  return (first?.result as TextTarget | null | undefined) ?? null;
}

export async function clearHighlightsInTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: () => (globalThis as HighlightWorld).__newsLens?.clear(),
  });
}
