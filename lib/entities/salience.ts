// How central an entity is to the story: how often it is named, how early, and whether it speaks.
import type { Span, Speaker } from '../types';

export interface SalienceInput {
  name: string;
  aliases: Iterable<string>;
  mentions: Span[];
}

/** Earlier first mentions count more: the lead paragraph says what the story is about. */
function positionWeight(first: number, textLength: number): number {
  return textLength > 0 ? 1 - first / textLength : 0;
}

/**
 * The names, in lower case, of the speakers who are heard (a quote or reported speech): an entity speaks when one of
 * its names is one of them. Gathered once per article (salience asks it of each entity), not once per entity and
 * speaker.
 */
export function heardNames(speakers: Speaker[]): Set<string> {
  const names = new Set<string>();
  for (const s of speakers)
    if (s.quotes.length > 0 || s.reported.length > 0)
      for (const n of [s.name, ...s.aliases]) names.add(n.toLowerCase());
  return names;
}

function speaks(entity: SalienceInput, heard: ReadonlySet<string>): boolean {
  if (heard.size === 0) return false;
  if (heard.has(entity.name.toLowerCase())) return true;
  for (const alias of entity.aliases) if (heard.has(alias.toLowerCase())) return true;
  return false;
}

/** `heard`: heardNames of the article's speakers. */
export function salience(entity: SalienceInput, textLength: number, heard: ReadonlySet<string>): number {
  // A loop, not a spread into Math.min: a hostile page may repeat a name 100,000 times.
  const first = entity.mentions.reduce((a, m) => Math.min(a, m.start), Infinity);
  const score = entity.mentions.length + 2 * positionWeight(first, textLength) + (speaks(entity, heard) ? 3 : 0);
  return Math.round(score * 100) / 100;
}
