// An offline map of the story's places: country outlines (no tiles, no network), framed on where it happened.
// Event places are red pins, the dateline a ring ("reported from"), mentions small grey dots; countries are shaded
// areas, regions are names without a dot, and places outside the frame are arrows at the edge. Every place is
// labelled where a name fits without covering another; a name with no room left is not drawn (the pin keeps it as
// its accessible name and tooltip, and the list below the map has every place). The drawing is sized to the panel's real width, so 11 px labels
// stay 11 px at 252 px.
import { geoContains, geoPath } from 'd3-geo';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { frameProjection } from '../../lib/places/map-frame';
import type { Place } from '../../lib/types';
import { placeLabels } from './label-placement';
import { StateLinesContext, type MapOutline, type StateLines } from './map-outline';
import { drawMode, edgePoint, framingPlaces, insideUnitedStates, type DrawMode } from './map-view';

const BASE_WIDTH = 320;
const ASPECT = 0.62;
const PIN_RADIUS = { event: 6, dateline: 5, mention: 3.5 } as const;
/** 11 px sans-serif: average glyph width for label boxes. */
const CHAR_WIDTH = 6.3;
const DRAW_ORDER: Record<DrawMode | 'edge', number> = { area: 0, label: 1, edge: 2, pin: 3 };

interface Props {
  places: Place[];
  outline: MapOutline | null;
  selected: number | null;
  onSelect(index: number): void;
  /** The Overview's small copy: decorative (its button names it), pins not clickable. */
  compact?: boolean;
}

/** The rendered width of the svg, followed as the panel is resized. */
function useWidth(ref: { current: SVGSVGElement | null }): number {
  const [width, setWidth] = useState(BASE_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (w > 100) setWidth(w);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return width;
}

/** The US state lines, loaded the first time a map inside the United States asks for them. */
function useStateLines(wanted: boolean): StateLines | null {
  const load = useContext(StateLinesContext);
  const [lines, setLines] = useState<StateLines | null>(null);
  useEffect(() => {
    if (!wanted || !load) return;
    let live = true;
    load().then(
      (l) => live && setLines(l),
      () => {},
    );
    return () => void (live = false);
  }, [wanted, load]);
  return wanted ? lines : null;
}

const roleLabel = (p: Place) =>
  p.role === 'dateline' ? 'reported from' : p.role === 'event' ? 'where it happened' : 'mentioned';

export function PlacesMap({ places, outline, selected, onSelect, compact = false }: Props) {
  const ref = useRef<SVGSVGElement>(null);
  const width = useWidth(ref);
  const height = Math.round(width * (compact ? 0.45 : ASPECT));
  const located = places.map((p, index) => ({ p, index })).filter(({ p }) => p.lat !== null && p.lon !== null);
  const framed = useMemo(() => framingPlaces(located.map(({ p }) => p)), [places]);
  const projection = useMemo(() => frameProjection(framed, width, height), [framed, width]);
  const path = useMemo(() => geoPath(projection), [projection]);
  const stateLines = useStateLines(insideUnitedStates(framed));
  const summary = `Map of ${located.length} ${located.length === 1 ? 'place' : 'places'}: ${located
    .map(({ p }) => `${p.name} (${p.role === 'dateline' ? 'reported from' : p.role})`)
    .join(', ')}.`;

  const items = located.map(({ p, index }) => {
    const [x, y] = projection([p.lon!, p.lat!]) ?? [-1e4, -1e4];
    const edge = edgePoint(x, y, width, height);
    const mode: DrawMode | 'edge' = edge ? 'edge' : drawMode(p);
    const radius = mode === 'pin' ? PIN_RADIUS[p.role] : mode === 'edge' ? 5 : 0;
    return { p, index, mode, x: edge?.x ?? x, y: edge?.y ?? y, angle: edge?.angle ?? 0, radius };
  });
  // Countries the story happened in (or is reported from), shaded; mentioned countries get a lighter shade.
  const areas = useMemo(() => {
    if (!outline) return [];
    return located
      .filter(({ p }) => drawMode(p) === 'area')
      .map(({ p, index }) => ({
        index,
        role: p.role,
        feature: outline.features.find((f) => geoContains(f, [p.lon!, p.lat!])),
      }))
      .filter((a) => a.feature);
  }, [outline, places]);

  // Names are placed most important first: the place the reader picked, events, the dateline, then the rest.
  const byImportance = [...items].sort(
    (a, b) =>
      Number(b.index === selected) - Number(a.index === selected) ||
      PIN_RADIUS[b.p.role] - PIN_RADIUS[a.p.role] ||
      DRAW_ORDER[b.mode] - DRAW_ORDER[a.mode],
  );
  const spots = placeLabels(
    byImportance.map(({ x, y, radius, p }) => ({ x, y, radius, text: p.name })),
    width,
    height,
    items.map(({ x, y, radius }) => ({ x, y, radius })),
    CHAR_WIDTH,
  );
  const labelOf = new Map(byImportance.map(({ index }, i) => [index, spots[i]]));
  const drawOrder = [...items].sort(
    (a, b) => DRAW_ORDER[a.mode] - DRAW_ORDER[b.mode] || PIN_RADIUS[a.p.role] - PIN_RADIUS[b.p.role],
  );

  return (
    <svg
      ref={ref}
      class={`places-map${compact ? ' compact' : ''}`}
      viewBox={`0 0 ${width} ${height}`}
      {...(compact ? { 'aria-hidden': 'true' } : { role: 'img', 'aria-label': summary })}
      data-testid={compact ? 'mini-map' : 'places-map'}
    >
      <rect class="sea" width={width} height={height} />
      {outline && <path class="land" d={path(outline) ?? ''} />}
      {areas.map(({ index, role, feature }) => (
        <path
          key={`area-${index}`}
          class={`area area-${role}${selected === index ? ' selected' : ''}`}
          d={path(feature!) ?? ''}
        />
      ))}
      {stateLines && <path class="state-lines" data-testid="state-lines" d={path(stateLines) ?? ''} />}
      {drawOrder.map(({ p, index, mode, x, y, angle, radius }) => {
        const label = labelOf.get(index);
        return (
          <g
            key={index}
            class={`pin pin-${p.role} draw-${mode}${selected === index ? ' selected' : ''}${p.confidence === 'low' ? ' unsure' : ''}`}
            transform={`translate(${x.toFixed(1)} ${y.toFixed(1)})`}
            data-testid="map-pin"
            data-name={p.name}
            data-role={p.role}
            data-mode={mode}
            data-label={label ? undefined : 'hidden'}
            onClick={compact ? undefined : () => onSelect(index)}
          >
            <title>{`${p.name} — ${roleLabel(p)}${mode === 'edge' ? ' (outside this map)' : ''}${p.sentence ? `: ${p.sentence}` : ''}`}</title>
            {mode === 'pin' && <circle r={radius} />}
            {mode === 'edge' && (
              <path class="edge-arrow" d="M 6 0 L -4 -5 L -4 5 Z" transform={`rotate(${angle.toFixed(0)})`} />
            )}
            {label && (
              <text x={(label.x - x).toFixed(1)} y={(label.y - y).toFixed(1)} text-anchor={label.anchor}>
                {p.confidence === 'low' ? `${p.name}?` : p.name}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
