// Placeholder until the places engine lands (issue 4): finds nothing.
import type { Article, Place, Quote } from '../types';

/** The loaded offline gazetteer; its shape belongs to lib/places/gazetteer.ts. */
export type Gazetteer = unknown;

export function findPlaces(_article: Article, _gazetteer: Gazetteer | null, _quotes: Quote[]): Place[] {
  return [];
}
