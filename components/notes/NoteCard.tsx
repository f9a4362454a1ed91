// One note: the quote, who said it, where, the user's comment and tags, and its actions.
import { parseTags, type Note } from '../../lib/notes';
import type { NotesPort } from './notes-port';
import { CheckBadge } from './CheckBadge';
import { CopyCitation } from './CopyCitation';

interface Props {
  note: Note;
  port: NotesPort;
  onDelete(note: Note): void;
  showArticle: boolean;
}

export function NoteCard({ note, port, onDelete, showArticle }: Props) {
  const save = (comment: string, tags: string[]) => void port.send({ op: 'update', id: note.id, comment, tags });
  return (
    <li class="note-card" data-testid="note" data-status={note.status}>
      <blockquote class="note-quote" data-testid="note-quote">
        {note.quote}
      </blockquote>
      <p class="note-meta">
        <span class="note-speaker" data-testid="note-speaker">
          {note.speaker ?? 'Unknown speaker'}
          {note.speakerRole ? `, ${note.speakerRole}` : ''}
        </span>
        {showArticle && (
          <>
            {' · '}
            <span class="note-article">{[note.article.outlet, note.article.title].filter(Boolean).join(': ')}</span>
          </>
        )}
        {' · '}
        <time dateTime={note.pinnedAt}>{new Date(note.pinnedAt).toLocaleString()}</time>
      </p>
      <CheckBadge note={note} />
      {note.status === 'changed' && !note.check && (
        <p class="note-changed" role="note">
          Changed or removed: the article no longer contains this quote.
        </p>
      )}
      <label class="note-field">
        <span>Comment</span>
        <textarea
          rows={2}
          value={note.comment}
          data-testid="note-comment"
          onBlur={(e) => e.currentTarget.value !== note.comment && save(e.currentTarget.value, note.tags)}
        />
      </label>
      <label class="note-field">
        <span>Tags</span>
        <input
          type="text"
          value={note.tags.join(', ')}
          placeholder="e.g. kazakhstan, unrest"
          data-testid="note-tags"
          onBlur={(e) => save(note.comment, parseTags(e.currentTarget.value))}
        />
      </label>
      <div class="note-actions">
        <a href={note.link} target="_blank" rel="noreferrer" data-testid="note-link">
          Open at the sentence
        </a>
        <CopyCitation note={note} port={port} />
        <button type="button" class="danger" data-testid="note-delete" onClick={() => onDelete(note)}>
          Delete
        </button>
      </div>
    </li>
  );
}
