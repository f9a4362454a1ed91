// One quote in the list: its words, partial/unknown marks, and a pin toggle.
import type { Quote } from '../../lib/types';

interface Props {
  quote: Quote;
  index: number;
  focused: boolean;
  pinned: boolean;
  onActivate(): void;
  onPin(): void;
  onFocus(): void;
}

export function QuoteItem({ quote, index, focused, pinned, onActivate, onPin, onFocus }: Props) {
  return (
    <li class="quote-item" data-testid="quote" data-index={index} data-partial={quote.partial || undefined}>
      <button
        type="button"
        class="quote-text"
        tabIndex={focused ? 0 : -1}
        data-quote-index={index}
        onClick={onActivate}
        onFocus={onFocus}
        aria-describedby={quote.partial ? `partial-${index}` : undefined}
        title="Show this quote in the page"
      >
        “{quote.text.replace(/\s*\n\n\s*/g, ' ')}”
      </button>
      {quote.partial && (
        <span class="badge" id={`partial-${index}`}>
          partial quote
        </span>
      )}
      <button
        type="button"
        class="pin"
        data-testid="pin"
        tabIndex={-1}
        aria-pressed={pinned}
        aria-label={pinned ? 'Unpin this quote' : 'Pin this quote to notes'}
        title={pinned ? 'Unpin (P)' : 'Pin to notes (P)'}
        onClick={onPin}
      >
        {pinned ? '★' : '☆'}
      </button>
    </li>
  );
}
