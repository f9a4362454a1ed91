// Every runtime message between the extension's pages, declared once: its name, what it carries and what it
// answers. services/messaging.ts sends them and installs the one listener each side has (the background answers
// the panel's and the Notes page's requests; the panel hears the page's highlighter). The panel's long-lived port to
// the background carries the two port message types at the end.
import type { NoteOperation } from './notes';
import type { ArticleCheck, CopyIndex, StoredCopy } from './notes/article-copy';
import type { Result } from './result';
import type { Article, Entity } from './types';
import type { SearchHit, WikipediaSummary } from './wikipedia/client';

/** Requests to the background's one writer of article copies; each answers with a budget problem or null. */
export type CopyRequest =
  | { op: 'store'; copy: StoredCopy }
  | { op: 'checked'; url: string; check: ArticleCheck }
  | { op: 'restore'; copies: StoredCopy[]; index: CopyIndex };

/** Name → request (without its `type`) and response. A message with no answer has response `void`. */
export interface Messages {
  /** Opt-in Wikipedia lookups, fetched by the background's one client (panel → background). */
  'news-lens/wikipedia/summary': { request: { title: string }; response: Result<{ value: WikipediaSummary | null }> };
  'news-lens/wikipedia/resolve': { request: { name: string }; response: Result<{ value: string | null }> };
  'news-lens/wikipedia/event': {
    request: { article: Article; entities: Entity[] };
    response: Result<{ value: SearchHit | null }>;
  };
  /** A notebook change for the background's serial writer (panel, Notes page → background): the note count after. */
  'news-lens/notes': { request: { operation: NoteOperation }; response: Result<{ count: number }> };
  /** Article copies kept for the quote-change watch (panel, Notes page → background). */
  'news-lens/article-copy': { request: CopyRequest; response: Result<{ problem: string | null }> };
  /** The reader pressed Esc in the page and the highlight is gone (page's highlighter → panel). */
  'news-lens/highlight-cleared': { request: Record<never, never>; response: void };
}

export type MessageName = keyof Messages;
export type RequestOf<K extends MessageName> = Messages[K]['request'];
export type ResponseOf<K extends MessageName> = Messages[K]['response'];
/** A message as it travels: its name in `type`, the request's fields beside it. */
export type Message<K extends MessageName = MessageName> = K extends MessageName ? { type: K } & RequestOf<K> : never;

/** Every name once (the compiler checks none is missing or extra). */
const NAMES: Record<MessageName, true> = {
  'news-lens/wikipedia/summary': true,
  'news-lens/wikipedia/resolve': true,
  'news-lens/wikipedia/event': true,
  'news-lens/notes': true,
  'news-lens/article-copy': true,
  'news-lens/highlight-cleared': true,
};

/** True for an object whose `type` is one of ours: anything else on the runtime is not for us. */
export function isMessage(value: unknown): value is Message {
  const type = (value as { type?: unknown } | null)?.type;
  return typeof type === 'string' && Object.hasOwn(NAMES, type);
}

/** The name of the panel's port to the background. */
export const PANEL_PORT = 'news-lens-panel';
export type PanelToBackground = { type: 'hello'; windowId: number } | { type: 'highlighted'; tabId: number };
export type BackgroundToPanel = { type: 'toolbar-click'; tabId: number };
