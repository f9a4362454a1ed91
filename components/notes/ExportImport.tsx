// Export buttons (Markdown, CSV, JSON) and the JSON import, with a clear message for refused files.
import { useState } from 'preact/hooks';
import { notesToCsv, notesToJson, notesToMarkdown, notesToMarkdownFiles, parseNotesImport, type Note } from '../../lib/notes';
import type { NotesPort } from './notes-port';
import { downloadText } from './download';
import { CitationExports } from './CitationExports';

const stamp = () => new Date().toISOString().slice(0, 10);

export function ExportImport({ notes, port }: { notes: Note[]; port: NotesPort }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const none = notes.length === 0;

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseNotesImport(await file.text());
    if (!parsed.ok) return setMessage({ ok: false, text: parsed.error });
    const before = notes.length;
    const after = await port.send({ op: 'import', notes: parsed.notes });
    const added = after - before;
    setMessage({ ok: true, text: `Imported ${added} new ${added === 1 ? 'note' : 'notes'}; ${parsed.notes.length - added} already here.` });
  };

  return (
    <div class="export-import">
      <span class="label">Export:</span>
      <button type="button" disabled={none} onClick={() => downloadText(`news-lens-notes-${stamp()}.md`, notesToMarkdown(notes, new Date()), 'text/markdown')}>
        Markdown
      </button>
      <button
        type="button"
        disabled={none}
        onClick={() => notesToMarkdownFiles(notes).forEach((f) => downloadText(f.name, f.content, 'text/markdown'))}
      >
        Markdown, one file per article
      </button>
      <button type="button" disabled={none} onClick={() => downloadText(`news-lens-notes-${stamp()}.csv`, notesToCsv(notes), 'text/csv')}>
        CSV
      </button>
      <button
        type="button"
        data-testid="export-json"
        disabled={none}
        onClick={() => downloadText(`news-lens-notes-${stamp()}.json`, notesToJson(notes, new Date()), 'application/json')}
      >
        JSON
      </button>
      <CitationExports notes={notes} />
      <label class="import">
        Import JSON…
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(e) => {
            const input = e.currentTarget;
            void importFile(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
      </label>
      {message && (
        <p class={message.ok ? 'import-ok' : 'import-error'} role={message.ok ? 'status' : 'alert'} data-testid="import-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
