// "Quoted": who is quoted, with role and count, their quotes and their paraphrased statements.
// Keyboard: the quote list is one stop in the tab order; arrows move, Enter shows the quote in the page, P pins.
import { useMemo, useRef, useState } from 'preact/hooks';
import { quoteKey } from '../../lib/notes/model';
import { attributable } from '../../lib/quotes/language';
import type { Article, Entity, Quote, ReportedSpeech } from '../../lib/types';
import { targetForSpan, type NearestMatch, type SectionProps } from '../panel-contract';
import { MissingNotice } from '../MissingNotice';
import { EnglishOnly } from '../EnglishOnly';
import { quoteMarks } from '../../lib/notes/shown-quote';
import {
  attributionCue,
  describeSourcing,
  sourceKind,
  sourcingSummary,
  speakerViews,
  type SpeakerView,
} from './group-quotes';
import { SOURCE_PARTS, SourcingBar } from '../overview/SourcingBar';
import { QuoteItem } from './QuoteItem';
import '../../assets/quotes.css';

const TYPE_LABEL = { person: '', organization: 'organisation', group: 'group', unknown: '' } as const;

function backgroundFor(name: string | null, entities: Entity[]): Entity | undefined {
  if (!name) return undefined;
  const lower = name.toLowerCase();
  return entities.find(
    (e) => e.wikipedia && (e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower)),
  );
}

/** Reported speech as a Quote, so it can be pinned like one (the note marks it as a paraphrase). */
function paraphraseAsQuote(article: Article, r: ReportedSpeech): Quote {
  const paragraph = Math.max(
    0,
    article.paragraphs.findIndex((p) => r.start >= p.start && r.start < p.end),
  );
  return {
    text: r.text,
    start: r.start,
    end: r.end,
    paragraph,
    partial: false,
    multiParagraph: false,
    speaker: r.speaker,
    speakerType: r.speakerType,
    speakerRole: null,
    speakerMention: r.speakerMention,
  };
}

export function QuotesSection(props: SectionProps) {
  const {
    analysis,
    actions,
    pinnedQuoteKeys,
    activeKey = null,
    missingKey = null,
    nearest = null,
    quoteFilter = null,
  } = props;
  const allViews = useMemo(() => speakerViews(analysis), [analysis]);
  const views = useMemo(
    () => (quoteFilter ? allViews.filter((v) => sourceKind(v) === quoteFilter) : allViews),
    [allViews, quoteFilter],
  );
  const order = useMemo(() => views.flatMap((v) => v.quotes.map((q) => q.index)), [views]);
  const [focusState, setFocusIndex] = useState(order[0] ?? 0);
  // A filter can hide the quote that had the focus stop: the first one shown takes it.
  const focusIndex = order.includes(focusState) ? focusState : (order[0] ?? 0);
  const list = useRef<HTMLDivElement>(null);
  const { article, quotes } = analysis;

  const pinned = quotes.filter((q) => pinnedQuoteKeys.has(quoteKey(article.url, q)));
  if (quotes.length === 0) return <p class="empty">No direct quotes found in this article.</p>;

  const show = (i: number) => actions.highlight([targetForSpan(article.text, quotes[i])], `q:${i}`);
  const english = attributable(article);
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
      {english ? (
        <>
          <SourcingBar
            summary={sourcingSummary(analysis, allViews)}
            selected={quoteFilter}
            onSelect={actions.filterQuotes}
          />
          <p class="sourcing" data-testid="sourcing">
            {describeSourcing(sourcingSummary(analysis, allViews))}
          </p>
        </>
      ) : (
        <EnglishOnly article={article} section="quotes" />
      )}
      {quoteFilter && (
        <p class="filter-line" role="status" data-testid="quote-filter">
          Showing only: {SOURCE_PARTS.find((p) => p.id === quoteFilter)?.label}.{' '}
          <button
            type="button"
            class="link-button"
            data-testid="show-all-quotes"
            onClick={() => actions.filterQuotes?.(null)}
          >
            Show all quotes
          </button>
        </p>
      )}
      {pinned.length > 0 && (
        <p class="pinned-summary">
          {pinned.length} pinned{' '}
          <button
            type="button"
            class="link-button"
            data-testid="show-pinned"
            onClick={() => actions.highlight(pinned.map((q) => targetForSpan(article.text, q)))}
          >
            Show pinned quotes in the page
          </button>
        </p>
      )}
      <div
        ref={list}
        onKeyDown={onKeyDown}
        role="group"
        aria-label="Quotes by speaker. Arrow keys move, Enter shows the quote in the page, P pins it."
      >
        {views.map((view) => (
          <SpeakerGroup
            key={view.name ?? ''}
            view={view}
            entities={analysis.entities}
            english={english}
            reported={
              <Paraphrases
                view={view}
                article={article}
                actions={actions}
                pinnedQuoteKeys={pinnedQuoteKeys}
                activeKey={activeKey}
                missingKey={missingKey}
                nearest={nearest}
              />
            }
            openUrl={actions.openUrl}
            text={article.text}
          >
            {view.quotes.map(({ quote, index }) => (
              <QuoteItem
                key={index}
                quote={quote}
                index={index}
                focused={index === focusIndex}
                pinned={pinnedQuoteKeys.has(quoteKey(article.url, quote))}
                active={activeKey === `q:${index}`}
                missing={missingKey === `q:${index}`}
                nearest={nearest?.key === `q:${index}` ? nearest : undefined}
                onShowNearest={actions.showNearest}
                unclear={!view.unsure && !!view.name && quote.confidence === 'low'}
                marks={quoteMarks(article.text, quote.start)}
                cue={quote.confidence === 'low' ? attributionCue(article.text, quote) : null}
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
  english: boolean;
  reported: preact.ComponentChildren;
  openUrl(url: string): void;
  children: preact.ComponentChildren;
  /** The article text, for the clue under an unsure speaker. */
  text: string;
}

interface ParaphraseProps {
  view: SpeakerView;
  article: Article;
  actions: SectionProps['actions'];
  pinnedQuoteKeys: ReadonlySet<string>;
  activeKey: string | null;
  missingKey: string | null;
  nearest: NearestMatch | null;
}

/** A speaker's reported speech, each with Show (in the page) and Pin, like quotes. */
function Paraphrases({ view, article, actions, pinnedQuoteKeys, activeKey, missingKey, nearest }: ParaphraseProps) {
  if (view.reported.length === 0) return null;
  return (
    <details class="reported">
      <summary>{plural(view.reported.length, 'paraphrased statement', 'paraphrased statements')}</summary>
      <ul>
        {view.reported.map((r) => {
          const key = `r:${r.start}`;
          const quote = paraphraseAsQuote(article, r);
          const pinned = pinnedQuoteKeys.has(quoteKey(article.url, quote));
          return (
            <li
              key={r.start}
              class="reported-item"
              data-testid="paraphrase"
              data-active={activeKey === key || undefined}
            >
              <button
                type="button"
                class="reported-text"
                aria-pressed={activeKey === key}
                title="Show in the page"
                onClick={() => actions.highlight([targetForSpan(article.text, r)], key)}
              >
                {r.text}
              </button>
              <button
                type="button"
                class="pin"
                data-testid="pin-paraphrase"
                aria-pressed={pinned}
                aria-label={pinned ? 'Pinned to notes: unpin' : 'Pin to notes'}
                onClick={() => actions.togglePin(quote, { paraphrase: true })}
              >
                {pinned ? 'Pinned' : 'Pin'}
              </button>
              {missingKey === key && (
                <MissingNotice
                  original={r.text}
                  nearest={nearest?.key === key ? nearest : undefined}
                  shown={activeKey === key}
                  onShow={actions.showNearest}
                />
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 quotes"; a source only paraphrased says so rather than "0 quotes". */
function countLabel(view: SpeakerView): string {
  if (view.quotes.length > 0) return plural(view.quotes.length, 'quote', 'quotes');
  return view.reported.length > 0 ? 'paraphrased only' : '';
}

/** The words the speaker was read from, for a reader checking a guess. */
export function Clue({ cue }: { cue: string | null }) {
  if (!cue) return null;
  return (
    <span class="clue" data-testid="clue">
      {' '}
      Speaker read from: <q>{cue}</q>
    </span>
  );
}

function SpeakerGroup({ view, entities, english, reported, openUrl, children, text }: GroupProps) {
  const background = backgroundFor(view.name, entities);
  const url = background ? `https://en.wikipedia.org/wiki/${encodeURIComponent(background.wikipedia!)}` : null;
  const kind = TYPE_LABEL[view.type];
  return (
    <section class="speaker" data-testid="speaker" data-type={view.type} data-unsure={view.unsure || undefined}>
      <h3 class="speaker-name">
        {view.unsure && <span class="probably">probably</span>}
        <span data-testid="speaker-name">
          {view.name ?? (english ? `Unattributed (${view.quotes.length})` : 'Quotes')}
        </span>
        {view.role && <span class="speaker-role">, {view.role}</span>}
        {kind && <span class="badge">{kind}</span>}
        {view.name !== null && (
          <span class="speaker-count" data-testid="speaker-count">
            {countLabel(view)}
          </span>
        )}
        {url && (
          <a
            class="speaker-background"
            href={url}
            target="_blank"
            rel="noreferrer"
            onClick={(e) => (e.preventDefault(), openUrl(url))}
          >
            Wikipedia <span aria-hidden="true">↗</span>
          </a>
        )}
      </h3>
      {!view.name && english && <p class="hint">News Lens couldn’t tell who said these.</p>}
      {view.unsure && (
        <p class="hint">
          News Lens isn’t sure who said these: check the article.
          <Clue cue={view.quotes[0] ? attributionCue(text, view.quotes[0].quote) : null} />
        </p>
      )}
      {view.quotes.length > 0 && <ul class="quote-list">{children}</ul>}
      {reported}
    </section>
  );
}
