// On a card whose passage the page no longer has word for word: says so, and offers the page's nearest match
// (fuzzy re-anchoring, as annotation tools do for edited pages) with a button that shows it.
import { wordDiff } from '../lib/notes/watch';
import type { WordChange } from '../lib/notes/model';
import type { NearestMatch } from './panel-contract';

interface Props {
  /** The card's own words (as News Lens read them), to show what the page changed. */
  original: string;
  /** The looked-up match for this card: undefined while the page is searched, target null when nothing is close. */
  nearest: NearestMatch | null | undefined;
  /** The nearest match is the one marked in the page now. */
  shown?: boolean;
  onShow?(): void;
}

/** Unchanged words kept either side of a change: enough to recognise the place, not to read the quote twice. */
const CONTEXT_WORDS = 6;

/** Keeps the first and last few words of a long unchanged run. */
function shorten(value: string, keepStart: boolean, keepEnd: boolean): string {
  const words = value.split(/(\s+)/);
  const keep = CONTEXT_WORDS * 2; // words and the spaces between them
  if (words.length <= keep * 2) return value;
  const head = keepStart ? words.slice(0, keep).join('') : '';
  const tail = keepEnd ? words.slice(-keep).join('') : '';
  return `${head}…${tail}`;
}

/** The page's words against the card's: removed words struck out, new ones underlined, long same runs cut. */
function Changes({ diff }: { diff: WordChange[] }) {
  return (
    <>
      {diff.map((part, i) =>
        part.change === 'removed' ? (
          <del key={i}>{part.value}</del>
        ) : part.change === 'added' ? (
          <ins key={i}>{part.value}</ins>
        ) : (
          <span key={i}>{shorten(part.value, i > 0, i < diff.length - 1)}</span>
        ),
      )}
    </>
  );
}

export function MissingNotice({ original, nearest, shown = false, onShow }: Props) {
  const target = nearest?.target;
  return (
    <div class="missing" role="status" data-testid="not-found">
      <p>Not found word for word in the page: the article may have changed since News Lens read it.</p>
      {target && (
        <p class="nearest" data-testid="nearest">
          Nearest match in the page:{' '}
          <q>
            <Changes diff={wordDiff(original, target.exact.trim())} />
          </q>{' '}
          {onShow && (
            <button type="button" class="link-button" data-testid="show-nearest" aria-pressed={shown} onClick={onShow}>
              {shown ? 'Shown in the page' : 'Show it in the page'}
            </button>
          )}
        </p>
      )}
      {nearest && !target && <p data-testid="no-nearest">Nothing close to it is left: it may have been removed.</p>}
    </div>
  );
}
