// One writer for the notebook: operations queue up and each sees the result of the one before, so nothing
// is lost when many tabs pin at once (a plain read-modify-write from each tab would overwrite others).
// Operations that arrive while a write is in flight are applied together and written once: 200 pins from four
// tabs are a few storage writes (and a few change events for every open Notes page), not 200.
import { applyOperation, type NoteOperation } from './operations';
import type { NotesState } from './model';

export interface NotesStorage {
  read(): Promise<NotesState>;
  write(state: NotesState): Promise<void>;
}

interface Pending {
  operation: NoteOperation;
  resolve: (state: NotesState) => void;
  reject: (error: unknown) => void;
}

/** Applies a batch in order; an operation that throws fails alone. Returns the last state and each one's outcome. */
function applyBatch(start: NotesState, batch: Pending[]) {
  let state = start;
  const outcomes = batch.map((pending) => {
    try {
      state = applyOperation(state, pending.operation);
      return { state };
    } catch (error) {
      return { error };
    }
  });
  return { state, outcomes };
}

export function createSerialWriter(storage: NotesStorage): (operation: NoteOperation) => Promise<NotesState> {
  let queue: Pending[] = [];
  let draining = false;
  /** Reads, applies and writes one batch; settles each operation, a throwing one with its own error. */
  async function run(batch: Pending[]): Promise<void> {
    const before = await storage.read();
    const { state, outcomes } = applyBatch(before, batch);
    if (state !== before) await storage.write(state);
    outcomes.forEach((o, i) => ('error' in o ? batch[i].reject(o.error) : batch[i].resolve(o.state)));
  }
  async function drain(): Promise<void> {
    draining = true;
    while (queue.length) {
      const batch = queue;
      queue = [];
      try {
        await run(batch);
      } catch (error) {
        // The batch's read or write failed. Alone, its operation fails; together, they run one at a time, so only
        // the one that cannot be written (an import over the quota) fails, with its own error, as before batching.
        if (batch.length === 1) batch[0].reject(error);
        else for (const pending of batch) await run([pending]).catch(pending.reject);
      }
    }
    draining = false;
  }
  return (operation) =>
    new Promise<NotesState>((resolve, reject) => {
      queue.push({ operation, resolve, reject });
      if (!draining) void drain();
    });
}
