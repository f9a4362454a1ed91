// "Back up notes": the JSON export plus what the quote-change watch keeps (the article copies and their last
// comparisons), in one dated file that the ordinary import reads too. Restore first says what it will add.
import { NOTES_SCHEMA_VERSION, type Note } from './model';
import { EXPORT_FORMAT } from './export/json';
import { parseNotesImport } from './import';
import type { Result } from '../result';
import { isStoredCopy, type ArticleCheck, type CopyIndex, type StoredCopy } from './article-copy';

export interface NotesBackup {
  format: typeof EXPORT_FORMAT;
  version: typeof NOTES_SCHEMA_VERSION;
  exportedAt: string;
  notes: Note[];
  articleCopies: StoredCopy[];
  /** The last comparison of each article with its copy, by article URL. */
  articleChecks: Record<string, ArticleCheck>;
}

/** Suggest a backup once this many notes were pinned since the last one (or ever, without one). */
export const BACKUP_SUGGEST_AFTER = 10;

export const backupFileName = (at: Date) => `news-lens-backup-${at.toISOString().slice(0, 10)}.json`;

export function notesToBackup(notes: Note[], copies: StoredCopy[], index: CopyIndex, at: Date): string {
  const checks: Record<string, ArticleCheck> = {};
  for (const [url, entry] of Object.entries(index)) if (entry.lastCheck) checks[url] = entry.lastCheck;
  const backup: NotesBackup = {
    format: EXPORT_FORMAT,
    version: NOTES_SCHEMA_VERSION,
    exportedAt: at.toISOString(),
    notes,
    articleCopies: copies,
    articleChecks: checks,
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

export type BackupParse = Result<{ notes: Note[]; copies: StoredCopy[]; index: CopyIndex }>;

/** Reads a backup or a plain export (which has no copies); a damaged copy is refused, not half-restored. */
export function parseBackup(raw: string): BackupParse {
  const parsed = parseNotesImport(raw);
  if (!parsed.ok) return parsed;
  const doc = JSON.parse(raw) as Partial<NotesBackup>;
  const copies = Array.isArray(doc.articleCopies) ? doc.articleCopies : [];
  const bad = copies.findIndex((c) => !isStoredCopy(c));
  if (bad !== -1)
    return { ok: false, error: `Article copy ${bad + 1} in this backup is damaged. Nothing was restored.` };
  const checks = typeof doc.articleChecks === 'object' && doc.articleChecks !== null ? doc.articleChecks : {};
  const index: CopyIndex = {};
  for (const c of copies) {
    const check = checks[c.url];
    index[c.url] = { bytes: c.bytes, storedAt: c.storedAt, ...(isArticleCheck(check) ? { lastCheck: check } : {}) };
  }
  return { ok: true, notes: parsed.notes, copies, index };
}

function isArticleCheck(value: unknown): value is ArticleCheck {
  const c = value as Record<string, unknown> | undefined;
  const ch = c?.changes as Record<string, unknown> | undefined;
  return (
    typeof c?.at === 'string' &&
    typeof ch === 'object' &&
    ch !== null &&
    typeof ch.paragraphsAdded === 'number' &&
    typeof ch.paragraphsRemoved === 'number'
  );
}

export interface RestorePlan {
  /** Notes the notebook does not have yet (by id and by quote key), in the backup's order. */
  add: Note[];
  alreadyHere: number;
  /** Article copies the notebook does not have yet. */
  copies: StoredCopy[];
}

export function planRestore(
  current: Note[],
  backup: { notes: Note[]; copies: StoredCopy[] },
  copyUrls: Set<string>,
): RestorePlan {
  const ids = new Set(current.map((n) => n.id));
  const keys = new Set(current.map((n) => n.key));
  const add = backup.notes.filter((n) => !ids.has(n.id) && !keys.has(n.key));
  return {
    add,
    alreadyHere: backup.notes.length - add.length,
    copies: backup.copies.filter((c) => !copyUrls.has(c.url)),
  };
}

/** Notes pinned after the last backup (all of them without one). */
export function notesSinceBackup(notes: Note[], lastBackupAt: string | null): number {
  if (!lastBackupAt) return notes.length;
  return notes.filter((n) => n.pinnedAt > lastBackupAt).length;
}
