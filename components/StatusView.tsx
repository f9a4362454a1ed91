// Every state that is not an article: loading, no article, a page the browser keeps us out of, errors.
import type { PanelView } from './panel-state';

interface Props {
  view: Exclude<PanelView, { kind: 'article' }>;
  onRefresh: () => void;
}

const TITLES = {
  'no-article': 'No article here',
  restricted: 'News Lens can’t read this page',
  'needs-click': 'Click the toolbar button to read this page',
  error: 'Something went wrong',
} as const;

export function StatusView({ view, onRefresh }: Props) {
  if (view.kind === 'loading') {
    return (
      <div class="status" data-testid="status-loading" role="status" aria-live="polite">
        <div class="spinner" aria-hidden="true" />
        <p>{view.step}</p>
      </div>
    );
  }
  const detail =
    view.kind === 'error'
      ? view.message
      : view.kind === 'needs-click'
        ? 'The browser only lets News Lens read a page after you click its toolbar button on that page. Click the News Lens button again.'
        : view.reason;
  return (
    <div class={`status status-${view.kind}`} data-testid={`status-${view.kind}`} role="status" aria-live="polite">
      <h1>{TITLES[view.kind]}</h1>
      <p>{detail}</p>
      {view.kind === 'needs-click' && <p class="detail">({view.reason})</p>}
      {view.kind !== 'restricted' && (
        <button type="button" onClick={onRefresh}>
          Try again
        </button>
      )}
    </div>
  );
}
