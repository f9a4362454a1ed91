// A note's last edit check: what became of the quote when its article was last read, when, and for an edited
// quote the words that changed (struck out: the pinned words; underlined: the article's words now).
import type { Note, QuoteFate } from '../../lib/notes';

const LABELS: Record<QuoteFate, string> = {
  unchanged: 'Unchanged',
  moved: 'Moved',
  edited: 'Edited',
  reattributed: 'Now attributed to someone else',
  removed: 'Removed',
};

const HINTS: Record<QuoteFate, string> = {
  unchanged: 'The article still has these words in the same place.',
  moved: 'The article still has these words, among other sentences.',
  edited: 'The article now has different words here.',
  reattributed: 'The article now gives these words to another speaker.',
  removed: 'The article no longer has these words.',
};

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function CheckBadge({ note }: { note: Note }) {
  const check = note.check;
  if (!check) return null;
  return (
    <div class="note-check" data-testid="note-check" data-fate={check.fate}>
      <p class="note-check-line">
        <span class={`check-badge fate-${check.fate}`} data-testid="check-badge" title={HINTS[check.fate]}>
          {LABELS[check.fate]}
        </span>{' '}
        <span class="check-when">checked {when(check.at)}</span>
        {check.speakerNow && (
          <span class="check-speaker" data-testid="check-speaker">
            {' '}
            · now: {check.speakerNow}
          </span>
        )}
      </p>
      {check.diff && (
        <p class="check-diff" data-testid="check-diff" aria-label="Changes to the quote">
          {check.diff.map((part, i) =>
            part.change === 'removed' ? (
              <del key={i}>{part.value}</del>
            ) : part.change === 'added' ? (
              <ins key={i}>{part.value}</ins>
            ) : (
              <span key={i}>{part.value}</span>
            ),
          )}
        </p>
      )}
    </div>
  );
}
