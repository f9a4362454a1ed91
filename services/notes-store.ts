// The notebook in extension storage. The background is its only writer: panels and the Notes page send
// operations here and the serial writer applies them one after another. Everyone reads by watching the item.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import {
  EMPTY_NOTES, NOTES_SCHEMA_VERSION, createSerialWriter, migrateV1ToV2, quoteKey,
  type NoteOperation, type NotesState, type NotesStateV1,
} from '../lib/notes';
import type { NotesPort } from '../components/notes/notes-port';
import { reportProblem } from './problems';

const MESSAGE = 'news-lens/notes';

export const notesItem = storage.defineItem<NotesState>('local:notes', {
  fallback: EMPTY_NOTES,
  version: NOTES_SCHEMA_VERSION,
  migrations: {
    2: (v1: NotesStateV1) => migrateV1ToV2(v1, (url, text) => quoteKey(url, { text })),
  },
});

type Reply = { ok: true; count: number } | { ok: false; error: string };

/** Background side: the one writer. */
export function listenForNoteOperations(): void {
  const write = createSerialWriter({
    read: async () => (await notesItem.getValue()) ?? EMPTY_NOTES,
    write: (state) => notesItem.setValue(state),
  });
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: Reply) => void) => {
    const request = message as { type?: string; operation?: NoteOperation } | null;
    if (request?.type !== MESSAGE || !request.operation) return undefined;
    write(request.operation).then(
      (state) => sendResponse({ ok: true, count: state.notes.length }),
      (error) => {
        const text = error instanceof Error ? error.message : String(error);
        void reportProblem(`Could not save the notebook (${request.operation!.op}): ${text}`);
        sendResponse({ ok: false, error: text });
      },
    );
    return true; // answer asynchronously
  });
}

/** Panel and Notes page side: hand an operation to the background's writer. */
export async function sendNoteOperation(operation: NoteOperation): Promise<number> {
  const reply = (await browser.runtime.sendMessage({ type: MESSAGE, operation })) as Reply | undefined;
  // A refused write was already reported by the background; only a missing answer is new here.
  if (!reply?.ok) throw Object.assign(new Error(reply?.error ?? 'the background did not answer'), { reported: !!reply });
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
        if (!(error as { reported?: boolean }).reported) await reportProblem(`Could not save the change (${operation.op}): ${error instanceof Error ? error.message : String(error)}`);
        throw error;
      }),
    openNotesPage: () => void browser.runtime.openOptionsPage(),
    copyText: (text) => navigator.clipboard.writeText(text),
  };
}
