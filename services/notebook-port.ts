// The browser side of components/notes/notebook-port.ts.
import { browser } from 'wxt/browser';
import type { BackupInfo, NotebookPort } from '../lib/contracts';
import { readAllCopies, restoreCopies, watchCopyIndex } from './article-copies';
import { checkOpenArticle } from './check-now';
import { clearProblems, reportProblem, watchProblems } from './problems';
import { clearRequestLog, watchRequestLog } from './request-log';

const BACKUP_KEY = 'notesBackup';

function watchBackup(onChange: (info: BackupInfo) => void): () => void {
  const read = (value: unknown) => ({ lastBackupAt: (value as BackupInfo | undefined)?.lastBackupAt ?? null });
  void browser.storage.local.get(BACKUP_KEY).then((s) => onChange(read(s[BACKUP_KEY])));
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && BACKUP_KEY in changes) onChange(read(changes[BACKUP_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Runs a storage write; a failure is shown to the reader (and still rejects for the caller). */
async function reported<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    await reportProblem(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

/** `saveFile` is the page's own download (a DOM link, from components/). */
export function createNotebookPort(saveFile: NotebookPort['saveFile']): NotebookPort {
  return {
    watchCopies: watchCopyIndex,
    readCopies: readAllCopies,
    restoreCopies: (copies, index) =>
      reported('Could not restore the article copies', () => restoreCopies(copies, index).then(() => {})),
    checkNow: (url) => checkOpenArticle(url).catch((error) => ({ ok: false, error: String(error) })),
    watchProblems,
    clearProblems,
    watchBackup,
    recordBackup: (at) =>
      reported('Could not record the backup date', () =>
        browser.storage.local.set({ [BACKUP_KEY]: { lastBackupAt: at.toISOString() } }),
      ),
    watchRequestLog,
    clearRequestLog,
    onlineFeaturesOn: async () => (await browser.storage.local.get('wikipediaLookups')).wikipediaLookups === true,
    saveFile,
  };
}
