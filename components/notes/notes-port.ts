// What the notes components need from the browser, provided by the entrypoint (components never call browser APIs).
import { createContext } from 'preact';
import type { NoteOperation, NotesState } from '../../lib/notes';

export interface NotesPort {
  /** Calls back now and on every change; returns an unsubscribe. */
  watch(onChange: (state: NotesState) => void): () => void;
  send(operation: NoteOperation): Promise<number>;
  openNotesPage(): void;
  copyText(text: string): Promise<void>;
}

export const NotesContext = createContext<NotesPort | null>(null);
