// One note, dense: the quote first, then who said it, where and when, the reader's comment and tag chips. Comment and
// tags are edited on demand ("Add a note" / "Edit"), so a one-line quote is a one-line card. The reader can mark the
// speaker News Lens gave as wrong; the mark is kept with the note and in its exports.
import { useState } from 'preact/hooks';
import { parseTags, type Note } from '../../lib/notes';
import { shownQuote } from '../../lib/notes/shown-quote';
import type { NotesPort } from './notes-port';
import { CheckBadge } from './CheckBadge';
import { CopyCitation } from './CopyCitation';
import { SpeakerFix, SpeakerName } from './SpeakerFix';

interface Props {
  note: Note;
  port: NotesPort;
  onDelete(note: Note): void;
  showArticle: boolean;
  /** A tag chip was clicked: show the notes with that tag. */
  onTag?(tag: string): void;
  /** Speakers to suggest when the reader fixes this note's speaker (the other notes' speakers of its article). */
  people?: string[];
}

/** "4 Dec" this year, "4 Dec 2025" otherwise: when it was pinned, without seconds. */
function shortDate(iso: string): string {
  const date = new Date(iso);
  const sameYear = date.getFullYear() === new Date().getFullYear();
  return date.toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}

export function Editor({
  note,
  onSave,
  onClose,
}: {
  note: Note;
  onSave(comment: string, tags: string[]): void;
  onClose(): void;
}) {
  // Uncontrolled fields, read when saved: a re-render while typing (a storage update arriving) neither drops what is
  // typed nor resets it, as values kept in render-scoped variables would.
  const save = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const field = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement).value;
    onSave(field('comment'), parseTags(field('tags')));
    onClose();
  };
  return (
    <form class="note-editor" onSubmit={save}>
      <label class="note-field">
        <span>Note</span>
        <textarea rows={2} name="comment" defaultValue={note.comment} data-testid="note-comment" />
      </label>
      <label class="note-field">
        <span>Tags</span>
        <input
          type="text"
          name="tags"
          defaultValue={note.tags.join(', ')}
          placeholder="e.g. kazakhstan, unrest"
          data-testid="note-tags"
        />
      </label>
      <div class="note-actions">
        <button type="submit" data-testid="note-save">
          Save
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function NoteCard({ note, port, onDelete, showArticle, onTag, people = [] }: Props) {
  const [editing, setEditing] = useState(false);
  const save = (comment: string, tags: string[]) => void port.send({ op: 'update', id: note.id, comment, tags });
  return (
    <li class="note-card" data-testid="note" data-status={note.status} data-paraphrase={note.paraphrase || undefined}>
      <blockquote class="note-quote" data-testid="note-quote">
        {shownQuote(note.quote)}
      </blockquote>
      <p class="note-meta">
        {note.paraphrase && <span class="badge">paraphrase</span>} <SpeakerName note={note} />
        {showArticle && (
          <>
            {' · '}
            <span class="note-article">{[note.article.outlet, note.article.title].filter(Boolean).join(': ')}</span>
          </>
        )}
        {' · '}
        <time dateTime={note.pinnedAt} title={new Date(note.pinnedAt).toLocaleString()}>
          {shortDate(note.pinnedAt)}
        </time>
      </p>
      <CheckBadge note={note} />
      {note.status === 'changed' && !note.check && (
        <p class="note-changed" role="note">
          Changed or removed: the article no longer contains this quote.
        </p>
      )}
      {!editing && note.comment && <p class="note-comment">{note.comment}</p>}
      {!editing && note.tags.length > 0 && (
        <ul class="tag-chips" aria-label="Tags">
          {note.tags.map((tag) => (
            <li key={tag}>
              <button type="button" class="tag-chip" onClick={() => onTag?.(tag)} title={`Show notes tagged ${tag}`}>
                #{tag}
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing && <Editor note={note} onSave={save} onClose={() => setEditing(false)} />}
      <div class="note-actions">
        {!editing && (
          <button type="button" data-testid="note-edit" onClick={() => setEditing(true)}>
            {note.comment || note.tags.length ? 'Edit note' : 'Add a note or tag'}
          </button>
        )}
        <a href={note.link} target="_blank" rel="noreferrer" data-testid="note-link">
          Open at the sentence
        </a>
        <CopyCitation note={note} port={port} />
        <SpeakerFix note={note} port={port} people={people} />
        <button type="button" class="danger" data-testid="note-delete" onClick={() => onDelete(note)}>
          Delete
        </button>
      </div>
    </li>
  );
}
