// The panel's view of the browser's tabs: which tab is active in its window, and when that tab changes.
import { browser } from 'wxt/browser';

export interface TabRef {
  id: number;
  /** Absent when the browser does not show it to us (no activeTab grant for that page). */
  url?: string;
  title?: string;
}

export type TabEvent = { type: 'activated'; tabId: number } | { type: 'navigated'; tabId: number; url?: string };

export async function currentWindowId(): Promise<number> {
  const win = await browser.windows.getCurrent();
  return win.id ?? -1;
}

export async function activeTab(windowId: number): Promise<TabRef | null> {
  const [tab] = await browser.tabs.query({ active: true, windowId });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url, title: tab.title };
}

export function openTab(url: string): void {
  void browser.tabs.create({ url });
}

/** Tab switches in this window and navigations (including single-page-app URL changes) of any tab. */
export function watchTabs(windowId: number, onEvent: (event: TabEvent) => void): () => void {
  const activated = (info: { tabId: number; windowId: number }) => {
    if (info.windowId === windowId) onEvent({ type: 'activated', tabId: info.tabId });
  };
  const updated = (tabId: number, change: { url?: string; status?: string }) => {
    if (change.url || change.status === 'complete') onEvent({ type: 'navigated', tabId, url: change.url });
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}

/**
 * True when `tabId` shows one of this extension's own pages (the Notes page). Their URLs are hidden from us like any
 * other without the "tabs" permission, so ask the pages themselves which tab they are in.
 */
export async function isOwnPageTab(tabId: number): Promise<boolean> {
  const views = browser.extension.getViews({ type: 'tab' });
  const ids = await Promise.all(
    views.map((view) => {
      const api =
        (view as unknown as { browser?: typeof browser; chrome?: typeof browser }).browser ??
        (view as unknown as { chrome?: typeof browser }).chrome;
      return (
        api?.tabs.getCurrent().then(
          (tab) => tab?.id,
          () => undefined,
        ) ?? undefined
      );
    }),
  );
  return ids.includes(tabId);
}
