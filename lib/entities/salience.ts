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

function speaks(entity: SalienceInput, speakers: Speaker[]): boolean {
  const names = new Set([entity.name, ...entity.aliases].map((n) => n.toLowerCase()));
  return speakers.some(
    (s) =>
      (s.quotes.length > 0 || s.reported.length > 0) && [s.name, ...s.aliases].some((n) => names.has(n.toLowerCase())),
  );
}

export function salience(entity: SalienceInput, textLength: number, speakers: Speaker[]): number {
  // A loop, not a spread into Math.min: a hostile page may repeat a name 100,000 times.
  const first = entity.mentions.reduce((a, m) => Math.min(a, m.start), Infinity);
  const score = entity.mentions.length + 2 * positionWeight(first, textLength) + (speaks(entity, speakers) ? 3 : 0);
  return Math.round(score * 100) / 100;
}
