// Export buttons (Markdown, CSV, JSON, citations) for the notes shown (the search and tag filter apply: what the
// reader sees is what they save), and the JSON import, kept apart in a "More" menu so it is not mistaken for an
// export. Refused files get a clear message.
import { useState } from 'preact/hooks';
import {
  notesToCsv,
  notesToJson,
  notesToMarkdown,
  notesToMarkdownFiles,
  parseNotesImport,
  type Note,
} from '../../lib/notes';
import type { NotesPort } from './notes-port';
import { downloadText } from './download';
import { CitationExports } from './CitationExports';

const stamp = () => new Date().toISOString().slice(0, 10);

interface ExportProps {
  /** The notes shown now. */
  notes: Note[];
  /** Every note: the label says when the export is a part of them. */
  total: number;
}

export function ExportBar({ notes, total }: ExportProps) {
  const none = notes.length === 0;
  const label = notes.length === total ? 'Export:' : `Export the ${notes.length} shown:`;
  return (
    <div class="export-import" data-testid="export-bar">
      <span class="label" data-testid="export-label">
        {label}
      </span>
      <button
        type="button"
        disabled={none}
        onClick={() =>
          downloadText(`news-lens-notes-${stamp()}.md`, notesToMarkdown(notes, new Date()), 'text/markdown')
        }
      >
        Markdown
      </button>
      <button
        type="button"
        disabled={none}
        onClick={() => notesToMarkdownFiles(notes).forEach((f) => downloadText(f.name, f.content, 'text/markdown'))}
      >
        Markdown, one file per article
      </button>
      <button
        type="button"
        disabled={none}
        onClick={() => downloadText(`news-lens-notes-${stamp()}.csv`, notesToCsv(notes), 'text/csv')}
      >
        CSV
      </button>
      <button
        type="button"
        data-testid="export-json"
        disabled={none}
        onClick={() =>
          downloadText(`news-lens-notes-${stamp()}.json`, notesToJson(notes, new Date()), 'application/json')
        }
      >
        JSON
      </button>
      <CitationExports notes={notes} />
    </div>
  );
}

/** The "More" menu: importing a JSON export (duplicates are skipped). */
export function MoreMenu({ count, port }: { count: number; port: NotesPort }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseNotesImport(await file.text());
    if (!parsed.ok) return setMessage({ ok: false, text: parsed.error });
    const after = await port.send({ op: 'import', notes: parsed.notes });
    const added = after - count;
    setMessage({
      ok: true,
      text: `Imported ${added} new ${added === 1 ? 'note' : 'notes'}; ${parsed.notes.length - added} already here.`,
    });
  };
  return (
    <div class="more-menu-wrap">
      <details class="more-menu" data-testid="more-menu">
        <summary>More</summary>
        <div class="more-menu-items">
          <label class="import">
            Import notes from a JSON export…
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
        </div>
      </details>
      {message && (
        <p
          class={message.ok ? 'import-ok' : 'import-error'}
          role={message.ok ? 'status' : 'alert'}
          data-testid="import-message"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
