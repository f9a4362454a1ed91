// Placeholder until issue 6: nothing is pinned and pinning does nothing.
import type { NotesClient } from '../components/panel-contract';

export function createNotesClient(): NotesClient {
  return {
    watchPinned(_url, onChange) {
      onChange(new Set());
      return () => {};
    },
    async togglePin() {},
  };
}
