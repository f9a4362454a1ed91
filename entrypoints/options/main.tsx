// The Notes page (registered as the options page, so the toolbar button's menu opens it too). Wiring only.
import { render } from 'preact';
import { NotesPage } from '../../components/notes/NotesPage';
import { NotesContext } from '../../components/notes/notes-port';
import { createNotesPort } from '../../services/notes-store';
import { NotebookContext } from '../../components/notes/notebook-port';
import { downloadText } from '../../components/notes/download';
import { createNotebookPort } from '../../services/notebook-port';
import '../../assets/panel.css';

render(
  <NotesContext.Provider value={createNotesPort()}>
    <NotebookContext.Provider value={createNotebookPort(downloadText)}>
      <NotesPage />
    </NotebookContext.Provider>
  </NotesContext.Provider>,
  document.getElementById('app')!,
);
