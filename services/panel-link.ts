// The panel ↔ background link: one runtime port per open panel. The background uses it to tell the panel about
// toolbar clicks, and notices when the panel closes (the port disconnects) so it can remove page highlights.
import { browser } from 'wxt/browser';
import { PANEL_PORT, type BackgroundToPanel, type PanelToBackground } from '../lib/messages';
import { listen } from './messaging';

/**
 * The panel's one runtime listener: calls back when the reader cleared News Lens's highlight in a page (Esc in the
 * page). The panel answers no other message.
 */
export function onHighlightCleared(callback: (tabId: number | undefined) => void): void {
  listen({
    'news-lens/highlight-cleared': (_request, sender) => {
      callback(sender.tab?.id);
    },
  });
}

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
