// What the Notes page's trust features need from the browser (edit checks, backups, storage problems, the request
// log), provided by the entrypoint. Absent (unit tests of other parts), those parts simply do not show.
import { createContext } from 'preact';
import type { CopyIndex, StoredCopy } from '../../lib/notes/article-copy';

export interface Problem {
  at: string;
  message: string;
}

export interface LoggedRequest {
  at: string;
  feature: string;
  url: string;
}

export interface BackupInfo {
  /** ISO 8601 of the last "Back up notes", or null. */
  lastBackupAt: string | null;
}

export type CheckNowResult = { ok: true; checked: number } | { ok: false; error: string };

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

export const NotebookContext = createContext<NotebookPort | null>(null);
