// "Quoted": who is quoted, with role and count, their quotes and their paraphrased statements.
// Keyboard: the quote list is one stop in the tab order; arrows move, Enter shows the quote in the page, P pins.
import { useMemo, useRef, useState } from 'preact/hooks';
import { quoteKey } from '../../lib/notes/model';
import { attributable } from '../../lib/quotes/language';
import type { Entity } from '../../lib/types';
import { targetForSpan, type SectionProps } from '../panel-contract';
import { describeSourcing, sourcingSummary, speakerViews, type SpeakerView } from './group-quotes';
import { QuoteItem } from './QuoteItem';
import '../../assets/quotes.css';

const TYPE_LABEL = { person: '', organization: 'organisation', group: 'group', unknown: '' } as const;

function backgroundFor(name: string | null, entities: Entity[]): Entity | undefined {
  if (!name) return undefined;
  const lower = name.toLowerCase();
  return entities.find((e) => e.wikipedia && (e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower)));
}

export function QuotesSection({ analysis, actions, pinnedQuoteKeys }: SectionProps) {
  const views = useMemo(() => speakerViews(analysis), [analysis]);
  const order = useMemo(() => views.flatMap((v) => v.quotes.map((q) => q.index)), [views]);
  const [focusIndex, setFocusIndex] = useState(order[0] ?? 0);
  const list = useRef<HTMLDivElement>(null);
  const { article, quotes } = analysis;

  const pinned = quotes.filter((q) => pinnedQuoteKeys.has(quoteKey(article.url, q)));
  if (quotes.length === 0) return <p class="empty">No direct quotes found in this article.</p>;

  const show = (i: number) => actions.highlight([targetForSpan(article.text, quotes[i])]);
  const focusQuote = (i: number) => {
    setFocusIndex(i);
    list.current?.querySelector<HTMLElement>(`[data-quote-index="${i}"]`)?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const at = order.indexOf(focusIndex);
    const move = { ArrowDown: 1, ArrowUp: -1, Home: -order.length, End: order.length }[e.key];
    if (move !== undefined) {
      e.preventDefault();
      focusQuote(order[Math.max(0, Math.min(order.length - 1, at + move))]);
    } else if ((e.key === 'p' || e.key === 'P') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      actions.togglePin(quotes[focusIndex]);
    }
  };

  return (
    <div class="quotes-section">
      <p class="sourcing" data-testid="sourcing">
        {describeSourcing(sourcingSummary(analysis, views), quotes.length)}
      </p>
      {!attributable(article) && (
        <p class="sourcing" data-testid="no-attribution">
          Speakers are identified in English articles only; this one is marked “{article.lang}”, so its quotes are listed without them.
        </p>
      )}
      {pinned.length > 0 && (
        <p class="pinned-summary">
          {pinned.length} pinned{' '}
          <button type="button" class="link-button" data-testid="show-pinned" onClick={() => actions.highlight(pinned.map((q) => targetForSpan(article.text, q)))}>
            Show pinned quotes in the page
          </button>
        </p>
      )}
      <div ref={list} onKeyDown={onKeyDown} role="group" aria-label="Quotes by speaker. Arrow keys move, Enter shows the quote in the page, P pins it.">
        {views.map((view) => (
          <SpeakerGroup key={view.name ?? ''} view={view} entities={analysis.entities} openUrl={actions.openUrl}>
            {view.quotes.map(({ quote, index }) => (
              <QuoteItem
                key={index}
                quote={quote}
                index={index}
                focused={index === focusIndex}
                pinned={pinnedQuoteKeys.has(quoteKey(article.url, quote))}
                onActivate={() => show(index)}
                onPin={() => actions.togglePin(quote)}
                onFocus={() => setFocusIndex(index)}
              />
            ))}
          </SpeakerGroup>
        ))}
      </div>
    </div>
  );
}

interface GroupProps {
  view: SpeakerView;
  entities: Entity[];
  openUrl(url: string): void;
  children: preact.ComponentChildren;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 quotes"; a source only paraphrased says so rather than "0 quotes". */
function countLabel(view: SpeakerView): string {
  if (view.quotes.length > 0) return plural(view.quotes.length, 'quote', 'quotes');
  return view.reported.length > 0 ? 'paraphrased only' : '';
}

function SpeakerGroup({ view, entities, openUrl, children }: GroupProps) {
  const background = backgroundFor(view.name, entities);
  const url = background ? `https://en.wikipedia.org/wiki/${encodeURIComponent(background.wikipedia!)}` : null;
  const kind = TYPE_LABEL[view.type];
  return (
    <section class="speaker" data-testid="speaker" data-type={view.type}>
      <h3 class="speaker-name">
        <span data-testid="speaker-name">{view.name ?? 'Unknown speaker'}</span>
        {view.role && <span class="speaker-role"> · {view.role}</span>}
        {kind && <span class="badge">{kind}</span>}
        <span class="speaker-count" data-testid="speaker-count">
          {countLabel(view)}
        </span>
        {url && (
          <a class="speaker-background" href={url} target="_blank" rel="noreferrer" onClick={(e) => (e.preventDefault(), openUrl(url))}>
            Background
          </a>
        )}
      </h3>
      {!view.name && <p class="hint">The article does not say who said these.</p>}
      {view.quotes.length > 0 && <ul class="quote-list">{children}</ul>}
      {view.reported.length > 0 && (
        <details class="reported">
          <summary>
            {plural(view.reported.length, 'paraphrased statement', 'paraphrased statements')}
          </summary>
          <ul>
            {view.reported.map((r) => (
              <li key={r.start} class="reported-item">
                <span class="badge">paraphrase</span> {r.text}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
