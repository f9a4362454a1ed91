// Panel layout: a toolbar, then either a status message or the article header and the section tabs.
import type { PanelState } from './panel-state';
import type { SectionProps } from './panel-contract';
import { ArticleBody, ArticleHeader } from './ArticleView';
import { StatusView } from './StatusView';
import { SectionTabs } from './SectionTabs';
import { QuotesSection } from './quotes/QuotesSection';
import { PlacesSection } from './places/PlacesSection';
import { BackgroundSection } from './background/BackgroundSection';
import { NotesSection } from './notes/NotesSection';
import type { ComponentType } from 'preact';

const SECTIONS: { id: string; label: string; Section: ComponentType<SectionProps> }[] = [
  { id: 'quotes', label: 'Quoted', Section: QuotesSection },
  { id: 'places', label: 'Places', Section: PlacesSection },
  { id: 'background', label: 'Background', Section: BackgroundSection },
  { id: 'notes', label: 'Notes', Section: NotesSection },
];

export function App({ state }: { state: PanelState }) {
  const view = state.view.value;
  const refresh = () => void state.refresh();
  return (
    <main class="panel" data-view={view.kind}>
      <div class="toolbar">
        <span class="brand">News Lens</span>
        <button type="button" class="refresh" data-testid="refresh" onClick={refresh} title="Read the current tab again" aria-label="Read the current tab again">
          <span aria-hidden="true">↻</span> Read again
        </button>
      </div>
      {view.kind !== 'article' ? (
        <StatusView view={view} onRefresh={refresh} />
      ) : (
        <>
          <ArticleHeader article={view.article} />
          {view.analysisError && (
            <p class="notice" role="alert">
              The analysis failed on this article: {view.analysisError}
            </p>
          )}
          <SectionTabs
            tabs={[
              { id: 'article', label: 'Article', render: () => <ArticleBody article={view.article} /> },
              ...SECTIONS.map(({ id, label, Section }) => ({
                id,
                label,
                render: () =>
                  view.analysis ? (
                    <Section analysis={view.analysis} actions={state.actions} pinnedQuoteKeys={state.pinnedQuoteKeys.value} />
                  ) : (
                    <p class="status" role="status">
                      {view.analysisError ? 'Not available.' : 'Analysing…'}
                    </p>
                  ),
              })),
            ]}
          />
        </>
      )}
    </main>
  );
}
