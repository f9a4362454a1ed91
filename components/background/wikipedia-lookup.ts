// What the Background section needs for the opt-in online lookups (WikipediaLookup, declared in lib/contracts.ts).
// Implemented by services/wikipedia.ts and handed in through WikipediaContext, so the section never touches
// browser APIs; without a provider the toggle is simply not offered.
import { createContext } from 'preact';
import type { WikipediaLookup } from '../../lib/contracts';

export type { WikipediaLookup };

export const WikipediaContext = createContext<WikipediaLookup | null>(null);

export const wikipediaUrl = (title: string) =>
  `https://en.wikipedia.org/wiki/${encodeURIComponent(title).replace(/%2F/g, '/')}`;
