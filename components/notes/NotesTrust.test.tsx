// @vitest-environment jsdom
// The Notes page's trust parts over fake ports: a note's edit badge and word diff, the article's change summary,
// the backup date and nudge, a restore that previews before it adds, storage problems and the request log.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_NOTES, notesToJson, type Note, type NoteOperation } from '../../lib/notes';
import { NotesContext, type NotesPort } from './notes-port';
import { NotebookContext, type NotebookPort } from './notebook-port';
import { NotesPage } from './NotesPage';

function note(id: string, check?: Note['check']): Note {
  const url = 'https://news.example/story';
  return {
    id,
    key: `${url}#${id}`,
    quote: `Prices will fall next year ${id}`,
    partial: false,
    speaker: 'Li Wei',
    speakerRole: null,
    article: { title: 'Story', outlet: 'Example', url, publishedTime: null },
    pinnedAt: '2026-01-01T00:00:00.000Z',
    comment: '',
    tags: [],
    link: url,
    selector: { exact: 'x', prefix: '', suffix: '', offset: 0 },
    status: check && check.fate !== 'unchanged' ? 'changed' : 'ok',
    ...(check ? { check } : {}),
  };
}

const EDITED = note('a', {
  at: '2026-02-01T00:00:00.000Z',
  fate: 'edited',
  now: 'Prices may fall next year a',
  diff: [
    { value: 'Prices ', change: 'same' },
    { value: 'will', change: 'removed' },
    { value: 'may', change: 'added' },
    { value: ' fall next year a', change: 'same' },
  ],
});
let root: HTMLElement;
let sent: NoteOperation[];
let restored: unknown[];

function mount(
  notes: Note[],
  options: { lastBackupAt?: string | null; log?: { at: string; feature: string; url: string }[] } = {},
) {
  sent = [];
  restored = [];
  const port: NotesPort = {
    watch: (onChange) => (onChange({ ...EMPTY_NOTES, notes }), () => {}),
    send: vi.fn(async (op: NoteOperation) => (sent.push(op), notes.length)),
    openNotesPage: vi.fn(),
    copyText: vi.fn(async () => {}),
  };
  const notebook: NotebookPort = {
    watchCopies: (on) => (
      on({
        'https://news.example/story': {
          bytes: 900,
          storedAt: '2026-01-01T00:00:00.000Z',
          lastCheck: {
            at: '2026-02-01T00:00:00.000Z',
            changes: { title: { before: 'Story', after: 'Story, updated' }, paragraphsAdded: 1, paragraphsRemoved: 0 },
          },
        },
      }),
      () => {}
    ),
    readCopies: async () => [],
    restoreCopies: async (copies) => void restored.push(...copies),
    checkNow: async () => ({ ok: true, checked: 1 }),
    watchProblems: (on) => (
      on([
        { at: '2026-02-01T00:00:00.000Z', message: 'Could not save the notebook (pin): QUOTA_BYTES quota exceeded' },
      ]),
      () => {}
    ),
    clearProblems: async () => {},
    watchBackup: (on) => (on({ lastBackupAt: options.lastBackupAt ?? null }), () => {}),
    recordBackup: async () => {},
    watchRequestLog: (on) => (on(options.log ?? []), () => {}),
    clearRequestLog: async () => {},
    onlineFeaturesOn: async () => false,
    saveFile: vi.fn(),
  };
  act(() =>
    render(
      <NotesContext.Provider value={port}>
        <NotebookContext.Provider value={notebook}>
          <NotesPage />
        </NotebookContext.Provider>
      </NotesContext.Provider>,
      root,
    ),
  );
  return notebook;
}

const text = (sel: string) => root.querySelector(sel)?.textContent ?? null;

describe('Notes page trust features', () => {
  beforeEach(() => {
    document.body.innerHTML = '<div id="root"></div>';
    root = document.getElementById('root')!;
  });

  it('shows the edit badge, the word diff and the article change summary', () => {
    mount([EDITED, note('b', { at: '2026-02-01T00:00:00.000Z', fate: 'moved' })]);
    const fates = [...root.querySelectorAll('[data-testid=note-check]')].map((e) => e.getAttribute('data-fate'));
    expect(fates.sort()).toEqual(['edited', 'moved']);
    expect(root.querySelector('[data-fate=edited] del')!.textContent).toBe('will');
    expect(root.querySelector('[data-fate=edited] ins')!.textContent).toBe('may');
    expect(text('[data-testid=article-changes]')).toMatch(
      /^Title changed from “Story” to “Story, updated”; 1 paragraph added since/,
    );
  });

  it('shows storage problems instead of swallowing them', () => {
    mount([EDITED]);
    expect(text('[data-testid=storage-alerts]')).toContain('QUOTA_BYTES quota exceeded');
  });

  it('nudges to back up after ten notes without a backup, not before', () => {
    mount(Array.from({ length: 10 }, (_, i) => note(String(i))));
    expect(text('[data-testid=backup-last]')).toBe('Never backed up');
    expect(text('[data-testid=backup-suggest]')).toMatch(/^10 notes pinned since you started/);
    mount(
      Array.from({ length: 10 }, (_, i) => note(String(i))),
      { lastBackupAt: '2026-01-02T00:00:00.000Z' },
    );
    expect(root.querySelector('[data-testid=backup-suggest]')).toBeNull();
  });

  it('restore says what it will add, and adds only on confirmation', async () => {
    mount([EDITED]);
    const file = new File([notesToJson([EDITED, note('new')], new Date())], 'backup.json');
    const input = root.querySelector<HTMLInputElement>('[data-testid=restore-file]')!;
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 20));
    });
    expect(text('[data-testid=restore-summary]')).toBe(
      'This will add 1 note and 0 article copies (1 note already here is left as it is).',
    );
    expect(sent).toEqual([]);
    await act(async () => root.querySelector<HTMLButtonElement>('[data-testid=restore-confirm]')!.click());
    expect(sent).toEqual([{ op: 'import', notes: [note('new')] }]);
  });

  it('the request log says nothing left, or lists each request by feature', () => {
    mount([EDITED]);
    expect(text('[data-testid=request-count]')).toBe('nothing');
    mount([EDITED], {
      log: [
        {
          at: '2026-02-01T00:00:00.000Z',
          feature: 'Wikipedia lookups',
          url: 'https://en.wikipedia.org/api/rest_v1/page/summary/Almaty',
        },
      ],
    });
    expect(text('[data-testid=request-count]')).toBe('1 request');
    expect(text('[data-testid=request-list]')).toContain(
      'Wikipedia lookups · https://en.wikipedia.org/api/rest_v1/page/summary/Almaty',
    );
  });
});
