// What the Places map frames and how each place is drawn. Pure (no DOM), so it is tested in Node.
// - Framing: where it happened (city-level event places and the dateline), without outliers far from the rest,
//   so one stray mention does not stretch the map from West Africa to New Zealand.
// - Drawing: a city or site is a pin; a country is shaded as an area; a region (a continent, a province) is a
//   name without a dot; a place outside the frame is an arrow at the edge pointing its way.
import type { Place } from '../../lib/types';

/** Places further than this from the middle of the story's places are left out of the frame (edge arrows). */
const OUTLIER_KM = 3000;
const EARTH_KM = 6371;

export type DrawMode = 'pin' | 'area' | 'label';

export interface Located {
  place: Place;
  index: number;
}

export function drawMode(place: Place): DrawMode {
  if (place.kind === 'country') return 'area';
  if (place.kind === 'region') return 'label';
  return 'pin';
}

function km(a: Place, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat!) * rad;
  const dLon = (b.lon - a.lon!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat! * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Drops places far from the median of the set (when that leaves any). */
function withoutOutliers(places: Place[]): Place[] {
  if (places.length < 3) return places;
  const centre = { lat: median(places.map((p) => p.lat!)), lon: median(places.map((p) => p.lon!)) };
  const near = places.filter((p) => km(p, centre) <= OUTLIER_KM);
  return near.length ? near : places;
}

/**
 * The places the map is fitted to: city-level event places and the dateline; else the event countries and regions;
 * else every located place. Outliers are dropped from the first two.
 */
export function framingPlaces(located: Place[]): Place[] {
  const story = located.filter((p) => p.role !== 'mention');
  const cities = story.filter((p) => drawMode(p) === 'pin');
  if (cities.length) return withoutOutliers(cities);
  if (story.length) return withoutOutliers(story);
  return located;
}

/** Where a point outside the map is shown: on the edge, towards it, and the angle (degrees) it points at. */
export function edgePoint(
  x: number,
  y: number,
  width: number,
  height: number,
  inset = 8,
): { x: number; y: number; angle: number } | null {
  if (x >= 0 && x <= width && y >= 0 && y <= height) return null;
  const cx = width / 2;
  const cy = height / 2;
  const dx = x - cx;
  const dy = y - cy;
  const scale = Math.min(
    dx === 0 ? Infinity : (cx - inset) / Math.abs(dx),
    dy === 0 ? Infinity : (cy - inset) / Math.abs(dy),
  );
  return { x: cx + dx * scale, y: cy + dy * scale, angle: (Math.atan2(dy, dx) * 180) / Math.PI };
}

/** A map orients the reader only when the story happens somewhere: a located event place or dateline. */
export function worthAMap(places: Place[]): boolean {
  return places.some((p) => p.role !== 'mention' && p.lat !== null && p.lon !== null);
}

/**
 * The view is inside the United States: every place it is framed on is a US place below the country level (a
 * state, a city). Then the state lines are worth drawing (and loading).
 */
export function insideUnitedStates(framed: Place[]): boolean {
  return framed.length > 0 && framed.every((p) => p.country === 'US' && p.kind !== 'country');
}
