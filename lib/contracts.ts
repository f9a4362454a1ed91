// Shapes that cross the browser boundary, declared once here so that every side imports them from lib/:
// what the injected page scripts hand back (entrypoints/extract, entrypoints/highlight), data that services/
// load for the panel, and the ports services/ build for the components (each component folder re-exports its
// port with its Preact context). services/ and lib/ import nothing from entrypoints/ or components/ (eslint.config.js).
// The runtime messages between the extension's pages are in lib/messages.ts.
import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import type { PassageTarget } from './article/page-text';
import type { NoteOperation, NotesState } from './notes';
import type { CopyIndex, StoredCopy } from './notes/article-copy';
import type { Result } from './result';
import type { Analysis, Article, Entity, Quote } from './types';
import type { SearchHit, WikipediaSummary } from './wikipedia/client';

/** What /extract.js returns from the page (scripting.executeScript's result). */
export interface ExtractResult {
  article: Article | null;
  /** The page's MIME type: tells "PDF viewer" apart from "no article". */
  contentType: string;
  words: number;
}

/** What /highlight.js installs in the extension's isolated world of the page, for later executeScript calls. */
export interface PageHighlighter {
  mark(targets: PassageTarget[]): number;
  /** The page's passage closest to one it no longer has word for word, or null. */
  nearest(target: PassageTarget): PassageTarget | null;
  clear(): void;
}

/** The country outlines the Places map draws (loaded lazily from the extension's data folder). */
export type MapOutline = FeatureCollection<Geometry>;

/** The borders between US states, drawn when the map shows a story inside the United States. */
export type StateLines = MultiLineString;

/** Pinning, as the panel sees it (components/panel-contract.ts). Implemented in services/notes-client.ts. */
export interface NotesClient {
  /** Calls back now and on every change with the keys of this article's pinned quotes; returns an unsubscribe. */
  watchPinned(articleUrl: string, onChange: (keys: ReadonlySet<string>) => void): () => void;
  togglePin(analysis: Analysis, quote: Quote, options?: { paraphrase?: boolean }): Promise<void>;
  /** After an analysis: marks this article's notes whose quote the page no longer contains as changed. */
  checkArticle?(analysis: Analysis): Promise<void>;
}

/** What the Background section needs for the opt-in online lookups. Implemented in services/wikipedia.ts. */
export interface WikipediaLookup {
  /** True when the user turned lookups on and the host permission is granted. */
  isEnabled(): Promise<boolean>;
  /** Call straight from the click: the permission prompt needs the user's gesture. */
  enable(): Promise<boolean>;
  disable(): Promise<void>;
  summary(title: string): Promise<WikipediaSummary | null>;
  /** The Wikipedia title for a name unknown offline, only on an exact, unambiguous match. */
  resolve(name: string): Promise<string | null>;
  storyEvent(article: Article, entities: Entity[]): Promise<SearchHit | null>;
}

/** What the notes components need from the browser. Implemented in services/notes-store.ts. */
export interface NotesPort {
  /** Calls back now and on every change; returns an unsubscribe. */
  watch(onChange: (state: NotesState) => void): () => void;
  send(operation: NoteOperation): Promise<number>;
  openNotesPage(): void;
  copyText(text: string): Promise<void>;
}

/** A storage problem the reader must see (services/problems.ts). */
export interface Problem {
  at: string;
  message: string;
}

/** One network request the extension made (services/request-log.ts). */
export interface LoggedRequest {
  at: string;
  feature: string;
  url: string;
}

export interface BackupInfo {
  /** ISO 8601 of the last "Back up notes", or null. */
  lastBackupAt: string | null;
}

/** "Check now" on the Notes page: how many notes were checked. */
export type CheckNowResult = Result<{ checked: number }>;

/** What the Notes page's trust features need from the browser. Implemented in services/notebook-port.ts. */
export interface NotebookPort {
  watchCopies(onChange: (index: CopyIndex) => void): () => void;
  readCopies(): Promise<StoredCopy[]>;
  restoreCopies(copies: StoredCopy[], index: CopyIndex): Promise<void>;
  checkNow(articleUrl: string): Promise<CheckNowResult>;
  watchProblems(onChange: (problems: Problem[]) => void): () => void;
  clearProblems(): Promise<void>;
  watchBackup(onChange: (info: BackupInfo) => void): () => void;
  recordBackup(at: Date): Promise<void>;
  watchRequestLog(onChange: (log: LoggedRequest[]) => void): () => void;
  clearRequestLog(): Promise<void>;
  /** Whether any online feature is on (Wikipedia lookups today). */
  onlineFeaturesOn(): Promise<boolean>;
  /** Saves a file (a download link). */
  saveFile(name: string, content: string, type: string): void;
}
