// The country outlines the Places map draws, provided by the entrypoint (loaded lazily from the extension).
import { createContext } from 'preact';
import type { FeatureCollection, Geometry } from 'geojson';

export type MapOutline = FeatureCollection<Geometry>;

export const MapOutlineContext = createContext<(() => Promise<MapOutline | null>) | null>(null);
