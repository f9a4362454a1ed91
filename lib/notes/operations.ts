// Every change to the notebook is one of these operations, applied by a pure function. The background applies
// them in order, each on the result of the one before (lib/notes/serial-writer.ts), so concurrent pins from many
// tabs never overwrite each other.
import { MAX_SPEAKER_FIX_CHARS, type Note, type NoteCheck, type NotesState } from './model';

export type NoteOperation =
  | { op: 'pin'; note: Note }
  | { op: 'unpin'; key: string }
  | {
      op: 'update';
      id: string;
      comment?: string;
      tags?: string[];
      speakerDisputed?: boolean;
      speakerFix?: string | null;
    }
  | { op: 'delete'; id: string }
  /** Undo of a delete: the note comes back as it was. */
  | { op: 'restore'; note: Note }
  | { op: 'import'; notes: Note[] }
  /** After analysing an article: which of its notes' quotes the page still contains. */
  | {
      op: 'check';
      articleUrl: string;
      foundKeys: string[];
      checkedKeys: string[];
      /** What became of each checked quote (quote-change watch), by note key. */
      checks?: Record<string, NoteCheck>;
    };

export function applyOperation(state: NotesState, operation: NoteOperation): NotesState {
  const notes = state.notes;
  switch (operation.op) {
    case 'pin':
      if (notes.some((n) => n.key === operation.note.key)) return state;
      return { ...state, notes: [...notes, operation.note] };
    case 'unpin':
      return { ...state, notes: notes.filter((n) => n.key !== operation.key) };
    case 'update':
      return {
        ...state,
        notes: notes.map((n) => (n.id === operation.id ? updated(n, operation) : n)),
      };
    case 'delete':
      return { ...state, notes: notes.filter((n) => n.id !== operation.id) };
    case 'restore':
    case 'import': {
      const incoming = operation.op === 'restore' ? [operation.note] : operation.notes;
      const ids = new Set(notes.map((n) => n.id));
      const keys = new Set(notes.map((n) => n.key));
      const added = incoming.filter((n) => !ids.has(n.id) && !keys.has(n.key));
      return added.length ? { ...state, notes: [...notes, ...added] } : state;
    }
    case 'check': {
      const found = new Set(operation.foundKeys);
      const checked = new Set(operation.checkedKeys);
      let changed = false;
      const next = notes.map((n) => {
        if (!checked.has(n.key)) return n;
        const status = found.has(n.key) ? 'ok' : 'changed';
        const check = operation.checks?.[n.key];
        if (status === n.status && !check) return n;
        changed = true;
        return { ...n, status, ...(check ? { check } : {}) } as Note;
      });
      return changed ? { ...state, notes: next } : state;
    }
  }
}

/** The reader's speaker: a name marks the given one wrong too; null (or an empty name, or un-marking) takes it back. */
function withSpeakerFix(note: Note, fix: string | null | undefined): Note {
  if (fix === undefined) return note;
  const name = fix?.replace(/\s+/g, ' ').trim().slice(0, MAX_SPEAKER_FIX_CHARS);
  const { speakerFix: _old, ...rest } = note;
  return name ? { ...rest, speakerFix: name, speakerDisputed: true } : rest;
}

function updated(n: Note, operation: Extract<NoteOperation, { op: 'update' }>): Note {
  const next = {
    ...n,
    comment: operation.comment ?? n.comment,
    tags: operation.tags ?? n.tags,
    ...(operation.speakerDisputed === undefined ? {} : { speakerDisputed: operation.speakerDisputed }),
  };
  return withSpeakerFix(next, operation.speakerDisputed === false ? null : operation.speakerFix);
}
