// "Places": where events happened, on an offline map, with the same facts as a list (for screen readers and
// for reading). Clicking a pin or a row highlights the place's mentions in the page.
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Place } from '../../lib/types';
import { targetForSpan, type SectionProps } from '../panel-contract';
import { MapOutlineContext, type MapOutline } from './map-outline';
import { PlacesMap } from './PlacesMap';
import '../../assets/places.css';

const ROLE_ORDER = { event: 0, dateline: 1, mention: 2 } as const;
const ROLE_LABEL = { event: 'events here', dateline: 'reported from', mention: 'mentioned' } as const;

export function PlacesSection({ analysis, actions }: SectionProps) {
  const loadOutline = useContext(MapOutlineContext);
  const [outline, setOutline] = useState<MapOutline | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    loadOutline?.().then((o) => live && setOutline(o), () => {});
    return () => void (live = false);
  }, [loadOutline]);

  const { places, article } = analysis;
  if (places.length === 0) return <p class="empty">No places found in this article.</p>;

  const select = (index: number) => {
    setSelected(index);
    actions.highlight(places[index].mentions.map((m) => targetForSpan(article.text, m)));
  };
  const rows = places.map((p, index) => ({ p, index })).sort((a, b) => ROLE_ORDER[a.p.role] - ROLE_ORDER[b.p.role]);

  return (
    <div class="places-section">
      <PlacesMap places={places} outline={outline} selected={selected} onSelect={select} />
      <ul class="places-list" aria-label="Places in this article">
        {rows.map(({ p, index }) => (
          <PlaceRow key={index} place={p} selected={selected === index} onSelect={() => select(index)} />
        ))}
      </ul>
    </div>
  );
}

function PlaceRow({ place, selected, onSelect }: { place: Place; selected: boolean; onSelect(): void }) {
  return (
    <li class={`place place-${place.role}`} data-testid="place" data-role={place.role}>
      <button type="button" class="place-button" aria-pressed={selected} onClick={onSelect} title="Highlight in the page">
        <span class="place-name" data-testid="place-name">
          {place.name}
        </span>
        <span class="badge">{ROLE_LABEL[place.role]}</span>
        {place.lat === null && <span class="badge">not on the map</span>}
      </button>
      {place.sentence && place.role !== 'mention' && <p class="place-sentence">{place.sentence}</p>}
    </li>
  );
}
