// The panel's state machine: which tab it shows, what it found there, and the actions sections call.
// Browser access comes in through PanelHost (built from services/ by the entrypoint), so this runs in Node tests.
import { signal, type Signal } from '@preact/signals';
import { analyzeArticle, type AnalysisResources } from '../lib/analyze';
import { pageAccess } from '../lib/article/page-access';
import type { Analysis, Article, Quote } from '../lib/types';
import type { NotesClient, PanelActions, TextTarget } from './panel-contract';

export interface HostTab {
  id: number;
  url?: string;
}

export type HostExtract =
  | { ok: true; article: Article | null; contentType: string }
  | { ok: false; error: string };

export interface PanelHost {
  activeTab(): Promise<HostTab | null>;
  extract(tabId: number): Promise<HostExtract>;
  loadResources(): Promise<AnalysisResources>;
  highlight(tabId: number, targets: TextTarget[]): Promise<number>;
  clearHighlights(tabId: number): Promise<void>;
  openUrl(url: string): void;
  notes: NotesClient;
  /** Lets the browser paint between slow steps. */
  yieldToPaint?: () => Promise<void>;
}

export type PanelView =
  | { kind: 'loading'; step: string }
  | { kind: 'article'; article: Article; analysis: Analysis | null; analysisError: string | null }
  | { kind: 'no-article'; reason: string }
  | { kind: 'restricted'; reason: string }
  | { kind: 'needs-click'; reason: string }
  | { kind: 'error'; message: string };

export interface PanelState {
  view: Signal<PanelView>;
  pinnedQuoteKeys: Signal<ReadonlySet<string>>;
  actions: PanelActions;
  /** Reads the active tab again. */
  refresh(): Promise<void>;
  /** Another tab became active in the panel's window: read it (or say why we cannot). */
  tabActivated(): Promise<void>;
  /** The page in `tabId` navigated: re-read it if it is the one shown. */
  pageChanged(tabId: number): Promise<void>;
}

/** Injection errors that mean "the browser does not let us in here" rather than "something broke". */
const NO_ACCESS = /cannot access|cannot be scripted|missing host permission|permission|not allowed|extensions gallery|chrome:\/\//i;
const LARGE_PAGE_WORDS = 6000;

export function createPanelState(host: PanelHost): PanelState {
  const view = signal<PanelView>({ kind: 'loading', step: 'Reading the page…' });
  const pinnedQuoteKeys = signal<ReadonlySet<string>>(new Set());
  let tabId: number | null = null;
  let generation = 0;
  let unwatchPins: () => void = () => {};
  const paint = host.yieldToPaint ?? (() => Promise.resolve());

  function watchPins(url: string) {
    unwatchPins();
    unwatchPins = host.notes.watchPinned(url, (keys) => (pinnedQuoteKeys.value = keys));
  }

  async function analyze(article: Article, run: number) {
    if (article.wordCount > LARGE_PAGE_WORDS) {
      view.value = { kind: 'loading', step: `Analysing a long article (${article.wordCount.toLocaleString()} words)…` };
      await paint();
    }
    const resources = await host.loadResources();
    if (run !== generation) return;
    view.value = { kind: 'article', article, analysis: null, analysisError: null };
    await paint();
    try {
      const analysis = analyzeArticle(article, resources);
      if (run === generation) view.value = { kind: 'article', article, analysis, analysisError: null };
      host.notes.checkArticle?.(analysis).catch(() => {});
    } catch (error) {
      if (run === generation) view.value = { kind: 'article', article, analysis: null, analysisError: String(error) };
    }
  }

  async function refresh() {
    const run = ++generation;
    try {
      view.value = { kind: 'loading', step: 'Reading the page…' };
      const tab = await host.activeTab();
      if (run !== generation) return;
      if (!tab) return void (view.value = { kind: 'error', message: 'No active tab found in this window.' });
      tabId = tab.id;
      const access = pageAccess(tab.url);
      if (access.kind === 'restricted') return void (view.value = { kind: 'restricted', reason: access.reason });
      const outcome = await host.extract(tab.id);
      if (run !== generation) return;
      if (!outcome.ok) {
        view.value = NO_ACCESS.test(outcome.error)
          ? { kind: 'needs-click', reason: outcome.error }
          : { kind: 'error', message: outcome.error };
        return;
      }
      if (access.kind === 'pdf' || outcome.contentType === 'application/pdf') {
        return void (view.value = { kind: 'restricted', reason: 'This is a PDF shown in the browser’s PDF viewer, which extensions cannot read.' });
      }
      if (!outcome.article) {
        view.value = { kind: 'no-article', reason: 'This page does not look like a single article: it may be a home page, a list of links or search results.' };
        return;
      }
      watchPins(outcome.article.url);
      await analyze(outcome.article, run);
    } catch (error) {
      if (run === generation) view.value = { kind: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  }

  async function pageChanged(changedTab: number) {
    if (changedTab === tabId) await refresh();
  }

  const currentAnalysis = () => (view.value.kind === 'article' ? view.value.analysis : null);
  const actions: PanelActions = {
    highlight(targets) {
      if (tabId !== null) host.highlight(tabId, targets).catch((e) => console.warn('News Lens: highlight failed', e));
    },
    clearHighlights() {
      if (tabId !== null) host.clearHighlights(tabId).catch(() => {});
    },
    openUrl: (url) => host.openUrl(url),
    togglePin(quote: Quote) {
      const analysis = currentAnalysis();
      if (analysis) host.notes.togglePin(analysis, quote).catch((e) => console.warn('News Lens: pin failed', e));
    },
  };

  return { view, pinnedQuoteKeys, actions, refresh, tabActivated: refresh, pageChanged };
}
