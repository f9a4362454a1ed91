// The JSON export: the notebook with a format marker and schema version, so imports can refuse foreign files.
import { NOTES_SCHEMA_VERSION, type Note } from '../model';

export const EXPORT_FORMAT = 'news-lens-notes';

export interface NotesExport {
  format: typeof EXPORT_FORMAT;
  version: typeof NOTES_SCHEMA_VERSION;
  exportedAt: string;
  notes: Note[];
}

export function notesToJson(notes: Note[], exportedAt: Date): string {
  const document: NotesExport = {
    format: EXPORT_FORMAT,
    version: NOTES_SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    notes,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
