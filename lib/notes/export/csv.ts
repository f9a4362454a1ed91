// RFC 4180 CSV (CRLF rows, quoted fields), safe to open in spreadsheets: cells that would start a formula
// (= + - @, tab, CR) get a leading apostrophe so they stay text.
import type { Note } from '../model';

// prettier-ignore
const COLUMNS = [
  'quote', 'speaker', 'role', 'article', 'outlet', 'url', 'published', 'pinned', 'comment', 'tags', 'link', 'status',
  'reader_speaker',
] as const;

function row(note: Note): string[] {
  return [
    note.quote,
    note.speaker ?? '',
    note.speakerRole ?? '',
    note.article.title,
    note.article.outlet ?? '',
    note.article.url,
    note.article.publishedTime ?? '',
    note.pinnedAt,
    note.comment,
    note.tags.join(' '),
    note.link,
    note.status,
    note.speakerFix ?? '',
  ];
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n']/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function notesToCsv(notes: Note[]): string {
  const lines = [COLUMNS.join(','), ...notes.map((n) => row(n).map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
