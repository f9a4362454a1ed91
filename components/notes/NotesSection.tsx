// The sidebar's Notes tab: this article's pinned quotes, each shown in the page on request (with the nearest match
// when the page was edited since), a note or tags added right here, the speaker fixed from the article's people.
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { normalizeArticleUrl, type Note } from '../../lib/notes';
import { shownQuote } from '../../lib/notes/shown-quote';
import type { Analysis } from '../../lib/types';
import type { SectionProps, TextTarget } from '../panel-contract';
import { MissingNotice } from '../MissingNotice';
import { NotesContext } from './notes-port';
import { CheckBadge } from './CheckBadge';
import { Editor } from './NoteCard';
import { SpeakerFix, SpeakerName } from './SpeakerFix';
import './notes.css';

/** The article's people: named speakers first, then the people it mentions. */
function articlePeople(analysis: Analysis): string[] {
  const speakers = analysis.quotes.filter((q) => q.speakerType === 'person' && q.speaker).map((q) => q.speaker!);
  const mentioned = analysis.entities.filter((e) => e.type === 'person').map((e) => e.name);
  return [...new Set([...speakers, ...mentioned])];
}

/** A note's passage as a page target; the old offset, as a share of the article now, breaks ties. */
function noteTarget(note: Note, textLength: number): TextTarget {
  const { exact, prefix, suffix, offset } = note.selector;
  return { exact, prefix, suffix, position: textLength ? Math.min(1, offset / textLength) : 0 };
}

export function NotesSection({ analysis, actions, activeKey = null, missingKey = null, nearest = null }: SectionProps) {
  const port = useContext(NotesContext);
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const article = normalizeArticleUrl(analysis.article.url);
  const people = useMemo(() => articlePeople(analysis), [analysis]);
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
      {notes !== null && notes.length === 0 && (
        <p class="empty">
          No quotes pinned from this article yet. In Quoted, use the Pin button next to a quote, or press P on it.
        </p>
      )}
      <ul class="note-list">
        {(notes ?? []).map((note) => {
          const key = `n:${note.id}`;
          const save = (comment: string, tags: string[]) =>
            void port.send({ op: 'update', id: note.id, comment, tags });
          return (
            <li
              class="note-card"
              key={note.id}
              data-testid="panel-note"
              data-status={note.status}
              data-active={activeKey === key || undefined}
            >
              <button
                type="button"
                class="note-quote note-show"
                data-testid="panel-note-show"
                aria-pressed={activeKey === key}
                title={
                  activeKey === key
                    ? 'Shown in the page: click again or press Esc to clear'
                    : 'Show this quote in the page'
                }
                onClick={() => actions.highlight([noteTarget(note, analysis.article.text.length)], key)}
              >
                {shownQuote(note.quote)}
              </button>
              <p class="note-meta">
                {note.paraphrase && 'Paraphrase · '}
                <SpeakerName note={note} />
              </p>
              {missingKey === key && (
                <MissingNotice
                  original={note.selector.exact}
                  nearest={nearest?.key === key ? nearest : undefined}
                  shown={activeKey === key}
                  onShow={actions.showNearest}
                />
              )}
              <CheckBadge note={note} />
              {note.status === 'changed' && !note.check && (
                <p class="note-changed">Changed or removed: the article no longer contains this quote.</p>
              )}
              {editing !== note.id && note.comment && (
                <p class="note-comment" data-testid="panel-note-comment">
                  {note.comment}
                </p>
              )}
              {editing !== note.id && note.tags.length > 0 && (
                <p class="note-tags">{note.tags.map((t) => `#${t}`).join(' ')}</p>
              )}
              {editing === note.id && <Editor note={note} onSave={save} onClose={() => setEditing(null)} />}
              <div class="note-actions">
                {editing !== note.id && (
                  <button type="button" data-testid="panel-note-edit" onClick={() => setEditing(note.id)}>
                    {note.comment || note.tags.length ? 'Edit note' : 'Add a note'}
                  </button>
                )}
                <SpeakerFix note={note} port={port} people={people} />
                <button type="button" onClick={() => void port.send({ op: 'unpin', key: note.key })}>
                  Unpin
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
