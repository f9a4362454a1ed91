// An offline map of the story's places: country outlines (no tiles, no network), framed on the places.
// Event places are prominent pins, the dateline is marked "reported from", mentions are grey.
import { geoPath } from 'd3-geo';
import { useMemo } from 'preact/hooks';
import { frameProjection } from '../../lib/places/map-frame';
import type { Place } from '../../lib/types';
import { placeLabels } from './label-placement';
import type { MapOutline } from './map-outline';

const WIDTH = 320;
const HEIGHT = 200;
const PIN_RADIUS = { event: 6, dateline: 5, mention: 3.5 } as const;

interface Props {
  places: Place[];
  outline: MapOutline | null;
  selected: number | null;
  onSelect(index: number): void;
}

export function PlacesMap({ places, outline, selected, onSelect }: Props) {
  const located = places.map((p, index) => ({ p, index })).filter(({ p }) => p.lat !== null && p.lon !== null);
  const framing = located.filter(({ p }) => p.role !== 'mention' && p.kind !== 'country');
  const projection = useMemo(
    () => frameProjection((framing.length ? framing : located).map(({ p }) => p), WIDTH, HEIGHT),
    [places],
  );
  const path = useMemo(() => geoPath(projection), [projection]);
  const summary = `Map of ${located.length} ${located.length === 1 ? 'place' : 'places'}: ${located
    .map(({ p }) => `${p.name} (${p.role === 'dateline' ? 'reported from' : p.role})`)
    .join(', ')}.`;
  const points = located.map(({ p, index }) => ({ p, index, xy: projection([p.lon!, p.lat!]) ?? [-10, -10] }));
  // Names are placed most important first (events, then the dateline); mentions stay unlabelled.
  const labelled = points.filter(({ p }) => p.role !== 'mention').sort((a, b) => PIN_RADIUS[b.p.role] - PIN_RADIUS[a.p.role]);
  const spots = placeLabels(
    labelled.map(({ p, xy }) => ({ x: xy[0], y: xy[1], radius: PIN_RADIUS[p.role], text: p.name })),
    WIDTH,
    HEIGHT,
    points.map(({ p, xy }) => ({ x: xy[0], y: xy[1], radius: PIN_RADIUS[p.role] })),
  );
  const labelOf = new Map(labelled.map(({ index }, i) => [index, spots[i]]));
  // Pins for mentions first so event pins are drawn on top.
  const drawOrder = [...points].sort((a, b) => PIN_RADIUS[a.p.role] - PIN_RADIUS[b.p.role]);
  return (
    <svg class="places-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} data-testid="places-map">
      <rect class="sea" width={WIDTH} height={HEIGHT} />
      {outline && <path class="land" d={path(outline) ?? ''} />}
      {drawOrder.map(({ p, index, xy: [x, y] }) => {
        const label = labelOf.get(index);
        return (
          <g
            key={index}
            class={`pin pin-${p.role}${selected === index ? ' selected' : ''}`}
            transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}
            data-testid="map-pin"
            data-name={p.name}
            data-role={p.role}
            tabindex={0}
            onClick={() => onSelect(index)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' && e.key !== ' ') return;
              e.preventDefault();
              onSelect(index);
            }}
          >
            <title>{`${p.name}${p.role === 'dateline' ? ' — reported from' : ''}${p.sentence ? `: ${p.sentence}` : ''}`}</title>
            <circle r={PIN_RADIUS[p.role]} />
            {label && (
              <text x={(label.x - x).toFixed(1)} y={(label.y - y).toFixed(1)} text-anchor={label.anchor}>
                {p.name}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
