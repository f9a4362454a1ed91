// What the panel shell hands to each section component. Sections never touch browser APIs themselves.
import type { Analysis, Quote, Span } from '../lib/types';

/** A passage to find again in the live page: the exact words plus a little context either side. */
export interface TextTarget {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface PanelActions {
  /** Scrolls the page to the first target and highlights all of them; replaces earlier highlights. */
  highlight(targets: TextTarget[]): void;
  clearHighlights(): void;
  /** Opens a URL in a new tab (background links, notes page). */
  openUrl(url: string): void;
  togglePin(quote: Quote): void;
}

export interface SectionProps {
  analysis: Analysis;
  actions: PanelActions;
  /** Keys (see lib/notes) of this article's quotes that are already pinned. */
  pinnedQuoteKeys: ReadonlySet<string>;
}

/** Builds a TextTarget for a span of the article text, with up to 32 characters of context. */
export function targetForSpan(text: string, span: Span): TextTarget {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - 32), span.start),
    suffix: text.slice(span.end, span.end + 32),
  };
}

/** Pinning, as the panel sees it. Implemented in services/notes-client.ts (issue 6). */
export interface NotesClient {
  /** Calls back now and on every change with the keys of this article's pinned quotes; returns an unsubscribe. */
  watchPinned(articleUrl: string, onChange: (keys: ReadonlySet<string>) => void): () => void;
  togglePin(analysis: Analysis, quote: Quote): Promise<void>;
  /** After an analysis: marks this article's notes whose quote the page no longer contains as changed. */
  checkArticle?(analysis: Analysis): Promise<void>;
}
