// One quote in the list: its words, a "fragment" or "speaker unclear" tag, and the Pin toggle. The card shown in
// the page is marked active (clicking it again clears the highlight); a quote the page no longer has says so.
import type { Quote } from '../../lib/types';
import { shownQuote } from '../../lib/notes/shown-quote';
import { MissingNotice } from '../MissingNotice';
import type { NearestMatch } from '../panel-contract';

interface Props {
  quote: Quote;
  index: number;
  focused: boolean;
  pinned: boolean;
  active: boolean;
  missing: boolean;
  /** The group's speaker is certain but this quote's attribution is a guess. */
  unclear: boolean;
  /** The page's nearest match when the quote is missing (undefined while it is looked up). */
  nearest?: NearestMatch | null;
  onShowNearest?(): void;
  /** The quotation marks the article used around it (« » in French); “ ” by default. */
  marks?: [string, string];
  /** For an unclear attribution: the article's words the speaker was read from. */
  cue?: string | null;
  onActivate(): void;
  onPin(): void;
  onFocus(): void;
}

export function QuoteItem(props: Props) {
  const { quote, index, focused, pinned, active, missing, unclear, onActivate, onPin, onFocus } = props;
  const [open, close] = props.marks ?? ['“', '”'];
  const tags = [quote.partial && 'fragment', unclear && 'speaker unclear'].filter(Boolean) as string[];
  return (
    <li
      class="quote-item"
      data-testid="quote"
      data-index={index}
      data-partial={quote.partial || undefined}
      data-active={active || undefined}
    >
      <button
        type="button"
        class="quote-text"
        tabIndex={focused ? 0 : -1}
        data-quote-index={index}
        onClick={onActivate}
        onFocus={onFocus}
        aria-pressed={active}
        aria-describedby={tags.length ? `tags-${index}` : undefined}
        data-tags={tags.length ? tags.join(' · ') : undefined}
        title={active ? 'Shown in the page: click again or press Esc to clear' : 'Show this quote in the page'}
      >
        {open}
        {shownQuote(quote.text)}
        {close}
      </button>
      {/* The tags are drawn inline at the end of the quote by CSS (data-tags), so the quote's text stays the quote. */}
      {tags.length > 0 && (
        <span class="visually-hidden" id={`tags-${index}`}>
          {tags.join(', ')}
        </span>
      )}
      <button
        type="button"
        class="pin"
        data-testid="pin"
        tabIndex={focused ? 0 : -1}
        aria-pressed={pinned}
        aria-label={pinned ? 'Pinned to notes: unpin (P)' : 'Pin to notes (P)'}
        title={pinned ? 'Pinned: click to unpin (P)' : 'Pin to notes (P)'}
        onClick={onPin}
      >
        {pinned ? 'Pinned' : 'Pin'}
      </button>
      {unclear && props.cue && (
        <p class="hint why" data-testid="clue">
          Speaker read from: <q>{props.cue}</q>
        </p>
      )}
      {missing && (
        <MissingNotice original={quote.text} nearest={props.nearest} shown={active} onShow={props.onShowNearest} />
      )}
    </li>
  );
}
