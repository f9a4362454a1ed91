// "Wrong speaker?": the reader says News Lens named the wrong speaker, and can say who it was: one of the article's
// people (suggested) or a typed name. Kept with the note (speakerDisputed, speakerFix) and in its exports.
import { useState } from 'preact/hooks';
import type { Note } from '../../lib/notes';
import type { NotesPort } from './notes-port';

interface Props {
  note: Note;
  port: Pick<NotesPort, 'send'>;
  /** Names to pick from: the article's people (the note's own speaker is left out). */
  people: string[];
}

let nextId = 0;

export function SpeakerFix({ note, port, people }: Props) {
  const [open, setOpen] = useState(false);
  const [listId] = useState(() => `speaker-choices-${++nextId}`);
  const choices = people.filter((p) => p !== note.speaker);
  const send = (fields: { speakerDisputed?: boolean; speakerFix?: string | null }) =>
    void port.send({ op: 'update', id: note.id, ...fields });
  if (!open) {
    return note.speakerDisputed ? (
      <button
        type="button"
        data-testid="note-dispute"
        aria-pressed="true"
        title="Take back: the speaker News Lens gave is right"
        onClick={() => send({ speakerDisputed: false })}
      >
        {note.speakerFix ? 'Your speaker: undo' : 'Speaker marked wrong: undo'}
      </button>
    ) : (
      <button type="button" data-testid="note-dispute" aria-pressed="false" onClick={() => setOpen(true)}>
        Wrong speaker?
      </button>
    );
  }
  // Uncontrolled, like the note editor: the value is read once, on Save.
  let name = '';
  const save = (e: Event) => {
    e.preventDefault();
    send(name.trim() ? { speakerFix: name } : { speakerDisputed: true });
    setOpen(false);
  };
  return (
    <form class="speaker-fix" onSubmit={save} data-testid="speaker-fix">
      <label class="note-field">
        <span>Who said it? Pick one of the article’s people or type a name (empty: just mark it wrong).</span>
        <input
          type="text"
          list={listId}
          data-testid="speaker-fix-name"
          autoComplete="off"
          onInput={(e) => (name = e.currentTarget.value)}
        />
      </label>
      <datalist id={listId}>
        {choices.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      {choices.length > 0 && (
        <p class="speaker-choices" aria-label="The article’s people">
          {choices.slice(0, 6).map((p) => (
            <button
              type="button"
              key={p}
              class="tag-chip"
              data-testid="speaker-choice"
              onClick={() => (send({ speakerFix: p }), setOpen(false))}
            >
              {p}
            </button>
          ))}
        </p>
      )}
      <div class="note-actions">
        <button type="submit" data-testid="speaker-fix-save">
          Save
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** How a note names its speaker: the reader's fix first, News Lens's guess struck through. */
export function SpeakerName({ note }: { note: Note }) {
  const given = note.speaker ?? 'Unknown speaker';
  if (note.speakerFix) {
    return (
      <>
        <span class="note-speaker" data-testid="note-speaker" data-fixed="">
          {note.speakerFix}
        </span>{' '}
        <span class="disputed">
          (your speaker; News Lens said <s>{given}</s>)
        </span>
      </>
    );
  }
  return (
    <>
      <span class="note-speaker" data-testid="note-speaker" data-disputed={note.speakerDisputed || undefined}>
        {given}
        {note.speakerRole ? `, ${note.speakerRole}` : ''}
      </span>
      {note.speakerDisputed && <span class="disputed"> (you marked this speaker wrong)</span>}
    </>
  );
}
