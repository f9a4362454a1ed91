// Background entities: recognise people, organisations, countries, places, outlets and events in
// the article, link them to English Wikipedia titles offline, and rank them by salience.
import type { Article, Entity, Place, Quote, Speaker } from '../types';
import { lookupName, parseKnowledgeBase, type KnowledgeBase } from './knowledge-base';
import { recognize, type Candidate } from './recognize';
import { salience } from './salience';

export type { KnowledgeBase } from './knowledge-base';

/** File name in public/data/ (built by scripts/data/build-knowledge-base.ts). */
export const KNOWLEDGE_BASE_FILE = 'knowledge-base.json';

/** Parses the shipped knowledge base file's text. */
export function loadKnowledgeBase(raw: string): KnowledgeBase {
  return parseKnowledgeBase(raw);
}

export interface EntityInputs {
  quotes: Quote[];
  speakers: Speaker[];
  places: Place[];
}

/** The places engine already judged these to be places (not metonymy); add what it knows. */
function mergePlaces(candidates: Candidate[], places: Place[], kb: KnowledgeBase): Candidate[] {
  const byTitle = new Map(candidates.filter((c) => c.wikipedia).map((c) => [c.wikipedia, c]));
  const out = [...candidates];
  for (const place of places) {
    // A bare title the places engine also found is a place ("South Carolina").
    const same = candidates.find((c) => c.guessedType && c.name.toLowerCase() === place.name.toLowerCase());
    if (same) same.type = place.kind === 'country' ? 'country' : 'place';
    const hit = lookupName(kb, place.name);
    if (!hit || hit.source !== 'known' || (hit.type !== 'country' && hit.type !== 'place')) continue;
    const existing = byTitle.get(hit.title);
    if (existing) continue;
    const mentions = [...place.mentions];
    const c: Candidate = { name: hit.name, type: hit.type, wikipedia: hit.title, aliases: new Set([place.name]), mentions, namedMentions: mentions.length, guessedType: false };
    byTitle.set(hit.title, c);
    if (c.mentions.length) out.push(c);
  }
  return out;
}

/** A country only ever used as an adjective, once ("a Japanese bank"), is not part of the story. */
const adjectiveOnly = (c: Candidate) => c.type === 'country' && c.namedMentions === 0 && c.mentions.length < 2;
/** One bare word from the title list, named once, is too often something else ("Amazon", "Avatar"). */
const lonelyWord = (c: Candidate) => c.guessedType && !c.name.includes(' ') && c.mentions.length < 2;
const confident = (c: Candidate) => !adjectiveOnly(c) && !lonelyWord(c);

export function findEntities(article: Article, kb: KnowledgeBase | null, inputs: EntityInputs): Entity[] {
  if (!kb) return [];
  const candidates = mergePlaces(recognize(article.text, article.paragraphs, kb), inputs.places, kb);
  return candidates
    .filter(confident)
    .map((c) => {
      const aliases = [...c.aliases].filter((a) => a !== c.name);
      const mentions = [...c.mentions].sort((a, b) => a.start - b.start);
      const entity = { name: c.name, type: c.type, wikipedia: c.wikipedia, aliases, mentions };
      return { ...entity, salience: salience(entity, article.text.length, inputs.speakers) };
    })
    .sort((a, b) => b.salience - a.salience);
}
