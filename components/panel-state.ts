// The panel's state machine: which tab it shows, what it found there, and the actions sections call.
// Browser access comes in through PanelHost (built from services/ by the entrypoint), so this runs in Node tests.
import { signal, type Signal } from '@preact/signals';
import type { AnalysisResources } from '../lib/analyze';
import { pageAccess } from '../lib/article/page-access';
import type { Result } from '../lib/result';
import type { Analysis, Article, Quote } from '../lib/types';
import type { NearestMatch, NotesClient, PanelActions, SourceKind, TextTarget } from './panel-contract';

export interface HostTab {
  id: number;
  url?: string;
}

export type HostExtract = Result<{ article: Article | null; contentType: string }>;

export interface PanelHost {
  activeTab(): Promise<HostTab | null>;
  extract(tabId: number): Promise<HostExtract>;
  loadResources(): Promise<AnalysisResources>;
  highlight(tabId: number, targets: TextTarget[]): Promise<number>;
  clearHighlights(tabId: number): Promise<void>;
  /** The page's passage closest to one it no longer contains word for word (fuzzy re-anchoring), or null. */
  nearest?(tabId: number, target: TextTarget): Promise<TextTarget | null>;
  openUrl(url: string): void;
  notes: NotesClient;
  /** True when the tab shows one of News Lens's own pages (the Notes page). */
  isOwnPage?(tabId: number): Promise<boolean>;
  /** Lets the browser paint between slow steps. */
  yieldToPaint?: () => Promise<void>;
}

export type PanelView =
  | { kind: 'loading'; step: string }
  | { kind: 'article'; article: Article; analysis: Analysis | null; analysisError: string | null }
  | { kind: 'no-article'; reason: string }
  | { kind: 'restricted'; reason: string; title?: string }
  | { kind: 'needs-click'; reason: string }
  | { kind: 'error'; message: string };

/** Where the reader was in one article: the section, and the scroll position in each section. */
export interface ArticlePlace {
  section: string;
  scroll: Record<string, number>;
}

export interface PanelState {
  view: Signal<PanelView>;
  /** A re-read is under way while the last article stays on screen. */
  busy: Signal<boolean>;
  /** The section shown; kept across re-reads, and per article (see placeFor). */
  section: Signal<string>;
  pinnedQuoteKeys: Signal<ReadonlySet<string>>;
  /** The card whose highlight is in the page, and the one whose passage the page no longer has. */
  activeKey: Signal<string | null>;
  missingKey: Signal<string | null>;
  /** The missing card's nearest match in the page, once looked up. */
  nearest: Signal<NearestMatch | null>;
  /** The Quoted list narrowed to one kind of source (from the sourcing bar); per article. */
  quoteFilter: Signal<SourceKind | null>;
  actions: PanelActions;
  /** Remembers the scroll position of `section` in the article at `url`. */
  rememberScroll(url: string, section: string, y: number): void;
  /** The reader cleared the highlight in the page itself (Esc there). */
  highlightCleared(): void;
  /** Where the reader was in this article, if they have been there. */
  placeFor(url: string): ArticlePlace | undefined;
  /** Reads the active tab again. */
  refresh(): Promise<void>;
  /** Another tab became active in the panel's window: read it (or say why we cannot). */
  tabActivated(): Promise<void>;
  /** The page in `tabId` navigated: re-read it if it is the one shown. */
  pageChanged(tabId: number): Promise<void>;
}

/** Injection errors that mean "the browser does not let us in here" rather than "something broke". */
const NO_ACCESS =
  /cannot access|cannot be scripted|missing host permission|permission|not allowed|extensions gallery|chrome:\/\//i;
/** Errors that mean the tab shows a browser page (Firefox's about: pages run the script and return nothing). */
const BROWSER_PAGE = /returned nothing|about:|moz-extension:|chrome-extension:|chrome:\/\/|edge:\/\//i;
const BROWSER_PAGE_REASON =
  'News Lens reads news pages, not the browser’s own pages (settings, new tab, about: pages).';
export const FIRST_SECTION = 'overview';
/** A name is too short for an approximate match to mean anything; a quote is not. */
const MIN_FUZZY_CHARS = 20;
const isPassage = (targets: TextTarget[]) => targets.length === 1 && targets[0].exact.trim().length >= MIN_FUZZY_CHARS;

export function createPanelState(host: PanelHost): PanelState {
  const view = signal<PanelView>({ kind: 'loading', step: 'Reading the page…' });
  const busy = signal(false);
  const section = signal(FIRST_SECTION);
  const activeKey = signal<string | null>(null);
  const missingKey = signal<string | null>(null);
  const nearest = signal<NearestMatch | null>(null);
  const quoteFilter = signal<SourceKind | null>(null);
  const places = new Map<string, ArticlePlace>();
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
    // The header and the text paint first; the offline data (gazetteer, knowledge base) loads meanwhile.
    const loading = host.loadResources();
    showArticle({ kind: 'article', article, analysis: null, analysisError: null });
    await paint();
    // The engines are a separate chunk: the panel's first paint does not wait for their code either.
    const [{ analyzeArticle }, resources] = await Promise.all([import('../lib/analyze'), loading]);
    if (run !== generation) return;
    try {
      const analysis = analyzeArticle(article, resources);
      if (run !== generation) return; // a newer reading is under way: its check is the one that counts
      showArticle({ kind: 'article', article, analysis, analysisError: null });
      host.notes.checkArticle?.(analysis).catch(() => {});
    } catch (error) {
      if (run === generation) showArticle({ kind: 'article', article, analysis: null, analysisError: String(error) });
    }
  }

  /** Shows an article, back at the section the reader last used in it (or the current section for a new one). */
  function showArticle(next: Extract<PanelView, { kind: 'article' }>) {
    const previous = view.value.kind === 'article' ? view.value.article.url : null;
    if (previous !== next.article.url) {
      const place = places.get(next.article.url);
      if (place) section.value = place.section;
      activeKey.value = null;
      missingKey.value = null;
      nearest.value = null;
      quoteFilter.value = null;
    }
    busy.value = false;
    view.value = next;
  }

  function settle(next: PanelView) {
    busy.value = false;
    view.value = next;
  }

  async function refresh() {
    const run = ++generation;
    try {
      // Re-reading keeps the article on screen (with a progress bar) so the reader keeps their place.
      if (view.value.kind === 'article') busy.value = true;
      else view.value = { kind: 'loading', step: 'Reading the page…' };
      const tab = await host.activeTab();
      if (run !== generation) return;
      if (!tab) return settle({ kind: 'error', message: 'No active tab found in this window.' });
      tabId = tab.id;
      if (await host.isOwnPage?.(tab.id).catch(() => false)) {
        if (run !== generation) return;
        const reason = 'Your pinned quotes are listed here. Switch to a news tab to read it with News Lens.';
        return settle({ kind: 'restricted', title: 'You’re on your News Lens notes', reason });
      }
      const access = pageAccess(tab.url);
      if (access.kind === 'restricted') {
        const reason = /browser’s own pages/.test(access.reason) ? BROWSER_PAGE_REASON : access.reason;
        return settle({ kind: 'restricted', reason });
      }
      const outcome = await host.extract(tab.id);
      if (run !== generation) return;
      if (!outcome.ok) {
        if (BROWSER_PAGE.test(outcome.error)) return settle({ kind: 'restricted', reason: BROWSER_PAGE_REASON });
        return settle(
          NO_ACCESS.test(outcome.error)
            ? { kind: 'needs-click', reason: outcome.error }
            : { kind: 'error', message: outcome.error },
        );
      }
      if (access.kind === 'pdf' || outcome.contentType === 'application/pdf') {
        return settle({
          kind: 'restricted',
          reason: 'This is a PDF shown in the browser’s PDF viewer, which extensions cannot read.',
        });
      }
      if (!outcome.article) {
        return settle({
          kind: 'no-article',
          reason:
            'This page does not look like a single article: it may be a home page, a list of links or search results.',
        });
      }
      watchPins(outcome.article.url);
      await analyze(outcome.article, run);
    } catch (error) {
      if (run === generation)
        settle({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  async function pageChanged(changedTab: number) {
    if (changedTab === tabId) await refresh();
  }

  const currentAnalysis = () => (view.value.kind === 'article' ? view.value.analysis : null);
  const currentUrl = () => (view.value.kind === 'article' ? view.value.article.url : null);
  const placeOf = (url: string) => {
    let place = places.get(url);
    if (!place) places.set(url, (place = { section: section.value, scroll: {} }));
    return place;
  };
  const clearHighlights = () => {
    activeKey.value = null;
    if (tabId !== null) host.clearHighlights(tabId).catch(() => {});
  };
  /** A passage not found word for word: ask the page for its closest passage, for the card to offer. */
  const lookUpNearest = (inTab: number, key: string, target: TextTarget) => {
    if (!host.nearest) return;
    host.nearest(inTab, target).then(
      (found) => {
        if (missingKey.value === key) nearest.value = { key, target: found };
      },
      () => {
        if (missingKey.value === key) nearest.value = { key, target: null };
      },
    );
  };
  const actions: PanelActions = {
    highlight(targets, key) {
      if (tabId === null) return;
      if (key !== undefined && key === activeKey.value) return clearHighlights();
      activeKey.value = key ?? null;
      missingKey.value = null;
      nearest.value = null;
      const shownIn = tabId;
      host.highlight(shownIn, targets).then(
        (found) => {
          if (found === 0 && key !== undefined && activeKey.value === key) {
            missingKey.value = key;
            activeKey.value = null;
            if (isPassage(targets)) lookUpNearest(shownIn, key, targets[0]);
          }
        },
        (e) => console.warn('News Lens: highlight failed', e),
      );
    },
    showNearest() {
      const match = nearest.value;
      if (tabId === null || !match?.target) return;
      activeKey.value = match.key;
      host.highlight(tabId, [match.target]).catch((e) => console.warn('News Lens: highlight failed', e));
    },
    clearHighlights,
    openUrl: (url) => host.openUrl(url),
    togglePin(quote: Quote, options) {
      const analysis = currentAnalysis();
      if (analysis)
        host.notes.togglePin(analysis, quote, options).catch((e) => console.warn('News Lens: pin failed', e));
    },
    filterQuotes(kind) {
      quoteFilter.value = kind;
      if (kind) actions.goTo?.('quotes');
    },
    goTo(next) {
      section.value = next;
      const url = currentUrl();
      if (url) placeOf(url).section = next;
    },
  };

  return {
    view,
    busy,
    section,
    pinnedQuoteKeys,
    activeKey,
    missingKey,
    nearest,
    quoteFilter,
    actions,
    refresh,
    tabActivated: refresh,
    pageChanged,
    rememberScroll: (url, name, y) => void (placeOf(url).scroll[name] = y),
    placeFor: (url) => places.get(url),
    highlightCleared: () => void (activeKey.value = null),
  };
}
