// "Back up notes" and "Restore": a dated file with every note, its edit checks and the stored article copies;
// the date of the last backup, a nudge after many new notes, and a restore that says what it will add first.
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Note } from '../../lib/notes';
import {
  BACKUP_SUGGEST_AFTER,
  backupFileName,
  notesSinceBackup,
  notesToBackup,
  parseBackup,
  planRestore,
  type RestorePlan,
} from '../../lib/notes/backup';
import type { CopyIndex } from '../../lib/notes/article-copy';
import { shownQuote } from '../../lib/notes/shown-quote';

const clipQuote = (q: string) => (q.length > 90 ? `${q.slice(0, 90)}…` : q);
import { NotebookContext, type BackupInfo } from './notebook-port';
import type { NotesPort } from './notes-port';

type Pending = { plan: RestorePlan; index: CopyIndex };
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const copies = (n: number) => plural(n, 'article copy', 'article copies');
const day = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function BackupBar({ notes, port }: { notes: Note[]; port: NotesPort }) {
  const notebook = useContext(NotebookContext);
  const [info, setInfo] = useState<BackupInfo | null>(null);
  const [index, setIndex] = useState<CopyIndex>({});
  const [pending, setPending] = useState<Pending | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => notebook?.watchBackup(setInfo), [notebook]);
  useEffect(() => notebook?.watchCopies(setIndex), [notebook]);
  if (!notebook) return null;

  const backUp = async () => {
    const at = new Date();
    notebook.saveFile(
      backupFileName(at),
      notesToBackup(notes, await notebook.readCopies(), index, at),
      'application/json',
    );
    await notebook.recordBackup(at);
    setMessage({ ok: true, text: `Backed up ${plural(notes.length, 'note')}.` });
  };
  const choose = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseBackup(await file.text());
    if (!parsed.ok) return setMessage({ ok: false, text: parsed.error });
    setMessage(null);
    setPending({ plan: planRestore(notes, parsed, new Set(Object.keys(index))), index: parsed.index });
  };
  const restore = async ({ plan, index: incoming }: Pending) => {
    setPending(null);
    try {
      if (plan.add.length) await port.send({ op: 'import', notes: plan.add });
      if (plan.copies.length) await notebook.restoreCopies(plan.copies, incoming);
      setMessage({ ok: true, text: `Restored ${plural(plan.add.length, 'note')} and ${copies(plan.copies.length)}.` });
    } catch (error) {
      setMessage({ ok: false, text: `The restore failed: ${String(error)}` });
    }
  };

  const since = info ? notesSinceBackup(notes, info.lastBackupAt) : 0;
  return (
    <div class="backup-bar" data-testid="backup-bar">
      <button type="button" data-testid="backup" disabled={!notes.length} onClick={() => void backUp()}>
        Back up notes
      </button>
      <span class="backup-last" data-testid="backup-last">
        {info === null ? '' : info.lastBackupAt ? `Last backup: ${day(info.lastBackupAt)}` : 'Never backed up'}
      </span>
      <label class="import">
        Restore from backup…
        <input
          type="file"
          accept="application/json,.json"
          data-testid="restore-file"
          onChange={(e) => {
            const input = e.currentTarget;
            void choose(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
      </label>
      {since >= BACKUP_SUGGEST_AFTER && (
        <p class="backup-suggest" role="status" data-testid="backup-suggest">
          {plural(since, 'note')} pinned since {info?.lastBackupAt ? 'the last backup' : 'you started'}: back them up so
          they cannot be lost with this browser profile.
        </p>
      )}
      {pending && (
        <RestorePreview pending={pending} onAdd={() => void restore(pending)} onCancel={() => setPending(null)} />
      )}
      {message && (
        <p
          class={message.ok ? 'import-ok' : 'import-error'}
          role={message.ok ? 'status' : 'alert'}
          data-testid="backup-message"
        >
          {message.text}
        </p>
      )}
    </div>
  );
}

const copiesOf = (pending: Pending) => copies(pending.plan.copies.length);

function RestorePreview({ pending, onAdd, onCancel }: { pending: Pending; onAdd(): void; onCancel(): void }) {
  const { add, alreadyHere } = pending.plan;
  const nothing = !add.length && !pending.plan.copies.length;
  return (
    <div class="restore-preview" role="dialog" aria-label="Restore from backup" data-testid="restore-preview">
      <p data-testid="restore-summary">
        {nothing
          ? `Nothing to add: all ${plural(alreadyHere, 'note')} in this backup are already here.`
          : `This will add ${plural(add.length, 'note')} and ${copiesOf(pending)}` +
            `${alreadyHere ? ` (${plural(alreadyHere, 'note')} already here ${alreadyHere === 1 ? 'is' : 'are'} left as ${alreadyHere === 1 ? 'it is' : 'they are'})` : ''}.`}
      </p>
      {add.length > 0 && (
        <ul class="restore-list">
          {add.slice(0, 5).map((n) => (
            <li key={n.id}>
              “{clipQuote(shownQuote(n.quote))}” — {n.article.title}
            </li>
          ))}
          {add.length > 5 && <li>…and {add.length - 5} more</li>}
        </ul>
      )}
      {!nothing && (
        <button type="button" data-testid="restore-confirm" onClick={onAdd}>
          Add {plural(add.length, 'note')}
        </button>
      )}{' '}
      <button type="button" onClick={onCancel}>
        {nothing ? 'Close' : 'Cancel'}
      </button>
    </div>
  );
}
