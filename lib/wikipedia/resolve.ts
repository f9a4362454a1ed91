// Online linking for names the offline knowledge base does not know ("Berik Uali"): accept a
// search hit only when its title is exactly the name and the page is not a disambiguation page,
// because a wrong link is worse than none.
import type { WikipediaClient } from './client';

const key = (s: string) => s.trim().replace(/[ _]+/g, '_').toLowerCase();

export async function resolveName(client: WikipediaClient, name: string): Promise<string | null> {
  const hits = await client.search(name, 3);
  const exact = hits.find((h) => key(h.title) === key(name));
  if (!exact) return null;
  const summary = await client.summary(exact.title);
  return summary && !summary.disambiguation ? summary.title : null;
}
