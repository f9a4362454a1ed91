// The notebook in extension storage. The background is its only writer: panels and the Notes page send
// operations here and the serial writer applies them one after another. Everyone reads by watching the item.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  EMPTY_NOTES,
  NOTES_SCHEMA_VERSION,
  createSerialWriter,
  migrateV1ToV2,
  quoteKey,
  type NoteOperation,
  type NotesState,
  type NotesStateV1,
} from '../lib/notes';
import type { NotesPort } from '../lib/contracts';
import { send, type Handlers } from './messaging';
import { reportProblem } from './problems';

export const notesItem = storage.defineItem<NotesState>('local:notes', {
  fallback: EMPTY_NOTES,
  version: NOTES_SCHEMA_VERSION,
  migrations: {
    2: (v1: NotesStateV1) => migrateV1ToV2(v1, (url, text) => quoteKey(url, { text })),
  },
});

/** Background side: the one writer, as the handler of its one listener. */
export function noteHandlers(): Handlers {
  const write = createSerialWriter({
    read: async () => (await notesItem.getValue()) ?? EMPTY_NOTES,
    write: (state) => notesItem.setValue(state),
  });
  return {
    'news-lens/notes': ({ operation }) =>
      !operation
        ? { ok: false, error: 'the message carried no operation' }
        : write(operation).then(
            (state) => ({ ok: true, count: state.notes.length }),
            (error) => {
              const text = error instanceof Error ? error.message : String(error);
              void reportProblem(`Could not save the notebook (${operation.op}): ${text}`);
              return { ok: false, error: text };
            },
          ),
  };
}

/** Panel and Notes page side: hand an operation to the background's writer. */
export async function sendNoteOperation(operation: NoteOperation): Promise<number> {
  const reply = await send('news-lens/notes', { operation });
  // A refused write was already reported by the background; only a missing answer is new here.
  if (!reply?.ok)
    throw Object.assign(new Error(reply?.error ?? 'the background did not answer'), { reported: !!reply });
  return reply.count;
}

export async function readNotes(): Promise<NotesState> {
  return (await notesItem.getValue()) ?? EMPTY_NOTES;
}

/** Calls back now and on every change; returns an unsubscribe. */
export function watchNotes(onChange: (state: NotesState) => void): () => void {
  void readNotes().then(onChange);
  return notesItem.watch((state) => onChange(state ?? EMPTY_NOTES));
}

/** The browser side of components/notes/notes-port.ts. */
export function createNotesPort(): NotesPort {
  return {
    watch: watchNotes,
    send: (operation) =>
      sendNoteOperation(operation).catch(async (error) => {
        if (!(error as { reported?: boolean }).reported)
          await reportProblem(
            `Could not save the change (${operation.op}): ${error instanceof Error ? error.message : String(error)}`,
          );
        throw error;
      }),
    openNotesPage: () => void browser.runtime.openOptionsPage(),
    copyText: (text) => navigator.clipboard.writeText(text),
  };
}
