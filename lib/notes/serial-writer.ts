// One writer for the notebook: operations queue up and each sees the result of the one before, so nothing
// is lost when many tabs pin at once (a plain read-modify-write from each tab would overwrite others).
import { applyOperation, type NoteOperation } from './operations';
import type { NotesState } from './model';

export interface NotesStorage {
  read(): Promise<NotesState>;
  write(state: NotesState): Promise<void>;
}

export function createSerialWriter(storage: NotesStorage): (operation: NoteOperation) => Promise<NotesState> {
  let tail: Promise<unknown> = Promise.resolve();
  return (operation) => {
    const run = tail.then(async () => {
      const before = await storage.read();
      const after = applyOperation(before, operation);
      if (after !== before) await storage.write(after);
      return after;
    });
    tail = run.catch(() => {}); // a failed write must not block the ones after it
    return run;
  };
}
