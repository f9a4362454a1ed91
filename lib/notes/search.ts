// Instant full-text search over quotes, comments, speakers, titles and tags.
import MiniSearch from 'minisearch';
import type { Note } from './model';

export interface NotesIndex {
  search(query: string): Note[];
}

export function buildNotesIndex(notes: Note[]): NotesIndex {
  const byId = new Map(notes.map((n) => [n.id, n]));
  const index = new MiniSearch<Note>({
    fields: ['quote', 'comment', 'speaker', 'title', 'outlet', 'tags'],
    // Stryker disable next-line ArrayDeclaration: hits are mapped back to notes by id; stored fields are never read
    storeFields: [],
    extractField: (note, field) => {
      if (field === 'title') return note.article.title;
      if (field === 'outlet') return note.article.outlet ?? '';
      if (field === 'tags') return note.tags.join(' ');
      return String((note as unknown as Record<string, unknown>)[field] ?? '');
    },
    searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND', boost: { quote: 2, speaker: 2 } },
  });
  index.addAll(notes);
  return {
    search(query) {
      const q = query.trim();
      if (!q) return notes;
      // Stryker disable next-line MethodExpression: every hit's id is a note's id, so the filter never drops one
      return index
        .search(q)
        .map((hit) => byId.get(hit.id as string)!)
        .filter(Boolean);
    },
  };
}
