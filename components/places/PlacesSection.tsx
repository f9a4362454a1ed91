// "Places": where events happened, on an offline map with a legend, and the same facts as a list grouped under
// "Where it happened / Reported from / Also mentioned" (for screen readers, keyboards and reading). Clicking a row
// or a pin highlights the place's mentions in the page; clicking it again clears them.
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Place, PlaceRole } from '../../lib/types';
import { targetForSpan, type SectionProps } from '../panel-contract';
import { MapOutlineContext, type MapOutline } from './map-outline';
import { PlacesMap } from './PlacesMap';
import { worthAMap } from './map-view';
import { EnglishOnly, otherLanguage } from '../EnglishOnly';
import '../../assets/places.css';

const GROUPS: { role: PlaceRole; label: string }[] = [
  { role: 'event', label: 'Where it happened' },
  { role: 'dateline', label: 'Reported from' },
  { role: 'mention', label: 'Also mentioned' },
];

const keyOf = (index: number) => `p:${index}`;

function Legend({ places }: { places: Place[] }) {
  const has = (role: PlaceRole) => places.some((p) => p.role === role);
  return (
    <p class="map-legend" data-testid="map-legend">
      {has('event') && (
        <span>
          <span class="key key-event" aria-hidden="true" /> where it happened
        </span>
      )}
      {has('dateline') && (
        <span>
          <span class="key key-dateline" aria-hidden="true" /> reported from
        </span>
      )}
      {has('mention') && (
        <span>
          <span class="key key-mention" aria-hidden="true" /> also mentioned
        </span>
      )}
      {places.some((p) => p.kind === 'country') && (
        <span>
          <span class="key key-area" aria-hidden="true" /> country
        </span>
      )}
    </p>
  );
}

export function PlacesSection({ analysis, actions, activeKey = null, missingKey = null }: SectionProps) {
  const loadOutline = useContext(MapOutlineContext);
  const [outline, setOutline] = useState<MapOutline | null>(null);
  useEffect(() => {
    let live = true;
    loadOutline?.().then(
      (o) => live && setOutline(o),
      () => {},
    );
    return () => void (live = false);
  }, [loadOutline]);

  const { places, article } = analysis;
  const english = !otherLanguage(article);
  if (places.length === 0)
    return english ? (
      <p class="empty">No places found in this article.</p>
    ) : (
      <EnglishOnly article={article} section="places-none" />
    );

  const select = (index: number) =>
    actions.highlight(
      places[index].mentions.map((m) => targetForSpan(article.text, m)),
      keyOf(index),
    );
  const selected = places.findIndex((_, i) => activeKey === keyOf(i));
  // A sentence shared by several places (“Protests began in Aktau and Zhanaozen”) is shown once, under the first.
  const seen = new Set<string>();
  const sentenceOf = (p: Place) => {
    if (!p.sentence || p.role === 'mention' || seen.has(p.sentence)) return null;
    seen.add(p.sentence);
    return p.sentence;
  };

  return (
    <div class="places-section">
      <EnglishOnly article={article} section="places" />
      {!worthAMap(places) && english && <WhereList places={places} />}
      {worthAMap(places) && (
        <>
          <PlacesMap places={places} outline={outline} selected={selected >= 0 ? selected : null} onSelect={select} />
          <Legend places={places} />
        </>
      )}
      {GROUPS.map(({ role, label: heading }) => {
        // In another language no place is read as the story's: "Also mentioned" would imply the others were.
        const label = english ? heading : 'Place names in the article';
        const rows = places.map((p, index) => ({ p, index })).filter(({ p }) => p.role === role);
        if (!rows.length) return null;
        return (
          <section key={role} class="place-group" aria-labelledby={`places-${role}`}>
            <h2 id={`places-${role}`}>{label}</h2>
            <ul class="places-list">
              {rows.map(({ p, index }) => (
                <PlaceRow
                  key={index}
                  place={p}
                  sentence={sentenceOf(p)}
                  selected={selected === index}
                  missing={missingKey === keyOf(index)}
                  onSelect={() => select(index)}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/**
 * No map: a story that happens nowhere in particular (a feature, science) gets a line of names instead of a world
 * map; so does one whose only places of events have no point (a venue, a street the story names without its town).
 */
export function WhereList({ places }: { places: Place[] }) {
  const names = places.map((p) => p.name);
  const shown = names.slice(0, 6).join(', ') + (names.length > 6 ? `, and ${names.length - 6} more` : '');
  const happens = places.some((p) => p.role !== 'mention');
  return (
    <p class="where-list" data-testid="where-list">
      <strong>Where:</strong> {shown}
      <span class="muted">
        {happens
          ? ' — no map: the places where it happens have no known point.'
          : ' — only mentioned, not where the story happens, so no map.'}
      </span>
    </p>
  );
}

interface RowProps {
  place: Place;
  sentence: string | null;
  selected: boolean;
  missing: boolean;
  onSelect(): void;
}

function PlaceRow({ place, sentence, selected, missing, onSelect }: RowProps) {
  const unsure = place.confidence === 'low';
  return (
    <li
      class={`place place-${place.role}`}
      data-testid="place"
      data-role={place.role}
      data-unsure={unsure || undefined}
    >
      <button
        type="button"
        class="place-button"
        aria-pressed={selected}
        onClick={onSelect}
        title={selected ? 'Click again or press Esc to clear' : 'Highlight in the page'}
      >
        {unsure && <span class="probably">probably </span>}
        <span class="place-name" data-testid="place-name">
          {place.name}
        </span>
        <span class="visually-hidden">
          {' '}
          ({place.role === 'dateline' ? 'reported from' : place.role === 'event' ? 'where it happened' : 'mentioned'})
        </span>
        {place.kind === 'country' && <span class="place-kind">country</span>}
        {place.kind === 'region' && <span class="place-kind">region</span>}
        {place.lat === null && <span class="place-kind">not on the map</span>}
        {place.mentions.length > 1 && <span class="place-kind">{place.mentions.length} mentions</span>}
      </button>
      {sentence && <p class="place-sentence">{sentence}</p>}
      {missing && (
        <p class="missing" role="status">
          Not found in the page: the article may have changed since News Lens read it.
        </p>
      )}
    </li>
  );
}
