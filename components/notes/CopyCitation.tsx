// Copy one note as a citation, in the format the reader picks (kept for the next copy).
import { useState } from 'preact/hooks';
import { noteCitation, noteToBibtex, noteToCiteNews, notesToCslJson, type Note } from '../../lib/notes';
import type { NotesPort } from './notes-port';

export const CITATION_FORMATS = {
  text: { label: 'Text', write: noteCitation },
  'cite-news': { label: '{{cite news}}', write: noteToCiteNews },
  bibtex: { label: 'BibTeX', write: noteToBibtex },
  csl: { label: 'CSL-JSON', write: (note: Note) => notesToCslJson([note]) },
} as const;

export type CitationFormat = keyof typeof CITATION_FORMATS;
let lastFormat: CitationFormat = 'text';

export function CopyCitation({ note, port }: { note: Note; port: NotesPort }) {
  const [format, setFormat] = useState<CitationFormat>(lastFormat);
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () =>
    port.copyText(CITATION_FORMATS[format].write(note)).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <span class="copy-citation">
      <button type="button" data-testid="copy-citation" onClick={copy}>
        {copied ? 'Copied' : copied === false ? 'Copy failed' : 'Copy as citation'}
      </button>
      <select
        aria-label="Citation format"
        data-testid="citation-format"
        value={format}
        onChange={(e) => {
          lastFormat = e.currentTarget.value as CitationFormat;
          setFormat(lastFormat);
          setCopied(null);
        }}
      >
        {Object.entries(CITATION_FORMATS).map(([id, f]) => (
          <option key={id} value={id}>
            {f.label}
          </option>
        ))}
      </select>
    </span>
  );
}
