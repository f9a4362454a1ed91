// Wiring only: build the panel state from browser services and render it. Loaded by main.ts once the static shell
// has painted.
import { render } from 'preact';
import { App } from '../../components/App';
import { createPanelState, type PanelHost } from '../../components/panel-state';
import { createNotesClient } from '../../services/notes-client';
import { createNotesPort } from '../../services/notes-store';
import { NotesContext } from '../../components/notes/notes-port';
import { MapOutlineContext, StateLinesContext } from '../../components/places/map-outline';
import { loadMapOutline, loadStateLines } from '../../services/map-outline';
import { clearHighlightsInTab, extractFromTab, highlightInTab, nearestInTab } from '../../services/page';
import { loadResources } from '../../services/resources';
import { activeTab, currentWindowId, isOwnPageTab, openTab, watchTabs } from '../../services/tabs';
import { connectPanel, onHighlightCleared } from '../../services/panel-link';
import '../../assets/panel.css';
import { WikipediaContext } from '../../components/background/wikipedia-lookup';
import { createWikipediaLookup } from '../../services/wikipedia';

/** Named moments of the cold open, read by cold-open.e2e (performance marks stay in this page). */
const mark = (name: string) => void performance.mark(`news-lens:${name}`);

export async function startPanel() {
  mark('code');
  const windowId = await currentWindowId();
  let link: ReturnType<typeof connectPanel> | null = null;
  const host: PanelHost = {
    activeTab: () => activeTab(windowId),
    async extract(tabId) {
      mark('extract');
      const outcome = await extractFromTab(tabId);
      mark('extracted');
      return outcome.ok
        ? { ok: true, article: outcome.result.article, contentType: outcome.result.contentType }
        : outcome;
    },
    loadResources,
    async highlight(tabId, targets) {
      const found = await highlightInTab(tabId, targets);
      link?.highlighted(tabId);
      return found;
    },
    clearHighlights: clearHighlightsInTab,
    nearest: nearestInTab,
    openUrl: openTab,
    notes: createNotesClient(),
    isOwnPage: isOwnPageTab,
    yieldToPaint: () =>
      new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))).then(() => mark('painted')),
  };
  const state = createPanelState(host);
  link = connectPanel(windowId, () => void state.refresh());
  onHighlightCleared(() => state.highlightCleared());
  watchTabs(
    windowId,
    (event) => void (event.type === 'activated' ? state.tabActivated() : state.pageChanged(event.tabId)),
  );
  const app = document.getElementById('app')!;
  app.replaceChildren(); // the static shell (index.html) has been on screen until now
  render(
    <WikipediaContext.Provider value={createWikipediaLookup()}>
      <NotesContext.Provider value={createNotesPort()}>
        <MapOutlineContext.Provider value={loadMapOutline}>
          <StateLinesContext.Provider value={loadStateLines}>
            <App state={state} />
          </StateLinesContext.Provider>
        </MapOutlineContext.Provider>
      </NotesContext.Provider>
    </WikipediaContext.Provider>,
    app,
  );
  await state.refresh();
}
