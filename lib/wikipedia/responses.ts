// Shapes of the two Wikipedia responses News Lens reads, checked field by field: the answers
// come from the network, so nothing is trusted beyond plain strings and numbers.

export interface WikipediaSummary {
  /** Title with underscores, as used in URLs. */
  title: string;
  displayTitle: string;
  description: string | null;
  extract: string;
  url: string;
  /** Only thumbnails served from upload.wikimedia.org. */
  thumbnail: { source: string; width: number; height: number } | null;
  /** "disambiguation" pages are no answer to "what is this?". */
  disambiguation: boolean;
}

export interface SearchHit {
  title: string;
  description: string | null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function thumbnail(v: unknown): WikipediaSummary['thumbnail'] {
  if (!isObject(v) || typeof v.source !== 'string') return null;
  const url = URL.canParse(v.source) ? new URL(v.source) : null;
  if (!url || url.protocol !== 'https:' || url.hostname !== 'upload.wikimedia.org') return null;
  return { source: url.href, width: Number(v.width) || 0, height: Number(v.height) || 0 };
}

export function parseSummary(body: unknown): WikipediaSummary | null {
  if (!isObject(body)) return null;
  const title = str(body.title);
  if (!title) return null;
  const urls = isObject(body.content_urls) && isObject(body.content_urls.desktop) ? body.content_urls.desktop : {};
  const key = title.replace(/ /g, '_');
  return {
    title: key,
    // displaytitle may hold markup: keep the plain title instead.
    displayTitle: title,
    description: str(body.description),
    extract: str(body.extract) ?? '',
    url: str(urls.page) ?? `https://en.wikipedia.org/wiki/${encodeURIComponent(key)}`,
    thumbnail: thumbnail(body.thumbnail),
    disambiguation: body.type === 'disambiguation',
  };
}

export function parseSearch(body: unknown): SearchHit[] {
  if (!isObject(body) || !Array.isArray(body.pages)) return [];
  return body.pages.flatMap((p: unknown) => {
    if (!isObject(p)) return [];
    const title = str(p.key) ?? str(p.title)?.replace(/ /g, '_');
    return title ? [{ title, description: str(p.description) }] : [];
  });
}
