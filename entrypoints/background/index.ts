import { defineBackground } from 'wxt/utils/define-background';
import { browser, type Browser } from 'wxt/browser';
import { PANEL_PORT, type BackgroundToPanel, type PanelToBackground } from '../../lib/messages';
import { clearHighlightsInTab } from '../../services/page';
import { listen } from '../../services/messaging';
import { wikipediaHandlers } from '../../services/wikipedia';
import { noteHandlers } from '../../services/notes-store';
import { copyHandlers } from '../../services/article-copies';

interface OpenPanel {
  windowId: number;
  highlightedTabs: Set<number>;
}

export default defineBackground(() => {
  // The one runtime listener: opt-in Wikipedia lookups for the panel (issue 5), the notebook's and the article
  // copies' one writer (lib/messages.ts lists every message).
  listen({ ...wikipediaHandlers(), ...noteHandlers(), ...copyHandlers() });

  const panels = new Map<Browser.runtime.Port, OpenPanel>();

  browser.action.onClicked.addListener((tab) => {
    // Must stay synchronous: the open call has to happen inside the click's user gesture.
    if (import.meta.env.BROWSER === 'firefox') void (browser as any).sidebarAction.open();
    else if (tab.id !== undefined) void browser.sidePanel.open({ tabId: tab.id });
    // A panel already open in this window re-reads the page: the click granted activeTab for what is shown now.
    for (const [port, panel] of panels) {
      if (panel.windowId === tab.windowId && tab.id !== undefined) {
        port.postMessage({ type: 'toolbar-click', tabId: tab.id } satisfies BackgroundToPanel);
      }
    }
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PANEL_PORT) return;
    const panel: OpenPanel = { windowId: -1, highlightedTabs: new Set() };
    panels.set(port, panel);
    port.onMessage.addListener((msg: PanelToBackground) => {
      if (msg?.type === 'hello') panel.windowId = msg.windowId;
      if (msg?.type === 'highlighted') panel.highlightedTabs.add(msg.tabId);
    });
    // The panel closed: take our marks out of the pages it highlighted.
    port.onDisconnect.addListener(() => {
      panels.delete(port);
      for (const tabId of panel.highlightedTabs) clearHighlightsInTab(tabId).catch(() => {});
    });
  });
});
