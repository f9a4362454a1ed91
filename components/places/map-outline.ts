// The country outlines the Places map draws, provided by the entrypoint (loaded lazily from the extension).
import { createContext } from 'preact';
import type { MapOutline } from '../../lib/contracts';

export type { MapOutline };

export const MapOutlineContext = createContext<(() => Promise<MapOutline | null>) | null>(null);
