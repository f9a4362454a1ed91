// The Notes page's three views: by article, by speaker (an index across every article), by tag.
import type { Note } from './model';

export type Grouping = 'article' | 'speaker' | 'tag';

export interface NoteGroup {
  key: string;
  label: string;
  notes: Note[];
}

const UNKNOWN_SPEAKER = 'Unknown speaker';
const UNTAGGED = 'Untagged';

function labelsFor(note: Note, by: Grouping): [string, string][] {
  if (by === 'article') return [[note.article.url, note.article.title || note.article.url]];
  if (by === 'speaker') {
    const name = note.speaker ?? UNKNOWN_SPEAKER;
    return [[name.toLowerCase(), name]];
  }
  return note.tags.length ? note.tags.map((t) => [t, `#${t}`]) : [['', UNTAGGED]];
}

/** Groups newest-first inside, groups ordered by their newest note (speakers: by name). */
export function groupNotes(notes: Note[], by: Grouping): NoteGroup[] {
  const groups = new Map<string, NoteGroup>();
  const newestFirst = [...notes].sort((a, b) => b.pinnedAt.localeCompare(a.pinnedAt));
  for (const note of newestFirst) {
    for (const [key, label] of labelsFor(note, by)) {
      const group = groups.get(key) ?? { key, label, notes: [] };
      group.notes.push(note);
      groups.set(key, group);
    }
  }
  const list = [...groups.values()];
  if (by === 'speaker') list.sort((a, b) => a.label.localeCompare(b.label));
  return list;
}
