// The Notes page (registered as the options page, so the toolbar button's menu opens it too). Wiring only.
import { render } from 'preact';
import { NotesPage } from '../../components/notes/NotesPage';
import { NotesContext } from '../../components/notes/notes-port';
import { createNotesPort } from '../../services/notes-store';
import '../../assets/panel.css';

render(
  <NotesContext.Provider value={createNotesPort()}>
    <NotesPage />
  </NotesContext.Provider>,
  document.getElementById('app')!,
);
