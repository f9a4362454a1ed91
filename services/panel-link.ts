// The panel ↔ background link: one runtime port per open panel. The background uses it to tell the panel about
// toolbar clicks, and notices when the panel closes (the port disconnects) so it can remove page highlights.
import { browser } from 'wxt/browser';

export const PANEL_PORT = 'news-lens-panel';
/** Sent by the page's highlighter when the reader pressed Esc there. */
export const HIGHLIGHT_CLEARED = 'news-lens/highlight-cleared';

/** Calls back when the reader cleared News Lens's highlight in a page (Esc in the page). */
export function onHighlightCleared(callback: (tabId: number | undefined) => void): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if ((message as { type?: string } | null)?.type === HIGHLIGHT_CLEARED) callback(sender.tab?.id);
    return undefined;
  });
}

export type PanelToBackground = { type: 'hello'; windowId: number } | { type: 'highlighted'; tabId: number };
export type BackgroundToPanel = { type: 'toolbar-click'; tabId: number };

export function connectPanel(windowId: number, onClick: (tabId: number) => void) {
  const port = browser.runtime.connect({ name: PANEL_PORT });
  port.onMessage.addListener((msg: BackgroundToPanel) => {
    if (msg?.type === 'toolbar-click') onClick(msg.tabId);
  });
  port.postMessage({ type: 'hello', windowId } satisfies PanelToBackground);
  return {
    highlighted: (tabId: number) => port.postMessage({ type: 'highlighted', tabId } satisfies PanelToBackground),
  };
}
