// The map data the Places map draws, provided by the entrypoint (loaded lazily from the extension): the country
// outlines, and the US state lines, fetched only when a map shows a story inside the United States.
import { createContext } from 'preact';
import type { MapOutline, StateLines } from '../../lib/contracts';

export type { MapOutline, StateLines };

export const MapOutlineContext = createContext<(() => Promise<MapOutline | null>) | null>(null);
export const StateLinesContext = createContext<(() => Promise<StateLines | null>) | null>(null);
