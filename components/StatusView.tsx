// Every state that is not an article: loading, no article, a page the browser keeps us out of, errors.
// Each says what happened and the one thing to do; raw browser errors stay behind "Details".
import type { PanelView } from './panel-state';

interface Props {
  view: Exclude<PanelView, { kind: 'article' }>;
  onRefresh: () => void;
}

/** The manifest's suggested shortcut for the toolbar button (commands._execute_action in wxt.config.ts). */
export const SHORTCUT = 'Alt+Shift+L';

const TITLES = {
  'no-article': 'No article here',
  restricted: 'News Lens can’t read this page',
  'needs-click': 'Read this page with News Lens',
  error: 'News Lens couldn’t read this page',
} as const;

function Shortcut() {
  return (
    <>
      click the News Lens button in the toolbar or press <kbd>{SHORTCUT}</kbd>
    </>
  );
}

function Details({ text }: { text: string }) {
  return (
    <details class="detail">
      <summary>Details</summary>
      <p>{text}</p>
    </details>
  );
}

export function StatusView({ view, onRefresh }: Props) {
  if (view.kind === 'loading') {
    return (
      <div class="status" data-testid="status-loading" role="status" aria-live="polite">
        <div class="spinner" aria-hidden="true" />
        <p>{view.step}</p>
      </div>
    );
  }
  const title = view.kind === 'restricted' ? (view.title ?? TITLES.restricted) : TITLES[view.kind];
  return (
    <div class={`status status-${view.kind}`} data-testid={`status-${view.kind}`} role="status" aria-live="polite">
      <h1>{title}</h1>
      {view.kind === 'needs-click' && (
        <>
          <p>
            To read it, <Shortcut />. Browsers let an extension read a page only after you ask on that page.
          </p>
          <Details text={view.reason} />
        </>
      )}
      {view.kind === 'no-article' && (
        <p>
          {view.reason} Open an article, then <Shortcut />.
        </p>
      )}
      {view.kind === 'restricted' && <p>{view.reason}</p>}
      {view.kind === 'error' && (
        <>
          <p>
            Something in this page stopped News Lens. Try again; if it keeps failing, reload the page, then <Shortcut />
            .
          </p>
          <Details text={view.message} />
          <button type="button" data-testid="try-again" onClick={onRefresh}>
            Try again
          </button>
        </>
      )}
    </div>
  );
}
