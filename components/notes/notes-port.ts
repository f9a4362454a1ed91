// What the notes components need from the browser (NotesPort, declared in lib/contracts.ts), provided by the
// entrypoint (components never call browser APIs).
import { createContext } from 'preact';
import type { NotesPort } from '../../lib/contracts';

export type { NotesPort };

export const NotesContext = createContext<NotesPort | null>(null);
