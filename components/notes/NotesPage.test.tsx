// @vitest-environment jsdom
// The Notes page over a fake port: lists notes, search narrows them, "changed" notes stay visible, delete then undo.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_NOTES, type Note, type NoteOperation } from '../../lib/notes';
import { NotesContext, type NotesPort } from './notes-port';
import { NotesPage } from './NotesPage';

function note(id: string, quote: string, speaker: string, status: Note['status'] = 'ok'): Note {
  const url = `https://news.example/${id}`;
  return {
    id,
    key: `${url}#1`,
    quote,
    partial: false,
    speaker,
    speakerRole: null,
    article: { title: `Story ${id}`, outlet: 'Example', url, publishedTime: null },
    pinnedAt: '2026-01-01T00:00:00.000Z',
    comment: '',
    tags: [],
    link: url,
    selector: { exact: quote, prefix: '', suffix: '', offset: 0 },
    status,
  };
}

const NOTES = [
  note('a', 'The ceasefire holds for now', 'Ana Silva'),
  note('b', 'Prices will fall next year', 'Li Wei', 'changed'),
];
let root: HTMLElement;
let sent: NoteOperation[];
/** Sends the mounted page a new notes state, as storage does when another tab writes. */
let pushNotes: (notes: Note[]) => void;

function mount(notes: Note[] = NOTES) {
  sent = [];
  const port: NotesPort = {
    watch: (onChange) => {
      pushNotes = (next) => onChange({ ...EMPTY_NOTES, notes: next });
      pushNotes(notes);
      return () => {};
    },
    send: vi.fn(async (op: NoteOperation) => (sent.push(op), 1)),
    openNotesPage: vi.fn(),
    copyText: vi.fn(async () => {}),
  };
  act(() =>
    render(
      <NotesContext.Provider value={port}>
        <NotesPage />
      </NotesContext.Provider>,
      root,
    ),
  );
}
const quotes = () => [...root.querySelectorAll('[data-testid=note-quote]')].map((e) => e.textContent);

describe('NotesPage', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div id="root"></div>';
    root = document.getElementById('root')!;
  });

  it('lists every note and keeps a changed one visible, marked', () => {
    mount();
    expect(root.querySelector('[data-testid=notes-count]')!.textContent).toBe('2 notes');
    expect(quotes()).toHaveLength(2);
    expect(root.querySelector('[data-status=changed] .note-changed')).not.toBeNull();
  });

  it('search narrows to matching notes', () => {
    mount();
    const input = root.querySelector<HTMLInputElement>('[data-testid=notes-search]')!;
    act(() => {
      input.value = 'ceasef';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(quotes()).toHaveLength(1);
    expect(quotes()[0]).toContain('ceasefire');
  });

  it('delete sends a delete operation and undo restores the same note', () => {
    mount();
    act(() => root.querySelector<HTMLButtonElement>('[data-testid=note-delete]')!.click());
    act(() => root.querySelector<HTMLButtonElement>('[data-testid=undo]')!.click());
    expect(sent[0]).toMatchObject({ op: 'delete' });
    const deletedId = (sent[0] as { id: string }).id;
    expect(sent[1]).toMatchObject({ op: 'restore', note: { id: deletedId } });
  });

  it('shows the first 200 of many notes and more on request', () => {
    mount(Array.from({ length: 450 }, (_, i) => note(`n${i}`, `Quote number ${i} from the archive`, 'Ana Silva')));
    expect(root.querySelector('[data-testid=notes-count]')!.textContent).toBe('450 notes');
    expect(quotes()).toHaveLength(200);
    act(() => root.querySelector<HTMLButtonElement>('[data-testid=show-more]')!.click());
    expect(quotes()).toHaveLength(450);
    expect(root.querySelector('[data-testid=show-more]')).toBeNull();
  });
  it('comment and tags open on demand, save as one update, and tags show as chips that filter', () => {
    mount();
    expect(root.querySelector('[data-testid=note-comment]')).toBeNull();
    act(() => root.querySelector<HTMLButtonElement>('[data-testid=note-edit]')!.click());
    const comment = root.querySelector<HTMLTextAreaElement>('[data-testid=note-comment]')!;
    const tags = root.querySelector<HTMLInputElement>('[data-testid=note-tags]')!;
    act(() => {
      comment.value = 'Compare with March';
      comment.dispatchEvent(new Event('input', { bubbles: true }));
      tags.value = 'Peace, #talks';
      tags.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => root.querySelector<HTMLButtonElement>('[data-testid=note-save]')!.click());
    expect(sent).toEqual([{ op: 'update', id: 'a', comment: 'Compare with March', tags: ['peace', 'talks'] }]);
    expect(root.querySelector('[data-testid=note-comment]')).toBeNull();
    mount([{ ...NOTES[0], tags: ['peace'] }, NOTES[1]]);
    act(() => root.querySelector<HTMLButtonElement>('.note-card .tag-chip')!.click());
    expect(quotes()).toEqual(['The ceasefire holds for now']);
    expect(root.querySelector('[data-testid=tag-filter][aria-pressed=true]')!.textContent).toBe('#peace 1');
  });

  it('what is typed survives a storage update arriving before the save', () => {
    mount();
    act(() => root.querySelector<HTMLButtonElement>('[data-testid=note-edit]')!.click());
    const comment = root.querySelector<HTMLTextAreaElement>('[data-testid=note-comment]')!;
    act(() => {
      comment.value = 'Typed before the update';
      comment.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // Another tab's pin lands: the same notes arrive again as new objects and every card renders anew.
    act(() => pushNotes(NOTES.map((n) => ({ ...n }))));
    act(() => root.querySelector<HTMLButtonElement>('[data-testid=note-save]')!.click());
    expect(sent).toEqual([{ op: 'update', id: 'a', comment: 'Typed before the update', tags: [] }]);
  });

  it('tags filter (never duplicate a card); the export saves what is shown; import sits in the More menu', async () => {
    const a = { ...NOTES[0], tags: ['peace', 'talks'] };
    const b = { ...NOTES[1], tags: ['talks'] };
    mount([a, b, note('c', 'No tags here', 'Li Wei')]);
    expect(root.querySelector('[role=radiogroup], input[type=radio][value=tag]')).toBeNull();
    const chips = () => [...root.querySelectorAll('[data-testid=tag-filter]')].map((c) => c.textContent);
    expect(chips()).toEqual(['#talks 2', '#peace 1', 'Untagged 1']);
    act(() => root.querySelectorAll<HTMLButtonElement>('[data-testid=tag-filter]')[0].click());
    expect(quotes()).toEqual(['The ceasefire holds for now', 'Prices will fall next year']);
    expect(root.querySelector('[data-testid=export-label]')!.textContent).toBe('Export the 2 shown:');
    act(() => root.querySelectorAll<HTMLButtonElement>('[data-testid=tag-filter]')[2].click());
    expect(quotes()).toEqual(['No tags here']);
    act(() => root.querySelectorAll<HTMLButtonElement>('[data-testid=tag-filter]')[2].click());
    expect(quotes()).toHaveLength(3);
    expect(root.querySelector('[data-testid=export-label]')!.textContent).toBe('Export:');
    // What the JSON export saves is the notes shown.
    const saved: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => (saved.push(blob as Blob), 'blob:x');
    act(() => root.querySelectorAll<HTMLButtonElement>('[data-testid=tag-filter]')[1].click());
    act(() => root.querySelector<HTMLButtonElement>('[data-testid=export-json]')!.click());
    URL.createObjectURL = create;
    expect(saved).toHaveLength(1);
    expect(JSON.parse(await saved[0].text()).notes.map((n: Note) => n.id)).toEqual(['a']);
    expect(root.querySelector('[data-testid=more-menu] [data-testid=import-file]')).not.toBeNull();
    expect(root.querySelector('[data-testid=export-bar] [data-testid=import-file]')).toBeNull();
  });

  it('the reader can mark a speaker wrong, or say who it was (typed or picked from the article); the card says so', () => {
    const sameArticle = { ...NOTES[1], id: 'c', key: `${NOTES[0].article.url}#2`, article: NOTES[0].article };
    mount([NOTES[0], sameArticle]);
    const card = () => root.querySelectorAll('[data-testid=note]')[0];
    act(() => card().querySelector<HTMLButtonElement>('[data-testid=note-dispute]')!.click());
    act(() => card().querySelector<HTMLButtonElement>('[data-testid=speaker-fix-save]')!.click());
    expect(sent).toEqual([{ op: 'update', id: 'a', speakerDisputed: true }]);
    // The other notes of the same article offer their speakers; another article's speakers are not offered.
    act(() => card().querySelector<HTMLButtonElement>('[data-testid=note-dispute]')!.click());
    const choices = [...card().querySelectorAll('[data-testid=speaker-choice]')].map((b) => b.textContent);
    expect(choices).toEqual(['Li Wei']);
    act(() => card().querySelector<HTMLButtonElement>('[data-testid=speaker-choice]')!.click());
    expect(sent[1]).toEqual({ op: 'update', id: 'a', speakerFix: 'Li Wei' });
    act(() => card().querySelector<HTMLButtonElement>('[data-testid=note-dispute]')!.click());
    act(() => {
      const input = card().querySelector<HTMLInputElement>('[data-testid=speaker-fix-name]')!;
      input.value = 'Berik Uali';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => card().querySelector<HTMLButtonElement>('[data-testid=speaker-fix-save]')!.click());
    expect(sent[2]).toEqual({ op: 'update', id: 'a', speakerFix: 'Berik Uali' });
    mount([{ ...NOTES[0], speakerDisputed: true, speakerFix: 'Berik Uali' }]);
    expect(root.querySelector('[data-testid=note-speaker]')!.textContent).toBe('Berik Uali');
    expect(root.textContent).toContain('News Lens said Ana Silva');
    mount([{ ...NOTES[0], speakerDisputed: true }]);
    expect(root.querySelector('[data-testid=note-speaker]')!.hasAttribute('data-disputed')).toBe(true);
    expect(root.textContent).toContain('you marked this speaker wrong');
  });
});
