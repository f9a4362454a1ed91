// What the panel shell hands to each section component. Sections never touch browser APIs themselves.
import type { Analysis, Quote, Span } from '../lib/types';

/** A passage to find again in the live page: the exact words plus a little context either side. */
export interface TextTarget {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the passage sat in the article text, as a share of its length (0–1); breaks ties between near matches. */
  position?: number;
}

/** A part of the sourcing mix: the Quoted list can be narrowed to one (a click on the sourcing bar). */
export type SourceKind = 'named' | 'organisations' | 'groups' | 'unattributed';

/** A card's passage the page no longer has word for word, and the page's closest passage (null: none close). */
export interface NearestMatch {
  key: string;
  target: TextTarget | null;
}

export interface PanelActions {
  /**
   * Scrolls the page to the first target and highlights all of them; replaces earlier highlights. With a `key`
   * (which card asked), asking again for the highlight already shown clears it, and a passage the page no longer
   * contains is reported through `SectionProps.missingKey`.
   */
  highlight(targets: TextTarget[], key?: string): void;
  clearHighlights(): void;
  /** Marks the page's nearest match to the missing card's passage (see SectionProps.nearest). */
  showNearest?(): void;
  /** Opens a URL in a new tab (background links, notes page). */
  openUrl(url: string): void;
  /** Pins or unpins; `paraphrase` marks reported speech, kept as the article's words but not as a quotation. */
  togglePin(quote: Quote, options?: { paraphrase?: boolean }): void;
  /** Narrows the Quoted list to one kind of source (null: all) and shows it. */
  filterQuotes?(kind: SourceKind | null): void;
  /** Switches the panel to another section (the Overview's links). */
  goTo?(section: string): void;
}

export interface SectionProps {
  analysis: Analysis;
  actions: PanelActions;
  /** Keys (see lib/notes) of this article's quotes that are already pinned. */
  pinnedQuoteKeys: ReadonlySet<string>;
  /** The card whose highlight is shown in the page now. */
  activeKey?: string | null;
  /** The card whose passage the page did not contain when last asked. */
  missingKey?: string | null;
  /** For the missing card: the page's closest passage, once looked up. */
  nearest?: NearestMatch | null;
  /** The kind of source the Quoted list is narrowed to, if any. */
  quoteFilter?: SourceKind | null;
}

/** Builds a TextTarget for a span of the article text, with up to 32 characters of context. */
export function targetForSpan(text: string, span: Span): TextTarget {
  return {
    exact: text.slice(span.start, span.end),
    prefix: text.slice(Math.max(0, span.start - 32), span.start),
    suffix: text.slice(span.end, span.end + 32),
    position: text.length ? span.start / text.length : 0,
  };
}

/** Pinning, as the panel sees it: declared in lib/contracts.ts, implemented in services/notes-client.ts. */
export type { NotesClient } from '../lib/contracts';
