// What the Background section needs for the opt-in online lookups. Implemented by
// services/wikipedia.ts and handed in through WikipediaContext, so the section never touches
// browser APIs; without a provider the toggle is simply not offered.
import { createContext } from 'preact';
import type { Article, Entity } from '../../lib/types';
import type { SearchHit, WikipediaSummary } from '../../lib/wikipedia/client';

export interface WikipediaLookup {
  /** True when the user turned lookups on and the host permission is granted. */
  isEnabled(): Promise<boolean>;
  /** Call straight from the click: the permission prompt needs the user's gesture. */
  enable(): Promise<boolean>;
  disable(): Promise<void>;
  summary(title: string): Promise<WikipediaSummary | null>;
  /** The Wikipedia title for a name unknown offline, only on an exact, unambiguous match. */
  resolve(name: string): Promise<string | null>;
  storyEvent(article: Article, entities: Entity[]): Promise<SearchHit | null>;
}

export const WikipediaContext = createContext<WikipediaLookup | null>(null);

export const wikipediaUrl = (title: string) => `https://en.wikipedia.org/wiki/${encodeURIComponent(title).replace(/%2F/g, '/')}`;
