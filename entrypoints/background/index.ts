import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';

export default defineBackground(() => {
  browser.action.onClicked.addListener((tab) => {
    // Must stay synchronous: the open call has to happen inside the click's user gesture.
    if (import.meta.env.BROWSER === 'firefox') void (browser as any).sidebarAction.open();
    else if (tab.id !== undefined) void browser.sidePanel.open({ tabId: tab.id });
  });
});
