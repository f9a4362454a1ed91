// Wars and conflicts named after a place: "the conflict in Darfur" → War_in_Darfur, "the Iraq war" →
// Iraq_War, "the civil war in Syria" → Syrian_civil_war. Linked only when the places engine found the
// place and the title list has exactly that article, so no title is invented.
import type { Place, Span } from '../types';
import type { KnowledgeBase } from './knowledge-base';
import type { Candidate } from './recognize';

const WAR_WORDS = '(?:civil war|war|conflict|fighting)';
const ANY_WAR_WORD = /\b(?:war|conflict|fighting)\b/i;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Titles to try, most specific first, for a war the text places in `name` (Wikipedia's casing). */
function titleCandidates(name: string, demonyms: string[], civil: boolean): string[] {
  const civilTitles = demonyms.map((d) => `${d.charAt(0).toUpperCase()}${d.slice(1)} civil war`);
  return [
    ...(civil ? civilTitles : []),
    `War in ${name}`,
    `${name} War`,
    `${name} conflict`,
    ...(civil ? [] : civilTitles),
  ];
}

function warFor(text: string, place: Place, kb: KnowledgeBase, demonyms: string[]): Candidate | null {
  const names = [place.name, ...demonyms].map(escape).join('|');
  const phrase = new RegExp(`\\b(?:(${WAR_WORDS}) in (?:${names})|(?:${names})(?:’s|'s)? (${WAR_WORDS}))\\b`, 'gi');
  const mentions: Span[] = [];
  let civil = false;
  for (const m of text.matchAll(phrase)) {
    mentions.push({ start: m.index, end: m.index + m[0].length });
    civil ||= /civil/i.test(m[1] ?? m[2] ?? '');
  }
  if (mentions.length === 0) return null;
  const title = titleCandidates(place.name, demonyms, civil).find((t) => kb.titles.has(t.toLowerCase()));
  if (!title) return null;
  return {
    name: title,
    type: 'event',
    wikipedia: title.replace(/ /g, '_'),
    aliases: new Set(),
    mentions,
    namedMentions: mentions.length,
    guessedType: false,
  };
}

export function findWars(text: string, places: Place[], kb: KnowledgeBase): Candidate[] {
  if (!ANY_WAR_WORD.test(text)) return [];
  const areas = places.filter((p) => p.kind === 'country' || p.kind === 'region');
  if (areas.length === 0) return [];
  const adjectives = kb.demonymsByTitle;
  const demonymsOf = (p: Place) => adjectives.get(kb.names.get(p.name.toLowerCase())?.title ?? '') ?? [];
  return areas.flatMap((p) => warFor(text, p, kb, demonymsOf(p)) ?? []);
}
