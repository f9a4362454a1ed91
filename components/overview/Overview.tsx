// The panel's first screen: who is quoted (the sourcing mix and the top speakers with their first words), where it
// happened (a small map), and who or what the story is about (background with one-line descriptions). Each part
// leads to its full section.
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { Entity, Place } from '../../lib/types';
import type { SectionProps } from '../panel-contract';
import { describeSourcing, sourcingSummary, speakerViews, type SpeakerView } from '../quotes/group-quotes';
import { MapOutlineContext, type MapOutline } from '../places/map-outline';
import { PlacesMap } from '../places/PlacesMap';
import { worthAMap } from '../places/map-view';
import { SourcingBar } from './SourcingBar';
import { shownQuote } from '../../lib/notes/shown-quote';
import { EnglishOnly, otherLanguage } from '../EnglishOnly';
import { looksLikeNews } from './news-like';
import '../../assets/overview.css';

const TOP_SPEAKERS = 3;
const TOP_ENTITIES = 5;
const QUOTE_CHARS = 100;

const ENTITY_KIND = {
  person: 'person',
  organization: 'organisation',
  outlet: 'news outlet',
  country: 'country',
  place: 'place',
  event: 'event',
  work: 'work',
} as const;

const quoteCount = (n: number) => (n === 1 ? '1 quote' : `${n} quotes`);

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

function Section({
  id,
  title,
  more,
  onMore,
  children,
}: {
  id: string;
  title: string;
  more: string;
  onMore(): void;
  children: preact.ComponentChildren;
}) {
  return (
    <section class="ov-section" aria-labelledby={`ov-${id}`} data-testid={`overview-${id}`}>
      <h2 id={`ov-${id}`}>{title}</h2>
      {children}
      <button type="button" class="more" onClick={onMore} data-testid={`more-${id}`}>
        {more} <span aria-hidden="true">→</span>
      </button>
    </section>
  );
}

function SpeakerRow({ view, onOpen }: { view: SpeakerView; onOpen(): void }) {
  const first = view.quotes[0]?.quote;
  return (
    <li>
      <button type="button" class="ov-speaker" data-unsure={view.unsure || undefined} onClick={onOpen}>
        <span class="ov-speaker-line">
          {view.unsure && <span class="probably">probably </span>}
          <strong data-testid="overview-speaker">{view.name}</strong>
          {view.role && <span class="muted">, {view.role}</span>}
          <span class="muted"> · {quoteCount(view.quotes.length)}</span>
        </span>
        {first && <span class="ov-quote">“{clip(shownQuote(first.text), QUOTE_CHARS)}”</span>}
      </button>
    </li>
  );
}

function whereLine(places: Place[], english: boolean): string {
  const named = (role: Place['role']) =>
    places.filter((p) => p.role === role).map((p) => (p.confidence === 'low' ? `probably ${p.name}` : p.name));
  const events = named('event');
  const dateline = named('dateline');
  const parts = [
    events.length && `Happened in ${events.slice(0, 4).join(', ')}${events.length > 4 ? '…' : ''}`,
    dateline.length && `reported from ${dateline.join(', ')}`,
  ].filter(Boolean);
  const line = parts.join(' · ');
  if (line) return line.charAt(0).toUpperCase() + line.slice(1);
  const names = places.map((p) => p.name);
  const list = `${names.slice(0, 4).join(', ')}${names.length > 4 ? '…' : ''}`;
  // In another language no place is read as where it happened: the names are all News Lens can say.
  return english ? `Where: ${list} (only mentioned)` : `Place names: ${list} (English only)`;
}

function EntityRow({ entity }: { entity: Entity }) {
  return (
    <li class="ov-entity">
      <strong>{entity.name}</strong>
      <span class="muted"> — {entity.description || ENTITY_KIND[entity.type]}</span>
    </li>
  );
}

export function Overview({ analysis, actions }: SectionProps) {
  const views = useMemo(() => speakerViews(analysis), [analysis]);
  const summary = sourcingSummary(analysis, views);
  const loadOutline = useContext(MapOutlineContext);
  const [outline, setOutline] = useState<MapOutline | null>(null);
  const { places, entities } = analysis;
  useEffect(() => {
    if (!places.length) return;
    let live = true;
    loadOutline?.().then(
      (o) => live && setOutline(o),
      () => {},
    );
    return () => void (live = false);
  }, [loadOutline, places.length]);
  const go = (section: string) => actions.goTo?.(section);
  const speakers = views.filter((v) => v.name && v.quotes.length > 0).slice(0, TOP_SPEAKERS);
  const background = [...entities].sort((a, b) => b.salience - a.salience).slice(0, TOP_ENTITIES);
  const located = worthAMap(places);
  const english = !otherLanguage(analysis.article);

  return (
    <div class="overview" data-testid="overview">
      <EnglishOnly article={analysis.article} section="overview" />
      {english && !looksLikeNews(analysis) && (
        <p class="banner" data-testid="not-news">
          <strong>This doesn’t look like a news report:</strong> no one is quoted by name and no place is where
          something happened. News Lens is made for news, so take its lists of people and places with care.
        </p>
      )}
      <Section
        id="quotes"
        title="Who is quoted"
        more={summary.total ? 'All quotes' : 'Quoted'}
        onMore={() => go('quotes')}
      >
        {english ? (
          <>
            <SourcingBar summary={summary} onSelect={actions.filterQuotes} />
            <p class="ov-caption" data-testid="overview-sourcing">
              {describeSourcing(summary)}
            </p>
          </>
        ) : (
          <p class="ov-caption" data-testid="overview-sourcing">
            {summary.total ? `${quoteCount(summary.total)}; speakers: English only.` : 'No direct quotes.'}
          </p>
        )}
        {speakers.length > 0 && (
          <ul class="ov-list">
            {speakers.map((v) => (
              <SpeakerRow key={v.name} view={v} onOpen={() => go('quotes')} />
            ))}
          </ul>
        )}
      </Section>
      {places.length > 0 && (
        <Section id="places" title="Where" more="All places" onMore={() => go('places')}>
          <p class="ov-caption">{whereLine(places, english)}</p>
          {located && (
            <button type="button" class="ov-map" onClick={() => go('places')}>
              <span class="visually-hidden">Open the map in Places</span>
              <PlacesMap places={places} outline={outline} selected={null} onSelect={() => go('places')} compact />
            </button>
          )}
        </Section>
      )}
      {background.length > 0 && (
        <Section id="background" title="Background" more="All background" onMore={() => go('background')}>
          <ul class="ov-list">
            {background.map((e) => (
              <EntityRow key={`${e.type}:${e.name}`} entity={e} />
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
