// Panel layout: a status message, or the compact article header, the sticky section tabs (with counts) and the
// section. It opens on the Overview; the article's own text comes last ("Text"). The section and the scroll
// position are kept per article across re-reads (panel-state.ts).
import { useEffect, useLayoutEffect } from 'preact/hooks';
import type { ComponentType } from 'preact';
import type { PanelState } from './panel-state';
import type { SectionProps } from './panel-contract';
import { ArticleBody, ArticleHeader } from './ArticleView';
import { StatusView } from './StatusView';
import { SectionTabs } from './SectionTabs';
import { Overview } from './overview/Overview';
import { QuotesSection } from './quotes/QuotesSection';
import { PlacesSection } from './places/PlacesSection';
import { BackgroundSection } from './background/BackgroundSection';
import { NotesSection } from './notes/NotesSection';
import type { Analysis } from '../lib/types';

const SECTIONS: {
  id: string;
  label: string;
  count?: (a: Analysis, pinned: number) => number;
  Section: ComponentType<SectionProps>;
}[] = [
  { id: 'overview', label: 'Overview', Section: Overview },
  { id: 'quotes', label: 'Quoted', count: (a) => a.quotes.length, Section: QuotesSection },
  { id: 'places', label: 'Places', count: (a) => a.places.length, Section: PlacesSection },
  { id: 'background', label: 'Background', count: (a) => a.entities.length, Section: BackgroundSection },
  { id: 'notes', label: 'Notes', count: (_a, pinned) => pinned, Section: NotesSection },
];

/** Esc anywhere in the panel takes News Lens's highlight out of the page. */
function useEscapeClears(state: PanelState) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && state.activeKey.value !== null) state.actions.clearHighlights();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [state]);
}

/** Saves the scroll position per article and section, and puts it back when either changes or a new reading lands. */
function useScrollMemory(state: PanelState, url: string | null, section: string, ready: boolean, reading: unknown) {
  useLayoutEffect(() => {
    if (!url || !ready || typeof window === 'undefined') return;
    window.scrollTo(0, state.placeFor(url)?.scroll[section] ?? 0);
    const onScroll = () => {
      // While a re-read swaps the content the page is briefly short and the browser pulls the scroll up by itself:
      // that is no reader's choice, so a position pinned to the page's end below the remembered one is not kept.
      const doc = document.documentElement;
      const atEnd = window.scrollY + window.innerHeight >= doc.scrollHeight - 1;
      if (atEnd && window.scrollY < (state.placeFor(url)?.scroll[section] ?? 0)) return;
      state.rememberScroll(url, section, window.scrollY);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, [state, url, section, ready, reading]);
}

export function App({ state }: { state: PanelState }) {
  const view = state.view.value;
  const section = state.section.value;
  const refresh = () => void state.refresh();
  useEscapeClears(state);
  const reading = view.kind === 'article' ? view.analysis : null;
  useScrollMemory(state, view.kind === 'article' ? view.article.url : null, section, !!reading, reading);
  if (view.kind !== 'article') {
    return (
      <main class="panel" data-view={view.kind}>
        <StatusView view={view} onRefresh={refresh} />
      </main>
    );
  }
  const { analysis } = view;
  const pinned = state.pinnedQuoteKeys.value;
  const props = {
    actions: state.actions,
    pinnedQuoteKeys: pinned,
    activeKey: state.activeKey.value,
    missingKey: state.missingKey.value,
    nearest: state.nearest.value,
    quoteFilter: state.quoteFilter.value,
  };
  return (
    <main class="panel" data-view={view.kind} aria-busy={state.busy.value}>
      <ArticleHeader article={view.article} onRefresh={refresh} busy={state.busy.value} />
      {view.analysisError && (
        <p class="notice" role="alert">
          The analysis failed on this article, so only its text is shown. Details: {view.analysisError}
        </p>
      )}
      <SectionTabs
        selected={section}
        onSelect={(id) => state.actions.goTo?.(id)}
        tabs={[
          ...SECTIONS.map(({ id, label, count, Section }) => ({
            id,
            label,
            count: analysis && count ? count(analysis, pinned.size) : undefined,
            render: () =>
              analysis ? (
                <Section analysis={analysis} {...props} />
              ) : (
                <p class="status" role="status">
                  {view.analysisError
                    ? 'Not available.'
                    : view.article.wordCount > 6000
                      ? `Analysing a long article (${view.article.wordCount.toLocaleString()} words)…`
                      : 'Analysing…'}
                </p>
              ),
          })),
          { id: 'text', label: 'Text', render: () => <ArticleBody article={view.article} /> },
        ]}
      />
    </main>
  );
}
