// Citation exports of the notes shown: CSL-JSON (Zotero, Pandoc), BibTeX (one @article per article) and one
// Wikipedia {{cite news}} per note, with its quote.
import { noteToCiteNews, notesToBibtex, notesToCslJson, type Note } from '../../lib/notes';
import { downloadText } from './download';

const stamp = () => new Date().toISOString().slice(0, 10);

export function CitationExports({ notes }: { notes: Note[] }) {
  const none = notes.length === 0;
  const save = (ext: string, content: string, type: string) =>
    downloadText(`news-lens-citations-${stamp()}.${ext}`, content, type);
  return (
    <>
      <button
        type="button"
        data-testid="export-csl"
        disabled={none}
        onClick={() => save('csl.json', notesToCslJson(notes), 'application/json')}
      >
        CSL-JSON
      </button>
      <button
        type="button"
        data-testid="export-bibtex"
        disabled={none}
        onClick={() => save('bib', notesToBibtex(notes), 'application/x-bibtex')}
      >
        BibTeX
      </button>
      <button
        type="button"
        data-testid="export-cite-news"
        disabled={none}
        onClick={() => save('wiki.txt', notes.map(noteToCiteNews).join('\n') + '\n', 'text/plain')}
      >
        {'{{cite news}}'}
      </button>
    </>
  );
}
