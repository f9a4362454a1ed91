// What the Notes page's trust features need from the browser (edit checks, backups, storage problems, the request
// log; NotebookPort, declared in lib/contracts.ts), provided by the entrypoint. Absent (unit tests of other parts),
// those parts simply do not show.
import { createContext } from 'preact';
import type { NotebookPort } from '../../lib/contracts';

export type { BackupInfo, CheckNowResult, LoggedRequest, NotebookPort, Problem } from '../../lib/contracts';

export const NotebookContext = createContext<NotebookPort | null>(null);
