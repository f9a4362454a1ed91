// "Copy as citation": one line a reporter can paste, with the link back to the exact sentence.
import type { Note } from '../model';
import { shownQuote } from '../shown-quote';

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

export function noteCitation(note: Note): string {
  const who = note.speaker ? `${note.speaker}${note.speakerRole ? `, ${note.speakerRole}` : ''}` : 'Unknown speaker';
  const source = [note.article.outlet, `“${note.article.title}”`, formatDate(note.article.publishedTime)]
    .filter(Boolean)
    .join(', ');
  return `“${shownQuote(note.quote)}” — ${who}. ${source}. ${note.link}`;
}
