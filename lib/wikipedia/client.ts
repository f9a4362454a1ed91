// English Wikipedia client for the opt-in online lookups: page summaries and title search.
// `fetch` and the clock are parameters; requests go one at a time, identify News Lens, are
// cached in memory and back off when Wikipedia answers 429 (too many requests).
import { parseSearch, parseSummary, type SearchHit, type WikipediaSummary } from './responses';

export type { SearchHit, WikipediaSummary } from './responses';

export interface WikipediaClientOptions {
  fetch: (url: string, init: { headers: Record<string, string> }) => Promise<Response>;
  /** Defaults to https://en.wikipedia.org; tests point it at a local server. */
  baseUrl?: string;
  /** Waits between retries (the clock is a parameter, like fetch). */
  sleep: (ms: number) => Promise<void>;
  maxRetries?: number;
}

export interface WikipediaClient {
  summary(title: string): Promise<WikipediaSummary | null>;
  search(query: string, limit?: number): Promise<SearchHit[]>;
}

/** Wikimedia asks API clients to say who they are (the browser forbids setting User-Agent). */
export const API_USER_AGENT = 'NewsLens/0.1 (browser extension; background links for news readers)';
const DEFAULT_BASE = 'https://en.wikipedia.org';

/** Seconds from Retry-After, else exponential: 1 s, 2 s, 4 s … */
function retryDelay(response: Response, attempt: number): number {
  const header = Number(response.headers.get('retry-after'));
  return Number.isFinite(header) && header > 0 ? header * 1000 : 1000 * 2 ** attempt;
}

export function createWikipediaClient(options: WikipediaClientOptions): WikipediaClient {
  const base = (options.baseUrl ?? DEFAULT_BASE).replace(/\/$/, '');
  const sleep = options.sleep;
  const maxRetries = options.maxRetries ?? 3;
  const cache = new Map<string, Promise<unknown>>();
  let queue: Promise<unknown> = Promise.resolve();

  async function getJson(url: string): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const response = await options.fetch(url, {
        headers: { 'Api-User-Agent': API_USER_AGENT, Accept: 'application/json' },
      });
      if (response.status === 429 && attempt < maxRetries) {
        await sleep(retryDelay(response, attempt));
        continue;
      }
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`Wikipedia ${response.status} for ${url}`);
      return response.json();
    }
  }

  /** One request in flight at a time; the same URL is fetched once. */
  function request(url: string): Promise<unknown> {
    const cached = cache.get(url);
    if (cached) return cached;
    const result = queue.then(() => getJson(url));
    queue = result.catch(() => undefined);
    cache.set(url, result);
    result.catch(() => cache.delete(url));
    return result;
  }

  return {
    async summary(title) {
      const url = `${base}/api/rest_v1/page/summary/${encodeURIComponent(title.replace(/ /g, '_'))}`;
      return parseSummary(await request(url));
    },
    async search(query, limit = 5) {
      const url = `${base}/w/rest.php/v1/search/page?q=${encodeURIComponent(query)}&limit=${limit}`;
      return parseSearch(await request(url));
    },
  };
}
