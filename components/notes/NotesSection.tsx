// The sidebar's Notes tab: this article's pinned quotes, and the way to the Notes page.
import { useContext, useEffect, useState } from 'preact/hooks';
import { normalizeArticleUrl, type Note } from '../../lib/notes';
import type { SectionProps } from '../panel-contract';
import { NotesContext } from './notes-port';
import { CheckBadge } from './CheckBadge';
import './notes.css';

export function NotesSection({ analysis }: SectionProps) {
  const port = useContext(NotesContext);
  const [notes, setNotes] = useState<Note[] | null>(null);
  const article = normalizeArticleUrl(analysis.article.url);
  useEffect(
    () => port?.watch((state) => setNotes(state.notes.filter((n) => normalizeArticleUrl(n.article.url) === article))),
    [port, article],
  );
  if (!port) return <p class="empty">Notes are not available here.</p>;
  return (
    <div class="notes-section">
      <p>
        <button type="button" class="link-button" data-testid="open-notes-page" onClick={() => port.openNotesPage()}>
          Open all notes
        </button>
      </p>
      {notes !== null && notes.length === 0 && <p class="empty">No quotes pinned from this article yet. In Quoted, use the Pin button next to a quote, or press P on it.</p>}
      <ul class="note-list">
        {(notes ?? []).map((note) => (
          <li class="note-card" key={note.id} data-testid="panel-note" data-status={note.status}>
            <blockquote class="note-quote">{note.quote}</blockquote>
            <p class="note-meta">
              {note.paraphrase && 'Paraphrase · '}
              <span data-disputed={note.speakerDisputed || undefined} class="note-speaker">
                {note.speaker ?? 'Unknown speaker'}
              </span>
              {note.speakerDisputed && ' (marked wrong)'}
              {note.comment ? ` · ${note.comment}` : ''}
            </p>
            <CheckBadge note={note} />
            {note.status === 'changed' && !note.check && <p class="note-changed">Changed or removed: the article no longer contains this quote.</p>}
            <div class="note-actions">
              <button type="button" onClick={() => void port.send({ op: 'unpin', key: note.key })}>
                Unpin
              </button>
              <button
                type="button"
                data-testid="panel-note-dispute"
                aria-pressed={!!note.speakerDisputed}
                onClick={() => void port.send({ op: 'update', id: note.id, speakerDisputed: !note.speakerDisputed })}
              >
                {note.speakerDisputed ? 'Speaker marked wrong' : 'Wrong speaker?'}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
