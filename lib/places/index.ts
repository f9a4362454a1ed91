// Placeholder until the places engine lands (issue 4): finds nothing.
import type { Article, Place, Quote } from '../types';

/** File name in public/data/ (built by scripts/data/build-gazetteer.ts). */
export const GAZETTEER_FILE = 'gazetteer.txt';

/** The loaded offline gazetteer; its shape belongs to lib/places/gazetteer.ts. */
export type Gazetteer = unknown;

/** Parses the shipped gazetteer file's text. */
export function loadGazetteer(raw: string): Gazetteer {
  return raw;
}

export function findPlaces(_article: Article, _gazetteer: Gazetteer | null, _quotes: Quote[]): Place[] {
  return [];
}
