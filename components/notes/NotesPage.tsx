// The Notes page: every pinned quote, grouped by article or speaker, narrowed by instant search and a tag filter,
// with editing, delete with undo, export (of the notes shown) and import (in the "More" menu).
// Tags filter rather than group: a note with two tags would otherwise be shown, editable, twice on one page.
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import {
  buildNotesIndex,
  groupNotes,
  normalizeArticleUrl,
  type Grouping,
  type Note,
  type NoteGroup,
  type NotesState,
} from '../../lib/notes';
import { NotesContext } from './notes-port';
import { NoteCard } from './NoteCard';
import { ExportBar, MoreMenu } from './ExportImport';
import { TagFilter, UNTAGGED, withTag } from './TagFilter';
import { BackupBar } from './BackupBar';
import { StorageAlerts } from './StorageAlerts';
import { RequestLog } from './RequestLog';
import { ArticleCheck } from './ArticleCheck';
import { NotebookContext } from './notebook-port';
import type { CopyIndex } from '../../lib/notes/article-copy';
import './notes.css';

const PAGE_SIZE = 200;

/** The groups cut down to their first `limit` notes in display order. */
function firstNotes(groups: NoteGroup[], limit: number): NoteGroup[] {
  const out: NoteGroup[] = [];
  let left = limit;
  for (const group of groups) {
    if (left <= 0) break;
    out.push(group.notes.length <= left ? group : { ...group, notes: group.notes.slice(0, left) });
    left -= group.notes.length;
  }
  return out;
}

const GROUPINGS: { id: Grouping; label: string }[] = [
  { id: 'article', label: 'Article' },
  { id: 'speaker', label: 'Speaker' },
];

function speakersByArticle(notes: Note[]): Map<string, string[]> {
  const names = new Map<string, Set<string>>();
  for (const n of notes) {
    const url = normalizeArticleUrl(n.article.url);
    const set = names.get(url) ?? new Set<string>();
    for (const name of [n.speaker, n.speakerFix]) if (name) set.add(name);
    names.set(url, set);
  }
  return new Map([...names].map(([url, set]) => [url, [...set]]));
}

export function NotesPage() {
  const port = useContext(NotesContext)!;
  const [state, setState] = useState<NotesState | null>(null);
  const [query, setQuery] = useState('');
  const [grouping, setGrouping] = useState<Grouping>('article');
  const [tag, setTag] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Note | null>(null);
  useEffect(() => port.watch(setState), [port]);
  const notebook = useContext(NotebookContext);
  const [copies, setCopies] = useState<CopyIndex>({});
  useEffect(() => notebook?.watchCopies(setCopies), [notebook]);
  // The undo offer is a toast: it goes after 8 s, or when the deleted note is back.
  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), 8000);
    return () => clearTimeout(timer);
  }, [deleted]);

  const notes = state?.notes ?? [];
  // The search index is built on the first search, not on open: 10,000 notes take ~0.6 s to index.
  const searching = query.trim() !== '';
  const index = useMemo(() => (searching ? buildNotesIndex(notes) : null), [notes, searching]);
  const found = useMemo(() => (index ? index.search(query) : notes), [index, query, notes]);
  const shown = useMemo(() => (tag === null ? found : found.filter((n) => withTag(n, tag))), [found, tag]);
  const groups = useMemo(() => groupNotes(shown, grouping), [shown, grouping]);
  // Thousands of notes would take seconds to lay out: show the first PAGE_SIZE, then more on request.
  const [limit, setLimit] = useState(PAGE_SIZE);
  const visible = useMemo(() => firstNotes(groups, limit), [groups, limit]);

  // Fixing a speaker offers the other speakers the reader pinned from the same article.
  const peopleByArticle = useMemo(() => speakersByArticle(notes), [notes]);
  const remove = (note: Note) => {
    setDeleted(note);
    void port.send({ op: 'delete', id: note.id });
  };
  const undo = () => {
    if (deleted) void port.send({ op: 'restore', note: deleted });
    setDeleted(null);
  };

  return (
    <main class="notes-page" data-testid="notes-page">
      <header class="notes-header">
        <h1>News Lens notes</h1>
        <p class="notes-count" data-testid="notes-count">
          {state === null ? 'Loading…' : `${notes.length} ${notes.length === 1 ? 'note' : 'notes'}`}
        </p>
        <MoreMenu count={notes.length} port={port} />
      </header>
      <div class="notes-controls">
        <input
          type="search"
          placeholder="Search quotes, comments, speakers, titles, tags"
          aria-label="Search notes"
          data-testid="notes-search"
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <fieldset class="grouping">
          <legend>Group by</legend>
          {GROUPINGS.map(({ id, label }) => (
            <label key={id}>
              <input type="radio" name="grouping" checked={grouping === id} onChange={() => setGrouping(id)} /> {label}
            </label>
          ))}
        </fieldset>
      </div>
      {notes.length > 0 && <TagFilter notes={found} selected={tag} onSelect={setTag} />}
      <StorageAlerts />
      <BackupBar notes={notes} port={port} />
      <ExportBar notes={shown} total={notes.length} />
      {deleted && (
        <p class="undo" role="status">
          Note deleted.{' '}
          <button type="button" data-testid="undo" onClick={undo}>
            Undo
          </button>
        </p>
      )}
      {state !== null && notes.length === 0 && (
        <p class="empty">
          No notes yet. In the News Lens sidebar, pin a quote (the pin button or the P key) to keep it here.
        </p>
      )}
      {notes.length > 0 && shown.length === 0 && (
        <p class="empty">
          No note matches{query.trim() ? ` “${query}”` : ''}
          {tag !== null ? ` with the tag ${tag === UNTAGGED ? '(none)' : `#${tag}`}` : ''}.
        </p>
      )}
      {visible.map((group) => (
        <section class="note-group" key={`${grouping}:${group.key}`} data-testid="note-group">
          <h2>
            {grouping === 'article' ? (
              <a href={group.notes[0].article.url} target="_blank" rel="noreferrer">
                {group.label}
              </a>
            ) : (
              group.label
            )}{' '}
            <span class="group-count">({group.notes.length})</span>
          </h2>
          {grouping === 'article' && group.notes[0].article.outlet && (
            <p class="group-sub">{group.notes[0].article.outlet}</p>
          )}
          {grouping === 'article' && <ArticleCheck url={group.key} entry={copies[normalizeArticleUrl(group.key)]} />}
          <ul class="note-list">
            {group.notes.map((note) => (
              <NoteCard
                key={note.id}
                note={note}
                port={port}
                onDelete={remove}
                showArticle={grouping !== 'article'}
                onTag={setTag}
                people={peopleByArticle.get(normalizeArticleUrl(note.article.url))}
              />
            ))}
          </ul>
        </section>
      ))}
      {shown.length > limit && (
        <p class="show-more">
          <button type="button" data-testid="show-more" onClick={() => setLimit(limit + PAGE_SIZE * 5)}>
            Show more ({shown.length - limit} not shown)
          </button>
        </p>
      )}
      <RequestLog />
    </main>
  );
}
