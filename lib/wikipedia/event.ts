// The story's event ("2022 Kazakh unrest") is rarely named in the article, so it is searched for:
// the year it was published, the story's main country, and the kind of event the text reports.
import type { Article, Entity } from '../types';
import type { SearchHit, WikipediaClient } from './client';

/** Kinds of event whose Wikipedia articles are titled "<year> <country> <kind>". */
// prettier-ignore
const EVENT_WORDS = [
  'unrest', 'protests', 'riots', 'coup', 'earthquake', 'floods', 'election', 'war', 'crisis', 'bombing', 'attack',
  'shooting', 'wildfires', 'referendum',
];

function eventWord(text: string): string | null {
  const counts = EVENT_WORDS.map((w) => ({ w, n: text.toLowerCase().split(new RegExp(`\\b${w}\\b`)).length - 1 }));
  const best = counts.filter((c) => c.n > 0).sort((a, b) => b.n - a.n)[0];
  return best?.w ?? null;
}

export interface EventQuery {
  query: string;
  year: string;
}

export function eventQuery(article: Article, entities: Entity[]): EventQuery | null {
  const year = article.publishedTime?.slice(0, 4) ?? /\b(19|20)\d{2}\b/.exec(article.text)?.[0];
  const country = entities.find((e) => e.type === 'country');
  const kind = eventWord(article.text);
  if (!year || !country || !kind) return null;
  return { query: `${year} ${country.name} ${kind}`, year };
}

/** The first hit that is titled with the year: an event article, not the country's own. */
export function pickEvent(hits: SearchHit[], year: string): SearchHit | null {
  return hits.find((h) => h.title.split('_').includes(year)) ?? null;
}

export async function findStoryEvent(
  client: WikipediaClient,
  article: Article,
  entities: Entity[],
): Promise<SearchHit | null> {
  const q = eventQuery(article, entities);
  return q ? pickEvent(await client.search(q.query), q.year) : null;
}
