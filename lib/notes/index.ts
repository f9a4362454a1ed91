// Notes: pinned quotes, their storage operations, search, grouping, export and import.
// Pure; storage lives in services/.
export * from './model';
export * from './operations';
export { migrateV1ToV2, type NotesStateV1 } from './migrate';
export { buildNotesIndex, type NotesIndex } from './search';
export { groupNotes, type Grouping, type NoteGroup } from './group';
export { textFragmentUrl, textDirective, encodeFragmentTerm } from './text-fragment';
export { notesToCsv } from './export/csv';
export { notesToJson, EXPORT_FORMAT } from './export/json';
export { notesToMarkdown, notesToMarkdownFiles, articleToMarkdown } from './export/markdown';
export { noteCitation } from './export/citation';
export { parseNotesImport, type ImportResult } from './import';
export { createSerialWriter, type NotesStorage } from './serial-writer';
export { notesToCslJson, cslItem, type CslItem } from './export/csl';
export { noteToBibtex, notesToBibtex } from './export/bibtex';
export { noteToCiteNews } from './export/cite-news';
export { authorsFromByline, type Author } from './export/authors';
export { checkNote, compareArticles, wordDiff, type ArticleChanges } from './watch';
