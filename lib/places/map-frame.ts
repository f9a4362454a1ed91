// Where the Places map looks: a projection fitted to the story's places (with a margin), or the world.
import { geoMercator, geoNaturalEarth1, type GeoProjection } from 'd3-geo';
import type { Place } from '../types';

/** Smallest span (degrees) the map shows around places, so a single city is not zoomed to street level. */
const MIN_SPAN_DEGREES = 12;

export function frameProjection(
  places: Pick<Place, 'lat' | 'lon'>[],
  width: number,
  height: number,
  padding = 24,
): GeoProjection {
  const points = places
    .filter((p) => p.lat !== null && p.lon !== null)
    .map((p) => [p.lon!, p.lat!] as [number, number]);
  if (points.length === 0)
    return geoNaturalEarth1().fitExtent(
      [
        [padding, padding],
        [width - padding, height - padding],
      ],
      { type: 'Sphere' },
    );
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const padLon = Math.max(0, (MIN_SPAN_DEGREES - (east - west)) / 2);
  const padLat = Math.max(0, (MIN_SPAN_DEGREES / 2 - (north - south)) / 2);
  const box = {
    type: 'MultiPoint' as const,
    coordinates: [
      [Math.max(-180, west - padLon), Math.max(-80, south - padLat)],
      [Math.min(180, east + padLon), Math.min(84, north + padLat)],
    ],
  };
  return geoMercator().fitExtent(
    [
      [padding, padding],
      [width - padding, height - padding],
    ],
    box,
  );
}
